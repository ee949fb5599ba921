"""Project facts: "rose to fame on X", "shot to fame in X", "found fame on X" name the work that made
the subject famous (a verb of becoming famous ties like a verb of taking part).

Every sentence is invented (names and titles); the positive cases fail without the rule, the
negative cases guard its edge."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mia Cole shot to fame in Night Desk.", [("Mia Cole", "Night Desk")]),
        ("Mia Cole rose to fame on Night Desk in 2009.", [("Mia Cole", "Night Desk")]),
        ("Mia Cole found fame on Night Desk in 2009.", [("Mia Cole", "Night Desk")]),
        # a place is where, not what, made someone famous
        ("Mia Cole shot to fame in London.", []),
        # gaining something else is no fame
        ("Mia Cole gained weight on Night Desk in 2009.", []),
    ],
)
def test_to_fame_names_the_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
