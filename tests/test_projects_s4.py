"""Project facts, round 4: headline capitals, bands, number-word titles, ventures and their heads.

Every sentence is invented (names and titles); each case fails without the rule it is named for."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text

PUB = "2021-06-16"


def projects(text: str) -> list[tuple[str, str]]:
    return sorted((f["person"], f["title"]) for f in facts_of(run_text(text, PUB), "project"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a headline every word is capitalised: a possessive before capitals names no work
        (
            "Tom Reed's Hot Fling Cools Already\n\nTom Reed, 34, was seen in Paris with Mia Cole.",
            [],
        ),
        (
            "Tom Reed's Hot Fling Cools Already\n\nTom Reed, 34, promoted his new film, Blue Harbor.",
            [("Tom Reed", "Blue Harbor")],
        ),
    ],
)
def test_projects_s4(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
