""" "X stars opposite Y in Z": the parser hangs "in Z" on the partner; the work is still the verb's.
Invented sentences; the positive cases fail without the rule."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    "text",
    [
        "Dana Cole stars opposite Tom Reed in Paper Lanterns.",
        "Dana Cole is set to star opposite Tom Reed in Paper Lanterns.",
    ],
)
def test_the_work_after_the_partner_is_both_stars(text: str) -> None:
    assert projects(text) == [("Dana Cole", "Paper Lanterns"), ("Tom Reed", "Paper Lanterns")]


def test_a_place_after_a_companion_is_no_work() -> None:
    """Guard: "dined with Y in New York" has no linking verb and no work."""
    assert projects("Dana Cole dined with Tom Reed in New York.") == []
