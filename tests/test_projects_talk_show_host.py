"""Project facts: a talk show's guests hold no part in it, but the person whose talk show it is
("her chat show X", "his talk show, X") is its host.

Every sentence is invented (names and titles); the positive cases fail without the rule, the
negative cases guard its edge."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text

PUB = "2021-06-16"


def projects(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((f["person"], f["title"], f["role"]) for f in facts_of(run_text(text, PUB), "project"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mia Cole admitted she got fillers on the latest episode of her chat show Kocktails With Mia.",
            [("Mia Cole", "Kocktails With Mia", "host")],
        ),
        ("Tom Reed joked about it on his talk show, The Late Hour.", [("Tom Reed", "The Late Hour", "host")]),
        # a guest on someone else's talk show holds no part in it
        ("Mia Cole appeared on his talk show, The Late Hour, on Monday.", []),
        # ... nor a possessor of something else ("her appearance on the talk show X")
        ("Mia Cole spoke during her appearance on the talk show The Late Hour on Thursday.", []),
        # a liking is no making
        ("Mia Cole loves her favourite talk show The Late Hour.", []),
    ],
)
def test_talk_show_possessor_hosts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert projects(text) == expected
