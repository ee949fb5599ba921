"""TIMEX3 values: calendar arithmetic, formatting, and the interval of days a value can mean."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_RX_YEAR = re.compile(r"(\d{4})(?:-XX(?:-XX)?)?")
_RX_MONTH = re.compile(r"(\d{4})-(\d\d)(?:-XX)?")
_RX_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?")
_RX_WEEK = re.compile(r"(\d{4})-W(\d\d?)(?:-(WE|[1-7]))?(?:T.*)?")
_RX_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_RX_HALF = re.compile(r"(\d{4})-H([12])")
_RX_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_RX_DECADE = re.compile(r"(\d{3})X?")
_RX_CENTURY = re.compile(r"(\d\d)(?:XX)?")
_RX_UNKNOWN_YEAR = re.compile(
    r"X{4}(?:-(?:(?:\d\d|XX)(?:-(?:\d\d|XX))?|W(?:\d\d?|XX)(?:-(?:[1-7]|WE))?|Q[1-4X]|H[12]|SP|SU|FA|WI))?(?:T.*)?"
)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, last_day(year, month))


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def add_years_to_date(d: date, k: int) -> date:
    y = d.year + k
    return date(y, d.month, min(d.day, last_day(y, d.month)))


def add_months_to_date(d: date, k: int) -> date:
    y, m = add_months(d.year, d.month, k)
    return date(y, m, min(d.day, last_day(y, m)))


def iso_week(d: date) -> tuple[int, int]:
    y, w, _ = d.isocalendar()
    return y, w


def week_value(d: date) -> str:
    y, w = iso_week(d)
    return f"{y}-W{w:02d}"


def week_start(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_start(year: int, q: int) -> date:
    return date(year, 3 * (q - 1) + 1, 1)


def season_interval(year: int, code: str) -> tuple[date, date]:
    """Meteorological seasons; winter Y runs from December Y to the end of February Y+1."""
    first, last = SEASON_MONTHS[code]
    if code == "WI":
        return date(year, 12, 1), date(year + 1, 2, last_day(year + 1, 2))
    return date(year, first, 1), date(year, last, last_day(year, last))


def season_of(d: date) -> tuple[int, str]:
    """The season a day falls in, as (season year, code); January 2024 is winter 2023."""
    m = d.month
    if m in (12,):
        return d.year, "WI"
    if m in (1, 2):
        return d.year - 1, "WI"
    if m <= 5:
        return d.year, "SP"
    if m <= 8:
        return d.year, "SU"
    return d.year, "FA"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday (Monday = 1) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, last_day(year, month))
    offset = (last.isoweekday() - weekday) % 7
    return last - timedelta(days=offset)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month = (h + m - 7 * n + 114) // 31
    day = (h + m - 7 * n + 114) % 31 + 1
    return date(year, month, day)


def valid_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= last_day(year, month) if 1 <= year <= 9999 else False


def interval(value: str) -> tuple[date | None, date | None, str | None]:
    """The earliest and latest calendar day a TIMEX3 date value can mean, and its precision.

    ``2023-07`` -> (2023-07-01, 2023-07-31, "month"); ``2023-SP`` -> spring, "season"; ``199X`` or
    ``199`` -> the decade, "year"; ``19`` -> the century; ``XXXX-11-21`` -> (None, None, "day").
    Durations, sets and ``*_REF`` values give (None, None, None).
    """
    v = value.strip()
    try:
        if m := _RX_DAY.fullmatch(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := _RX_MONTH.fullmatch(v):
            a, b = month_interval(int(m[1]), int(m[2]))
            return a, b, "month"
        if m := _RX_YEAR.fullmatch(v):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31), "year"
        if m := _RX_WEEK.fullmatch(v):
            start = week_start(int(m[1]), int(m[2]))
            part = m[3]
            if part == "WE":
                return start + timedelta(days=5), start + timedelta(days=6), "week"
            if part:
                d = start + timedelta(days=int(part) - 1)
                return d, d, "day"
            return start, start + timedelta(days=6), "week"
        if m := _RX_QUARTER.fullmatch(v):
            y, q = int(m[1]), int(m[2])
            a = quarter_start(y, q)
            _, b = month_interval(y, 3 * q)
            return a, b, "quarter"
        if m := _RX_HALF.fullmatch(v):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * (h - 1) + 1, 1), month_interval(y, 6 * h)[1], "quarter"
        if m := _RX_SEASON.fullmatch(v):
            a, b = season_interval(int(m[1]), m[2])
            return a, b, "season"
        if m := _RX_DECADE.fullmatch(v):
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31), "year"
        if m := _RX_CENTURY.fullmatch(v):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "year"
    except ValueError:
        return None, None, None
    if _RX_UNKNOWN_YEAR.fullmatch(v):
        return None, None, unknown_year_precision(v)
    return None, None, None


def unknown_year_precision(v: str) -> str | None:
    rest = v[4:]
    if not rest:
        return "year"
    if re.fullmatch(r"-\d\d-\d\d(?:T.*)?", rest) or re.fullmatch(r"-W..?-[1-7](?:T.*)?", rest):
        return "day"
    if re.fullmatch(r"-\d\d", rest):
        return "month"
    if re.fullmatch(r"-(SP|SU|FA|WI)", rest):
        return "season"
    if re.fullmatch(r"-Q.", rest):
        return "quarter"
    if rest.startswith("-W"):
        return "week"
    return None


def shift_value(value: str, years: int) -> str | None:
    """The same calendar unit ``years`` years away: 1989-Q3 -> 1988-Q3, 1989-09-30 -> 1988-09-30."""
    m = re.match(r"(\d{4})(.*)", value)
    if not m:
        return None
    y = int(m[1]) + years
    rest = m[2]
    if rest.startswith("-02-29"):
        rest = "-02-28" + rest[6:]
    return f"{y:04d}{rest}"
