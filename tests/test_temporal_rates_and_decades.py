"""'the 1990's' is a decade, '2010's film' a year's; a whole day is a length, 'an hour a day' a rate."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.temporal import find_timexes

ANCHOR = date(2017, 3, 10)


def _tags(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices in the 1990's rose.", ("the 1990's", "DATE", "199X")),
        ("In the mid-1980's it fell.", ("the mid-1980's", "DATE", "198")),
        ("She starred in 2010's The Last Song.", ("2010's", "DATE", "2010")),
    ],
)
def test_an_apostrophe_decade_needs_the_or_a_modifier(text: str, expected: tuple[str, str, str]) -> None:
    assert _tags(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["She goes a full day without eating.", "He spent a whole year in Paris.", "It lasts an entire week."],
)
def test_a_whole_unit_is_a_duration_not_a_rate(text: str) -> None:
    assert [t[1] for t in _tags(text)] == ["DURATION"]


@pytest.mark.parametrize(
    "text",
    ["She works out for an hour a day.", "He trains an hour and a half a day.", "One day a week she rests."],
)
def test_a_unit_before_a_day_makes_it_a_rate(text: str) -> None:
    assert [t[1] for t in _tags(text)] == ["DURATION", "SET"]
