"""Anchor choice (header date against weekday + date pairs) and dates derived from ages / durations."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsfacts.temporal import birth_from_age, choose_anchor, find_timexes, start_from_duration

# ---------------------------------------------------------------- choose_anchor
CONFLICTING = (
    "The magazine confirmed this Friday, March 8, that the singer and the director have separated. "
    "Their divorce was finalized in February in Paris."
)


def test_header_contradicted_by_weekday_and_date() -> None:
    d = choose_anchor(CONFLICTING, date(2024, 1, 15))
    assert d.conflict is True
    assert d.source == "inferred"
    assert d.header == date(2024, 1, 15)
    assert d.published == date(2024, 3, 8)
    assert any("2024-01-15" in w and "Friday" in w for w in d.warnings)


def test_inferred_anchor_resolves_the_text() -> None:
    d = choose_anchor(CONFLICTING, date(2024, 1, 15))
    values = [t.value for t in find_timexes(CONFLICTING, d.published)]
    assert values == ["2024-03-08", "2024-02"]


def test_consistent_header_is_kept() -> None:
    d = choose_anchor(CONFLICTING, date(2024, 3, 9))
    assert (d.published, d.source, d.conflict, d.warnings) == (date(2024, 3, 9), "header", False, [])


def test_past_month_just_after_header_warns_without_overriding() -> None:
    d = choose_anchor("Their divorce was finalized in February, a source said.", date(2024, 1, 15))
    assert (d.published, d.source, d.conflict) == (date(2024, 1, 15), "header", False)
    assert len(d.warnings) == 1 and "February 2023" in d.warnings[0]


def test_header_without_pairs_is_kept() -> None:
    d = choose_anchor("The couple married in 2012 and split last year.", date(2020, 6, 1))
    assert (d.published, d.source, d.conflict) == (date(2020, 6, 1), "header", False)


def test_old_pair_far_before_header_conflicts() -> None:
    # "Tuesday, November 21" reported as past: 2023-11-21 is a Tuesday, but 2025-06 is far later
    d = choose_anchor("She announced the news on Tuesday, November 21, in a video.", date(2025, 6, 30))
    assert d.conflict is True
    assert d.published == date(2023, 11, 21)


def test_future_pair_after_header_is_fine() -> None:
    d = choose_anchor("The album will be released on Friday, March 8.", date(2024, 1, 15))
    assert (d.published, d.conflict) == (date(2024, 1, 15), False)


def test_no_header_infers_from_pair_and_explicit_year() -> None:
    text = "The actress confirmed on Tuesday, November 21, that she had married in 2017 in a small ceremony."
    d = choose_anchor(text, None)
    assert (d.published, d.source, d.header) == (date(2017, 11, 21), "inferred", None)


def test_no_header_no_year_gives_none() -> None:
    d = choose_anchor("The actress confirmed on Tuesday, November 21, that she had married.", None)
    assert d.published is None and d.source is None


def test_no_header_no_pair_gives_none() -> None:
    d = choose_anchor("They married in 2017.", None)
    assert (d.published, d.source, d.conflict) == (None, None, False)


# ---------------------------------------------------------------- derived dates
def test_birth_from_age() -> None:
    b = birth_from_age(12, date(2024, 3, 9))
    assert (b.earliest, b.latest) == (date(2011, 3, 10), date(2012, 3, 9))
    assert (b.precision, b.approximate) == ("year", True)
    assert b.value == "2011"  # the year holding most of the interval (297 of 366 days)


@pytest.mark.parametrize(
    ("age", "as_of", "earliest", "latest", "value"),
    [
        (7, date(2024, 3, 9), date(2016, 3, 10), date(2017, 3, 9), "2016"),
        (0, date(2024, 12, 31), date(2024, 1, 1), date(2024, 12, 31), "2024"),
        (30, date(2024, 2, 29), date(1993, 3, 1), date(1994, 2, 28), "1993"),
    ],
)
def test_birth_from_age_cases(age: int, as_of: date, earliest: date, latest: date, value: str) -> None:
    b = birth_from_age(age, as_of)
    assert (b.earliest, b.latest, b.value) == (earliest, latest, value)


def test_start_from_duration_years() -> None:
    s = start_from_duration(11, None, None, date(2024, 3, 9))
    assert (s.earliest, s.latest) == (date(2012, 3, 10), date(2013, 3, 9))
    assert (s.precision, s.approximate, s.value) == ("year", True, "2012")


def test_start_from_duration_months_and_days() -> None:
    m = start_from_duration(None, 8, None, date(2024, 3, 9))
    assert (m.earliest, m.latest, m.precision, m.value) == (
        date(2023, 6, 10),
        date(2023, 7, 9),
        "month",
        "2023-06",
    )
    d = start_from_duration(None, None, 72, date(2024, 3, 9))
    assert (d.earliest, d.latest, d.precision, d.value) == (
        date(2023, 12, 28),
        date(2023, 12, 28),
        "day",
        "2023-12-28",
    )


def test_negative_inputs_are_rejected() -> None:
    with pytest.raises(ValueError):
        birth_from_age(-1, date(2024, 1, 1))
    with pytest.raises(ValueError):
        start_from_duration(-2, None, None, date(2024, 1, 1))


def test_a_title_made_of_month_names_gives_no_month_warning() -> None:
    from datetime import date

    from newsfacts.temporal import choose_anchor

    text = "She was praised for her performance in June July, the drama she finished last year."
    assert choose_anchor(text, date(2024, 4, 20)).warnings == []
    assert choose_anchor("The divorce was finalized in June.", date(2024, 4, 20)).warnings
