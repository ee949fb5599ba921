"""Project facts in music wordings: "hit" is a work noun ("X's hit Y", "his 2005 smash hit 'Y'"), and
a possessive before a work noun owns the title after it by word order when the parser reads the noun
as a verb and loses the possessive.

Every sentence is invented (names and titles); each positive case fails without the rule, each
negative case guards its edge."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hit" read as a verb after a name's possessive
        ("The radio played Mia Cole's hit Pretty Paper Town.", [("Mia Cole", "Pretty Paper Town")]),
        # ... after "his" and two modifiers, the title quoted
        (
            "Tom Reed was seen with rapper Jay Bell, who sang on his 2005 smash hit 'Silver Spoon'.",
            [("Jay Bell", "Silver Spoon")],
        ),
        # a liking is no making
        ('Mia Cole danced to her favourite hit "Paper Sky" at the party.', []),
    ],
)
def test_hit_and_possessive_by_order(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
