"""Project recall: a plural cast noun after a title gives the work to every name listed after it
("Ruiz' 'Harbor Lights' castmates A, B and C", "'Harbor Lights' co-stars A and B"), also where the
tagger reads the noun as a verb before the names; with no name after it, nobody.

Every sentence is invented (names and titles); each positive case fails without the rule."""

from __future__ import annotations

import pytest

from helpers import projects

ALL_THREE = [("Lena Moss", "Harbor Lights"), ("Mia Cole", "Harbor Lights"), ("Tia Reed", "Harbor Lights")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guests included Vale's 'Harbor Lights' castmates Lena Moss, Mia Cole and Tia Reed.", ALL_THREE),
        ("Guests included 'Harbor Lights' stars Lena Moss, Mia Cole and Tia Reed.", ALL_THREE),
        (
            "The “Harbor Lights” star will wed Tom Vale in front of guests including her father, "
            "Abe Ruiz, plus Ben Cole, Ana Diller, and Ruiz’ “Harbor Lights” castmates Lena Moss, Mia Cole "
            "and Tia Reed.",
            ALL_THREE,
        ),
        # no name after the plural noun: nobody is listed
        ("The 'Harbor Lights' stars were spotted in Paris with Lena Moss.", []),
    ],
)
def test_cast_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
