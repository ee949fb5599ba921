"""Project precision: a title that only dates something else ("days before the release of X") or
names a place ("his party at X") ties nobody to it.

Every sentence is invented (names and titles); each negative case fails without its guard, each
positive case keeps the tie the guard must not cut."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a work's event after a preposition of time dates the clause
        (
            'Tom Reed, 71, leaked the story just five days before the release of "Iron Coast," a film.',
            [],
        ),
        # ... while the event itself still ties its doer
        ('Tom Reed attended the premiere of "Iron Coast" on Friday.', [("Tom Reed", "Iron Coast")]),
        # a title after "at" on a possessed noun of no work is a venue
        (
            'Tom Reed was joined by Mia Cole for his own birthday party at "The Velvet Room" in LA.',
            [],
        ),
    ],
)
def test_time_and_place_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
