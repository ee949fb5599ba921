"""A title before a role noun read back from a name, in a sentence that opens with a verb or preposition
phrase: "Dishing with Silver Lake host X, …", "Speaking to Silver Lake star X, …". The opening word,
capitalised only because it comes first, and the small words after it are no part of the title.

Every sentence is invented (names and titles); each case fails without the rule
(``project_title_before._past_opening_phrase``)."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dishing with Paper Crowns host Tom Vale, Lena Moss said she was happy.",
            [("Tom Vale", "Paper Crowns")],
        ),
        (
            "Speaking to Paper Crowns star Tom Vale, Lena Moss said she was happy.",
            [("Tom Vale", "Paper Crowns")],
        ),
    ],
)
def test_title_after_an_opening_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
