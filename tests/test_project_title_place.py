"""A title run stops before "in"/"at" and a place when the article names the run alone elsewhere; a
title that holds a place keeps it."""

from __future__ import annotations

from helpers import projects


def test_title_stops_before_place_named_alone_elsewhere() -> None:
    text = "Lena Moss is shooting her new film Driftwood in Canada this week. Driftwood opens in May."
    assert projects(text) == [("Lena Moss", "Driftwood")]


def test_title_holding_a_place_keeps_it() -> None:
    text = "Lena Moss starred in the film Sleepless in Seattle. She loved Seattle."
    assert ("Lena Moss", "Sleepless in Seattle") in projects(text)
