"""Dates a marriage noun carries: the end when the marriage is the subject of an ending verb ("her
marriage to Y fell apart in 2008") or the object of "end"; the start from a date right before
"wedding" in "their 1992 wedding anniversary"."""

from __future__ import annotations

import pytest
from tests.helpers import FAMILY_PUB, facts_of, run_text


def _marriage(text: str) -> tuple[str | None, str | None]:
    (f,) = facts_of(run_text(text, FAMILY_PUB), "marriage")
    return (f.get("start") or {}).get("value"), (f.get("end") or {}).get("value")


@pytest.mark.parametrize(
    "text",
    [
        "Nora Quill is a painter. Her marriage to Dev Oakes ended in 2009.",
        "Nora Quill is a painter. Her marriage to Dev Oakes fell apart in 2009.",
        "Nora Quill is a painter. Her marriage to Dev Oakes broke up in 2009.",
        "Nora Quill is a painter. Her marriage to Dev Oakes collapsed in 2009.",
        "Nora Quill ended her marriage to Dev Oakes in 2009.",
        "Dev Oakes is a boxer. In 2009, his marriage to Nora Quill, with whom he has a son, broke up.",
    ],
)
def test_an_ending_verb_dates_the_end(text: str) -> None:
    assert _marriage(text) == (None, "2009")


def test_a_falling_verb_without_its_particle_ends_nothing() -> None:  # guard
    assert _marriage("Nora Quill is a painter. Her marriage to Dev Oakes fell in 2009.") == (None, None)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Nora Quill and Dev Oakes celebrated their 1998 wedding anniversary.", "1998"),
        ("Nora Quill and Dev Oakes marked their June 1998 wedding anniversary.", "1998-06"),
        ("Nora Quill and Dev Oakes celebrated their 20th wedding anniversary in 2018.", None),  # guard
    ],
)
def test_a_date_on_wedding_in_an_anniversary_is_the_start(text: str, start: str | None) -> None:
    assert _marriage(text)[0] == start
