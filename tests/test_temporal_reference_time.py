"""Expressions that take their day from a date named just before them (TimeML's reference time),
not from the publication date: "in the morning" after "Friday" is Friday morning. Sentences are
invented."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsfacts.temporal import find_timexes

A = date(2011, 5, 18)  # a Wednesday


def find(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, A)]


DAYPART = [
    (
        "Trading was brisk on Friday. Brokers placed large orders in the morning.",
        [("Friday", "DATE", "2011-05-13"), ("the morning", "TIME", "2011-05-13TMO")],
    ),
    (
        "The council voted Monday. Protesters had gathered during the afternoon.",
        [("Monday", "DATE", "2011-05-16"), ("the afternoon", "TIME", "2011-05-16TAF")],
    ),
    (
        "The hearing resumes Thursday, and the judge will rule in the evening.",
        [("Thursday", "DATE", "2011-05-19"), ("the evening", "TIME", "2011-05-19TEV")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAYPART)
def test_part_of_day_takes_the_day_named_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected
