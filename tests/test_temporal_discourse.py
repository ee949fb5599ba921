"""Temporal engine, issue 3: discourse rules (which earlier mention an expression refers to).

Sentences of our own; each case fails without the rule it is written for.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.temporal import find_timexes

R = date(1989, 11, 1)  # an earnings-season publication date


def values(text: str, anchor: date = R) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, anchor)}


# ---------------------------------------------------------------- the quarter a report is about
QUARTER_OF_REPORT = [
    # a quarter named in passing in an earlier paragraph is not the one the comparison is about
    (
        "Acme posted a 12% gain in third-quarter profit.\n\n"
        "After a weak second quarter, the company cut costs.\n\n"
        "Profit was also helped by a charge taken in the year-earlier period.",
        "the year-earlier period",
        "1988-Q3",
    ),
    (
        "Acme posted a 12% gain in third-quarter profit.\n\n"
        "After a weak second quarter, the company cut costs.\n\n"
        "Margins were wider than a year ago.",
        "a year ago",
        "1988-Q3",
    ),
    # in the same paragraph the nearest quarter still wins
    (
        "Acme posted a 12% gain in third-quarter profit.\n\n"
        "Separately, Bolt said second-quarter profit rose to $4 million from $3 million a year earlier.",
        "a year earlier",
        "1988-Q2",
    ),
]


@pytest.mark.parametrize(("text", "expr", "value"), QUARTER_OF_REPORT)
def test_comparison_refers_to_the_reported_quarter(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


# ---------------------------------------------------------------- a year after a sentence-initial article
@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The 2012 Olympics were held in London.", "2012", "2012"),
        ("A 2004 ruling still stands.", "2004", "2004"),
        ("Her 2011 album was a hit.", "2011", "2011"),
    ],
)
def test_year_after_capitalised_article_at_text_start(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


def test_year_after_a_capitalised_name_is_still_no_date() -> None:
    assert "1980" not in values("Orion 1980 was a failure.")


# ---------------------------------------------------------------- a stretch at one end of a period
def find(text: str, anchor: date = R) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many surrendered in the first hours of the war.", [("the first hours", "DURATION", "PTXH")]),
        ("The club struggled in the early years.", [("the early years", "DURATION", "PXY")]),
        ("The final days of the campaign were tense.", [("The final days", "DURATION", "PXD")]),
        # the period is a date itself: only the date is tagged
        ("He was seized in the early hours of Thursday.", [("Thursday", "DATE", "1989-10-26")]),
        ("They toured in the early months of 1974.", [("1974", "DATE", "1974")]),
    ],
)
def test_stretch_at_the_end_of_a_period(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected


# ---------------------------------------------------------------- "the 1800s" is a century
@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The bridge was built in the mid-1800s.", "the mid-1800s", "18"),
        ("The house dates from the 1700s.", "the 1700s", "17"),
        ("It was popular in the 1990s.", "the 1990s", "199X"),  # a decade stays a decade
    ],
)
def test_hundreds_name_a_century(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


# ---------------------------------------------------------------- a quarter of a relative year
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The merger should close in the third quarter of next year.",
            [("the third quarter of next year", "DATE", "1990-Q3")],
        ),
        ("It fell in the last quarter of last year.", [("the last quarter of last year", "DATE", "1988-Q4")]),
        ("The deal was struck in the early hours of the morning.", []),  # no stretch of a period here
    ],
)
def test_quarter_of_a_relative_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected


# ---------------------------------------------------------------- a count of days told in the present
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's the second day of the strike.", [("the second day", "DATE", "1989-11-01")]),
        (
            "The siege, which marks its third straight day, goes on.",
            [("its third straight day", "DATE", "1989-11-01")],
        ),
        ("Monday was the second day of the strike.", [("Monday", "DATE", "1989-10-30")]),  # told in the past
        ("It is the first day of spring.", []),  # a calendar position, not a count of days
    ],
)
def test_nth_day_told_in_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected


# ---------------------------------------------------------------- "'98" after a preposition of time
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm was founded in '98.", [("'98", "DATE", "1998")]),
        ("He has not won since '85.", [("'85", "DATE", "1985")]),
        ("The score was '98 to '99 in total.", []),  # no preposition of time: no year
    ],
)
def test_apostrophe_year_after_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected


# ---------------------------------------------------------------- the end of a range of weekdays
def test_weekday_range_ends_after_it_starts() -> None:
    anchor = date(2013, 3, 6)  # a Wednesday
    assert find("The strike lasted from Monday to Thursday.", anchor) == [
        ("Monday", "DATE", "2013-03-04"),
        ("Thursday", "DATE", "2013-03-07"),
    ]


def test_n_units_from_today_is_a_date() -> None:
    anchor = date(2013, 3, 6)
    assert find("Three days from today, the vote takes place.", anchor) == [
        ("Three days from today", "DATE", "2013-03-09")
    ]


# ---------------------------------------------------------------- quarters written the financial way
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue rose 5% in Q1 2013.", [("Q1 2013", "DATE", "2013-Q1")]),
        ("Profit fell in 2Q89.", [("2Q89", "DATE", "1989-Q2")]),
        ("H1 2012 results were weak.", [("H1 2012", "DATE", "2012-H1")]),
        ("He drives an Audi Q3.", []),  # a name, not a quarter
        ("The H1N1 virus spread.", []),
        ("They met before a Q102 concert.", []),  # a radio station, not a quarter of 1902
    ],
)
def test_quarter_abbreviations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(text) == expected


def test_as_recently_as_is_a_relation_not_a_time() -> None:
    assert find("He was seen as recently as last week.", date(2013, 3, 6)) == [
        ("last week", "DATE", "2013-W09")
    ]


# ---------------------------------------------------------------- the present of a schedule
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The pope leaves for Brazil on Monday.", "2013-03-11"),
        ("The court hears arguments Tuesday.", "2013-03-12"),
        ("He won 5,000 votes Tuesday.", "2013-03-05"),  # a plural noun is no verb of schedule
    ],
)
def test_scheduling_verb_in_the_present_points_ahead(text: str, value: str) -> None:
    assert [t.value for t in find_timexes(text, date(2013, 3, 6))] == [value]
