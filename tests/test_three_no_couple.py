"""Three or more people on one side of a couple cue are no couple ("A, B and C are back together",
"A, B and C split after the tour"); two are ("A and B split")."""

from __future__ import annotations

import pytest

from helpers import pairs


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nora Kemp, Colin Rudd and Dan Reed are back together for a reunion tour.", "relationship"),
        ("Nora Kemp, Colin Rudd and Dan Reed split after the tour.", "relationship"),
    ],
)
def test_three_people_are_no_couple(text: str, kind: str) -> None:
    assert pairs(text, kind) == []


def test_two_people_are_a_couple() -> None:
    assert pairs("Nora Kemp and Colin Rudd split after the tour.", "relationship") == [
        ["Colin Rudd", "Nora Kemp"]
    ]
