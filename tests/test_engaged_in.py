""" "engaged in <activity>" is not an engagement; "engaged in <place/time/manner>" is. Invented sentences."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss and Tom Vale got engaged in Paris.",
        "Lena Moss and Tom Vale got engaged in December.",
        "Lena Moss and Tom Vale got engaged in 2015, a year after they met.",
        "Lena Moss and Tom Vale got engaged in secret.",
        "Lena Moss and Tom Vale got engaged in the summer.",
    ],
)
def test_where_when_or_how_they_got_engaged(text: str) -> None:
    pairs = [sorted(f["people"]) for f in facts_of(run_text(text), "engagement")]
    assert pairs == [["Lena Moss", "Tom Vale"]], text


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss and Tom Vale are engaged in a bitter legal feud over the house.",
        "Lena Moss and Tom Vale were engaged in talks with the studio last week.",
    ],
)
def test_engaged_in_an_activity_is_no_engagement(text: str) -> None:
    assert facts_of(run_text(text), "engagement") == [], text
