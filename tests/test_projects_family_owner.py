"""Project facts: a work of a person's family ("her family's series X") is a work of that person.

Every sentence is invented (names and titles); the positive cases fail without the rule, the
negative case guards its edge."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mia Cole tweeted a clip from the new season of her family's E! series "
            '"Keeping Up With the Coles."',
            [("Mia Cole", "Keeping Up With the Coles")],
        ),
        (
            "Mia Cole tweeted a clip from the new season of her family's series Night Desk.",
            [("Mia Cole", "Night Desk")],
        ),
        # a liking is no making
        ("Mia Cole loves her family's favourite show Night Desk.", []),
    ],
)
def test_family_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
