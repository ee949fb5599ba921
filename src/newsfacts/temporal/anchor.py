"""Choosing the anchor (publication) date: the header date checked against weekday + date pairs.

"this Friday, March 8" pins the text to a year in which March 8 is a Friday. When a header date is
given and such a pair, reported as past, lies after it (or far outside the window a news text
covers), the header cannot be the publication date: the function warns and infers a better anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsfacts.temporal import tense
from newsfacts.temporal.lexicon import (
    MONTHS,
    RX_DAYNUM,
    RX_MONTH,
    RX_ORD_DAY_WORD,
    RX_WEEKDAY,
    RX_YEAR4,
    WEEKDAYS,
)
from newsfacts.temporal.numbers import ordinal_number
from newsfacts.temporal.values import valid_date

_RX_PAIR = re.compile(
    rf"(?<![\w-])(?:(?P<rel>this|last|next|past|coming)\s+)?(?P<wd>{RX_WEEKDAY})(?:['’]s)?,?\s*\(?\s*(?:the\s+)?"
    rf"(?P<mon>{RX_MONTH})\s*(?P<day>{RX_DAYNUM}|{RX_ORD_DAY_WORD}(?![\w]))"
    rf"(?P<year>,?\s+{RX_YEAR4})?"
)
_RX_YEAR = re.compile(rf"(?<![\w$#.,/-]){RX_YEAR4}")
_PAST_WINDOW_DAYS = 183  # a past weekday+date pair should lie within ~six months before publication
_DEICTIC_WINDOW_DAYS = 8  # "this Friday, March 8" is within about a week of publication
_SEARCH_YEARS = 28  # the weekday calendar repeats every 28 years


@dataclass
class AnchorDecision:
    published: date | None
    source: str | None  # "header" | "inferred" | None
    header: date | None
    warnings: list[str] = field(default_factory=list)
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class _Pair:
    text: str
    start: int
    end: int
    weekday: int
    month: int
    day: int
    deictic: bool
    direction: int


def _pairs(text: str) -> list[_Pair]:
    out: list[_Pair] = []
    for m in _RX_PAIR.finditer(text):
        if m["year"]:
            continue
        if not (m["wd"][:1].isupper() and m["mon"][:1].isupper()):
            continue
        day = ordinal_number(m["day"])
        month = MONTHS[m["mon"].lower().rstrip(".")]
        if day is None or not valid_date(2000, month, day):
            continue
        out.append(
            _Pair(
                text=m.group(),
                start=m.start(),
                end=m.end(),
                weekday=WEEKDAYS[m["wd"].lower().rstrip(".")],
                month=month,
                day=day,
                deictic=bool(m["rel"]),
                direction=tense.direction(text, m.start(), m.end()),
            )
        )
    return out


def _consistent_years(p: _Pair, around: int) -> list[int]:
    years = []
    for y in range(around - _SEARCH_YEARS, around + _SEARCH_YEARS + 1):
        if valid_date(y, p.month, p.day) and date(y, p.month, p.day).isoweekday() == p.weekday:
            years.append(y)
    return years


def _nearest(p: _Pair, target: date) -> date | None:
    ys = _consistent_years(p, target.year)
    if not ys:
        return None
    return min((date(y, p.month, p.day) for y in ys), key=lambda d: (abs((d - target).days), d > target))


def _fits(p: _Pair, d: date, header: date) -> bool:
    delta = (d - header).days  # > 0: after the header
    if p.direction == tense.FUTURE:
        return -1 <= delta <= 366
    if p.deictic:
        return -_DEICTIC_WINDOW_DAYS <= delta <= 1
    return -_PAST_WINDOW_DAYS <= delta <= 1


_WD_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


_RX_IN_MONTH = re.compile(
    r"(?<![\w-])(?:in|since|during|by)\s+(?P<mon>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?![\w-])(?!,?\s+(?:\d|of\s+\d|last|next|this))"
)


def _month_hints(text: str, header: date) -> list[str]:
    """Warnings for months told as past that only just follow the header's month ("the divorce was
    finalized in February" under a January header would mean the February of the year before)."""
    from newsfacts.temporal.tagger import find_timexes  # the tagger knows titles ("June July") are no dates

    months = {
        (t.start, t.end) for t in find_timexes(text) if t.type == "DATE" and t.value.startswith("XXXX-")
    }
    out = []
    for m in _RX_IN_MONTH.finditer(text):
        if not any(s <= m.start("mon") < e for s, e in months):
            continue
        month = MONTHS[m["mon"].lower()]
        ahead = (month - header.month) % 12
        if 1 <= ahead <= 2 and tense.direction(text, m.start("mon"), m.end("mon")) == tense.PAST:
            msg = (
                f"{m.group()!r} is told as past, but {m['mon']} {header.year} comes after the header date "
                f"{header.isoformat()}; with that header it would mean {m['mon']} {header.year - 1}"
            )
            if msg not in out:
                out.append(msg)
    return out


def choose_anchor(text: str, header: date | None) -> AnchorDecision:
    """Check ``header`` against weekday + date pairs in ``text``; infer the anchor when needed.

    - header given and every pair fits -> keep it (source "header"); months told as past that only
      just follow the header's month ("finalized in February" under a January header) add warnings;
    - a pair reported as past lies after the header (or outside ~six months before it, a week for
      "this Friday, March 8") -> warning, conflict, anchor = the latest such weekday-consistent date;
    - no header -> the pairs' dates in the year nearest the text's latest explicit 4-digit year
      (source "inferred"), or None when the text gives no year to go by.
    """
    pairs = _pairs(text)
    if header is not None:
        bad: list[tuple[_Pair, date]] = []
        for p in pairs:
            d = _nearest(p, header)
            if d is not None and not _fits(p, d, header):
                bad.append((p, d))
        hints = _month_hints(text, header)
        if not bad:
            return AnchorDecision(header, "header", header, hints, False)
        warnings = []
        for p, d in bad:
            where = "after" if d > header else "long before"
            warnings.append(
                f"header date {header.isoformat()} contradicts the text: {p.text.strip()!r} is a "
                f"{_WD_NAMES[p.weekday]} in {d.year} ({d.isoformat()}), {where} the header date"
            )
        past_dates = [d for p, d in bad if p.direction != tense.FUTURE]
        if past_dates:
            inferred = max(past_dates)
            warnings.extend(hints)
            warnings.append(f"publication date inferred as {inferred.isoformat()} from the weekday and date")
            return AnchorDecision(inferred, "inferred", header, warnings, True)
        return AnchorDecision(header, "header", header, warnings + hints, True)
    if not pairs:
        return AnchorDecision(None, None, None, [], False)
    years = [int(m.group()) for m in _RX_YEAR.finditer(text) if 1900 <= int(m.group()) <= 2100]
    if not years:
        return AnchorDecision(
            None,
            None,
            None,
            ["weekday and date without a year; no explicit year to choose among candidates"],
            False,
        )
    target_year = max(years)
    dates: list[date] = []
    for p in pairs:
        ys = _consistent_years(p, target_year)
        if not ys:
            continue
        y = min(ys, key=lambda y: (abs(y - target_year), -y))
        if p.direction != tense.FUTURE:
            dates.append(date(y, p.month, p.day))
    if not dates:
        return AnchorDecision(None, None, None, [], False)
    inferred = max(dates)
    return AnchorDecision(
        inferred,
        "inferred",
        None,
        [f"publication date inferred as {inferred.isoformat()} from a weekday and date (no header date)"],
        False,
    )
