"""Resolving relative temporal expressions against an anchor date.

Pure functions over ``datetime.date``: the weekday meant by "Friday" given a direction, the year of
"March" or "March 8" without a year, shifts by N units for "eight months ago", and the TIMEX3
formatting of durations.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsfacts.temporal import values as V
from newsfacts.temporal.tense import FUTURE, PAST


def weekday_date(anchor: date, weekday: int, direction: int, rel: str | None = None) -> date:
    """The date of ``weekday`` (ISO, Monday = 1) meant relative to ``anchor``.

    rel: "last"/"past"/"previous" -> strictly before the anchor; "next" -> strictly after;
    "this"/"coming" -> the one of the current week, leaning to the future unless the context is past;
    None -> the most recent one (the anchor day included) unless the context is future.
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if rel in ("last", "past", "previous", "this past"):
        return anchor - timedelta(days=back or 7)
    if rel == "next":
        return anchor + timedelta(days=ahead or 7)
    if rel in ("coming", "this coming", "following"):
        return anchor + timedelta(days=ahead)
    if rel == "this":
        if direction == PAST:
            return anchor - timedelta(days=back)
        return anchor + timedelta(days=ahead)
    if direction == FUTURE:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


# A date on the "wrong" side of the anchor for the tense costs this much (months / days): "in
# February" said in a past-tense sentence in October still means the coming February only when
# no past February is nearer than the penalty allows.
MONTH_PENALTY = 8
DAY_PENALTY = 240


def month_year(anchor: date, month: int, direction: int, rel: str | None = None) -> int:
    """The year of a month name given without one ("in February", "last May")."""
    if rel in ("last", "past", "previous", "this past"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel in ("next", "coming", "this coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if rel == "this" or month == anchor.month:
        return anchor.year
    a = anchor.year * 12 + anchor.month - 1

    def cost(y: int) -> tuple[int, bool]:
        d = y * 12 + month - 1 - a
        penalty = MONTH_PENALTY if (direction == PAST and d > 0) or (direction == FUTURE and d < 0) else 0
        return abs(d) + penalty, d > 0

    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=cost)


def day_year(anchor: date, month: int, day: int, direction: int) -> int:
    """The year of "March 8" given without one."""
    if month == 2 and day == 29:
        candidates = [y for y in range(anchor.year - 4, anchor.year + 5) if V.valid_date(y, 2, 29)]
    else:
        candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    dates = [(y, date(y, month, day)) for y in candidates if V.valid_date(y, month, day)]
    if not dates:
        return anchor.year

    def cost(t: tuple[int, date]) -> tuple[int, bool]:
        d = (t[1] - anchor).days
        penalty = DAY_PENALTY if (direction == PAST and d > 0) or (direction == FUTURE and d < 0) else 0
        return abs(d) + penalty, d > 0

    return min(dates, key=cost)[0]


def weekday_consistent_year(anchor: date | None, month: int, day: int, weekday: int) -> int | None:
    """The year nearest the anchor in which month/day falls on ``weekday`` (within ±6 years)."""
    base = anchor.year if anchor else None
    if base is None:
        return None
    best: int | None = None
    for off in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        y = base + off
        if V.valid_date(y, month, day) and date(y, month, day).isoweekday() == weekday:
            best = y
            break
    return best


def shift(anchor: date, amount: float, unit: str) -> str | None:
    """The value ``amount`` units (Y, M, W, D, Q, DE, CE) away from the anchor, at the unit's precision.

    shift(2024-03-09, -8, "M") -> "2023-07"; shift(..., -2, "Y") -> "2022"; weeks -> ISO week values.
    """
    if unit in ("Y", "DE", "CE"):
        years = amount * {"Y": 1, "DE": 10, "CE": 100}[unit]
        if years != int(years):
            y, m = V.add_months(anchor.year, anchor.month, round(years * 12))
            return f"{y:04d}-{m:02d}"
        return f"{anchor.year + int(years):04d}"
    if unit == "M":
        if amount != int(amount):
            d = anchor + timedelta(days=round(amount * 30.44))
            return d.isoformat()
        y, m = V.add_months(anchor.year, anchor.month, int(amount))
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        q = V.quarter_of(anchor)
        n = anchor.year * 4 + q - 1 + int(amount)
        return f"{n // 4:04d}-Q{n % 4 + 1}"
    if unit == "W":
        d = anchor + timedelta(days=round(7 * amount))
        return V.week_value(d)
    if unit == "D":
        d = anchor + timedelta(days=round(amount))
        return d.isoformat()
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(amount: float | None, unit: str, is_time: bool) -> str:
    """ISO 8601 duration, TimeML style: P11Y, P8M, PT24H, PXW (unknown amount), P2Y6M, PT1H30M."""
    if amount is None:
        return ("PT" if is_time else "P") + "X" + unit
    if is_time:
        if amount != int(amount):
            if unit == "H":
                h, rest = divmod(round(amount * 60), 60)
                return f"PT{h}H{rest}M" if h else f"PT{rest}M"
            if unit == "M":
                mi, s = divmod(round(amount * 60), 60)
                return f"PT{mi}M{s}S" if mi else f"PT{s}S"
        return f"PT{_fmt(amount)}{unit}"
    if amount != int(amount):
        if unit == "Y":
            y, m = divmod(round(amount * 12), 12)
            return f"P{y}Y{m}M" if y else f"P{m}M"
        if unit == "M":
            m, rest = divmod(amount, 1)
            days = round(rest * 30)
            return f"P{int(m)}M{days}D" if m else ("P2W" if days == 15 else f"P{days}D")
        if unit == "W":
            w, rest = divmod(amount, 1)
            days = round(rest * 7)
            return f"P{int(w)}W{days}D" if w else f"P{days}D"
        if unit == "D":
            d, rest = divmod(amount, 1)
            hours = round(rest * 24)
            return f"P{int(d)}DT{hours}H" if d else f"PT{hours}H"
        if unit == "Q":
            return f"P{round(amount * 3)}M"
    return f"P{_fmt(amount)}{unit}"
