"""Dates derived from ages and elapsed durations ("12-year-old son", "husband of 11 years")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from newsfacts.temporal.values import add_months_to_date, add_years_to_date


@dataclass(frozen=True, slots=True)
class DerivedDate:
    """A derived date: the feasible interval and the most likely value at the precision known."""

    value: str
    precision: str
    earliest: date
    latest: date
    approximate: bool = True


def _majority_year(earliest: date, latest: date) -> int:
    """The calendar year holding most days of [earliest, latest] (the later one on a tie)."""
    best_year, best_days = latest.year, -1
    for y in range(earliest.year, latest.year + 1):
        a = max(earliest, date(y, 1, 1))
        b = min(latest, date(y, 12, 31))
        days = (b - a).days + 1
        if days >= best_days:
            best_year, best_days = y, days
    return best_year


def _majority_month(earliest: date, latest: date) -> tuple[int, int]:
    best, best_days = (latest.year, latest.month), -1
    d = date(earliest.year, earliest.month, 1)
    while d <= latest:
        nxt = add_months_to_date(d, 1)
        a = max(earliest, d)
        b = min(latest, nxt - timedelta(days=1))
        days = (b - a).days + 1
        if days >= best_days:
            best, best_days = (d.year, d.month), days
        d = nxt
    return best


def birth_from_age(age: int, as_of: date) -> DerivedDate:
    """Birth date of someone aged ``age`` on ``as_of``.

    Born between as_of - (age+1) years + 1 day and as_of - age years: 12 on 2024-03-09 ->
    2011-03-10 .. 2012-03-09. The value is the calendar year holding most of that interval
    (2011 here: a uniformly likely birthday falls in 2011 with probability 297/366).
    """
    if age < 0:
        raise ValueError("age must be >= 0")
    latest = add_years_to_date(as_of, -age)
    earliest = add_years_to_date(as_of, -(age + 1)) + timedelta(days=1)
    return DerivedDate(f"{_majority_year(earliest, latest):04d}", "year", earliest, latest)


def start_from_duration(years: int | None, months: int | None, days: int | None, as_of: date) -> DerivedDate:
    """Start of something that had lasted the given whole units on ``as_of``.

    "husband of 11 years" as of 2024-03-09 -> started 2012-03-10 .. 2013-03-09 (value "2012", the
    year holding most of the interval). The smallest unit given sets the uncertainty: "8 months" ->
    a one-month window at month precision; "72 days" -> the exact day.
    """
    y, mo, d = years or 0, months or 0, days or 0
    if y < 0 or mo < 0 or d < 0:
        raise ValueError("durations must be >= 0")
    if days is not None:
        latest = add_months_to_date(add_years_to_date(as_of, -y), -mo) - timedelta(days=d)
        return DerivedDate(latest.isoformat(), "day", latest, latest)
    if months is not None:
        latest = add_months_to_date(add_years_to_date(as_of, -y), -mo)
        earliest = add_months_to_date(add_years_to_date(as_of, -y), -(mo + 1)) + timedelta(days=1)
        yy, mm = _majority_month(earliest, latest)
        return DerivedDate(f"{yy:04d}-{mm:02d}", "month", earliest, latest)
    latest = add_years_to_date(as_of, -y)
    earliest = add_years_to_date(as_of, -(y + 1)) + timedelta(days=1)
    return DerivedDate(f"{_majority_year(earliest, latest):04d}", "year", earliest, latest)
