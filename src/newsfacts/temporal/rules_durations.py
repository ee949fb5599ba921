"""Rules for durations ("11 years", "two-year"), sets ("every week", "daily") and clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsfacts.temporal import resolve as R
from newsfacts.temporal.context import BLOCK, Cand, Ctx, Res
from newsfacts.temporal.lexicon import (
    DAY_PARTS,
    MONTHS,
    SEASONS,
    WEEKDAYS,
    words,
)
from newsfacts.temporal.numbers import parse_quantity
from newsfacts.temporal.rules_calendar import (
    md_resolver,
)
from newsfacts.temporal.ruletools import (
    DEICTIC_OFFSET,
    cand,
    const,
    day_of,
    duration_resolver,
    edge_approx,
    month_num,
    next_word,
    prev_word,
    unit_info,
    weekday_num,
    with_anchor,
)
from newsfacts.temporal.tense import sentence_bounds

# ---------------------------------------------------------------- durations
_AGE_RX = re.compile(r"\s*(?:-|\s)\s*olds?\b|\s+of\s+age\b", re.I)
_WHOLE_RX = re.compile(r"\b(?:full|whole|entire)\b", re.I)


def h_duration(m: re.Match[str], ctx: Ctx) -> Cand | None:
    info = unit_info(m["unit"])
    if info is None:
        return None
    num_s = m["num"]
    qty = parse_quantity(num_s)
    if qty is not None and qty >= 1000 and re.fullmatch(r"\d{4}", num_s.strip()):
        return None  # "the 1988 quarter" is a date
    unit_s = m["unit"].lower()
    text = ctx.text
    if age := _AGE_RX.match(text, m.end(), m.end() + 12):
        return Cand(m.start(), age.end(), BLOCK, None, rule="block")  # "52 years old": an age
    if unit_s in ("second", "sec") and num_s.lower() in ("a", "an", "one"):
        return None
    if unit_s in ("min", "mins", "sec", "secs", "hr", "hrs", "yr", "yrs") and not re.match(r"\d", num_s):
        return None
    whole = bool(_WHOLE_RX.search(m.group(0)))  # "a full day", "an entire year": a length, never a rate
    if (
        num_s.lower() in ("a", "an")
        and unit_s in ("quarter", "day", "week", "month", "year", "hour")
        and not whole
    ):
        prev = prev_word(text, m.start()).lower()
        nxt = next_word(text, m.end()).lower()
        if nxt not in _OFFSET_NEXT and _is_rate_context(text, m.start(), prev):
            if _after_amount(text, m.start()):
                # "$2 million a year", "700 seats a week": a rate of an amount, not a time (TimeML)
                return Cand(m.start(), m.end(), BLOCK, None, rule="block")
            return cand(m, "SET", const(R.duration_value(1, info[0], info[1])), rule="set")
    if unit_s == "quarter" and num_s.lower() in ("a", "an", "one"):
        return None
    if unit_s.startswith("quarter") and qty is not None and qty != int(qty):
        return None
    return cand(m, "DURATION", duration_resolver(qty, info), rule="dur", approximate=edge_approx(m))


# "comes a day after the vote", "leaves a week before the wedding": an offset, not a rate
_OFFSET_NEXT = words("after before later earlier ago since from")

_RATE_PREV = frozenset(
    {"once", "twice", "thrice", "times", "percent", "cents", "dollars", "million", "billion"}
)

_NOT_RATE_PREV = words(
    """in for within over after about around than of during by at once nearly almost only just least
    more less some the was is has as its this was were his her their"""
)


_AMOUNT_WORDS = words(
    """million billion trillion thousand hundred percent cents dollars pence pounds yen francs marks
    euros"""
)
_NUMBER_RX = re.compile(r"[$£€]?\d[\d.,]*%?")
_NUM_WORDS = words(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozen"
)


def _after_amount(text: str, start: int) -> bool:
    """True after an amount: a number, a sum of money or a percentage ("$1.76", "20%", "3 million"),
    or a counted plural noun ("700 seats", "four flights"); not after "twice", "three times",
    "interviews" or "hundreds of interviews"."""
    prev = prev_word(text, start)
    pl = prev.lower()
    if _NUMBER_RX.fullmatch(prev) or pl in _AMOUNT_WORDS or text[max(0, start - 2) : start].strip() == "%":
        return True
    if len(pl) > 3 and pl.endswith("s") and pl not in ("times", "hours"):
        before = prev_word(text, text.rfind(prev, 0, start)).lower()
        return bool(_NUMBER_RX.fullmatch(before)) or before in _NUM_WORDS or before in _AMOUNT_WORDS
    return False


# A unit word just before "a day" ends a duration that the rate is of: "an hour (and a half) a day".
_UNIT_PREV = words("second minute hour day night week month half")


def _is_rate_context(text: str, start: int, prev: str) -> bool:
    if prev in _RATE_PREV or prev in _UNIT_PREV or re.fullmatch(r"[\d.,$£€%]+", prev or "-"):
        return True
    before = text[max(0, start - 3) : start]
    if re.search(r"\d\s*$", before):
        return True
    if prev in _NOT_RATE_PREV:
        return False
    return (
        len(prev) > 3
        and prev.endswith("s")
        and prev not in ("was", "has", "is", "this", "thus", "always", "perhaps", "across")
    )


def h_duration_adj(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """'two-year', 'five-hour', '30-day', 'day-long', 'year-long'."""
    info = unit_info(m["unit"])
    if info is None:
        return None
    if m["old"]:
        return Cand(m.start(), m.end(), BLOCK, None, rule="block")
    num_s = m["num"]
    qty = 1.0 if not num_s else parse_quantity(num_s)
    if num_s and num_s.lower() in ("multi", "several", "many", "few"):
        qty = None
    if not num_s and not m["long"]:
        return None
    return cand(m, "DURATION", duration_resolver(qty, info), rule="dur")


def h_vague_plural(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """'recent weeks', 'the coming months', 'for years', 'over the years'."""
    info = unit_info(m["unit"])
    if info is None:
        return None
    return cand(m, "DURATION", duration_resolver(None, info), rule="dur")


# ---------------------------------------------------------------- sets
_ADVERB_SETS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "quarterly": "P3M",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "bimonthly": "P2M",
    "semiannually": "P6M",
    "semi-annually": "P6M",
    "biannually": "P6M",
}


def h_set_adverb(m: re.Match[str], ctx: Ctx) -> Cand | None:
    w = m["w"]
    text = ctx.text
    nxt = next_word(text, m.end())
    if ctx.cased and w[:1].isupper() and (prev_word(text, m.start())[:1].isupper() or nxt[:1].isupper()):
        return None  # "China Daily", "Daily Mail"
    if w.lower() == "quarterly" and nxt[:1].islower() and nxt.lower() not in _CLAUSE_WORDS:
        return None  # "quarterly dividend": an adjective of finance, not a recurrence
    if _after_amount(text, m.start()):
        return Cand(m.start(), m.end(), BLOCK, None, rule="block")  # "rise 8.5% annually"
    return cand(m, "SET", const(_ADVERB_SETS[w.lower()]), rule="set")


_CLAUSE_WORDS = words("and or but in through from to at by with since until for as")


def h_set_every(m: re.Match[str], ctx: Ctx) -> Cand | None:
    what = m["what"]
    wl = what.lower()
    other = (m["other"] or "").strip().lower() == "other"
    num = parse_quantity(m["num"]) if m["num"] else 1.0
    if num is None:
        num = 1.0
    if other:
        num *= 2
    if wl.rstrip(".") in WEEKDAYS:
        if not ctx.cap_ok(what):
            return None
        return cand(m, "SET", const(f"XXXX-WXX-{weekday_num(what)}"), rule="set")
    if wl in MONTHS and len(wl) > 3:
        if not ctx.cap_ok(what):
            return None
        return cand(m, "SET", const(f"XXXX-{month_num(what):02d}"), rule="set")
    if wl in SEASONS:
        return cand(m, "SET", const(f"XXXX-{SEASONS[wl]}"), rule="set")
    if wl in DAY_PARTS:
        return cand(m, "SET", const(f"XXXX-XX-XXT{DAY_PARTS[wl]}"), rule="set")
    if wl == "weekend":
        return cand(m, "SET", const("XXXX-WXX-WE"), rule="set")
    info = unit_info(wl)
    if info is None:
        return None
    letter, is_time, mult = info
    return cand(m, "SET", const(R.duration_value(num * mult, letter, is_time)), rule="set")


def h_set_per(m: re.Match[str], ctx: Ctx) -> Cand | None:
    info = unit_info(m["unit"])
    if info is None:
        return None
    letter, is_time, mult = info
    return cand(m, "SET", const(R.duration_value(mult, letter, is_time)), group="span", rule="set")


def h_set_weekdays(m: re.Match[str], ctx: Ctx) -> Cand | None:
    wd_s = m["wd"]
    if not ctx.cap_ok(wd_s):
        return None
    wd = weekday_num(wd_s[:-1] if wd_s.lower().endswith("s") else wd_s)
    part = (m["part"] or "").lower().rstrip("s")
    code = DAY_PARTS.get(part)
    v = f"XXXX-WXX-{wd}" + (f"T{code}" if code else "")
    return cand(m, "SET", const(v), rule="set")


# ---------------------------------------------------------------- clock times
def _clock(h: int, mi: int, ap: str | None) -> tuple[int, int] | None:
    if ap:
        a = ap.lower().replace(".", "").replace(" ", "")
        if not 1 <= h <= 12:
            return None
        if a == "pm" and h != 12:
            h += 12
        elif a == "am" and h == 12:
            h = 0
    if not (0 <= h <= 24 and 0 <= mi <= 59):
        return None
    return h, mi


_TIME_PREPS = words("at by until till before after around about from since")


def h_time(m: re.Match[str], ctx: Ctx) -> Cand | None:
    special = (m["special"] or "").lower()
    if special and (
        prev_word(ctx.text, m.start()).lower() == "high" or (ctx.cased and m["special"][0].isupper())
    ):
        return None
    if special:
        hm: tuple[int, int] | None = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[special]
    else:
        h = int(m["h"])
        mi = int(m["mi"]) if m["mi"] else 0
        ap = m["ap"]
        if not ap:
            part = (m["dpart"] or "").lower()
            if part:
                ap = "am" if part == "morning" else "pm"
                if part == "night" and h >= 9:
                    ap = "pm"
                elif part == "night" and h < 5:
                    ap = "am"
            elif not m["mi"] and not m["oclock"]:
                return None
        hm = _clock(h, mi, ap)
    if hm is None:
        return None
    hh, mm = hm
    tval = f"T{hh:02d}:{mm:02d}"
    day_s = m["day"]
    wd_s = m["dwd"]
    mon_s = m["dmon"]
    if wd_s and not ctx.cap_ok(wd_s):
        return None
    if mon_s and not ctx.cap_ok(mon_s):
        return None
    bare = not (special or m["ap"] or m["dpart"] or m["oclock"] or m["tz"])
    if bare and prev_word(ctx.text, m.start()).lower() not in _TIME_PREPS:
        return None  # a bare "10:30" only after a preposition that takes a time ("at 10:30")

    def r(ctx: Ctx, c: Cand) -> Res | None:
        dval: str | None = None
        if day_s:
            dl = day_s.lower()
            if wd_s:
                if ctx.anchor:
                    dval = R.weekday_date(
                        ctx.anchor, weekday_num(wd_s), ctx.direction(c.start, c.end)
                    ).isoformat()
                else:
                    dval = f"XXXX-WXX-{weekday_num(wd_s)}"
            elif mon_s:
                month = month_num(mon_s)
                day = day_of(m["dday"])
                if day is None:
                    return None
                dval = md_resolver(month, day, m["dyear"])(ctx, c)  # type: ignore[assignment]
            elif dl in DEICTIC_OFFSET and ctx.anchor:
                dval = (ctx.anchor + timedelta(days=DEICTIC_OFFSET[dl])).isoformat()
        if dval is None:
            dval = _nearby_day(ctx, c) or (ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX")
        return Res(dval + tval, "TIME")

    return cand(m, "TIME", r, rule="abs_time", deferred=not day_s, approximate=edge_approx(m))


def _nearby_day(ctx: Ctx, c: Cand) -> str | None:
    """A day mentioned in the same sentence as a clock time (either side)."""
    s, e = sentence_bounds(ctx.text, c.start, c.end)
    best: tuple[int, str] | None = None
    for h in ctx.history:
        if h.start >= s and h.end <= e and h.precision == "day" and h.value[:1].isdigit():
            dist = min(abs(h.start - c.end), abs(c.start - h.end))
            if best is None or dist < best[0]:
                best = (dist, h.value[:10])
    return best[1] if best else None


def h_clock_daypart(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """'mid-afternoon', 'late morning' with an optional day: 'mid-afternoon yesterday'."""
    part = m["part"].lower()
    code = DAY_PARTS[part]
    day = (m["day"] or "").lower()
    off = DEICTIC_OFFSET.get(day, 0)

    def r(ctx: Ctx, c: Cand, a: date) -> Res:
        return Res(f"{(a + timedelta(days=off)).isoformat()}T{code}", "TIME")

    return cand(m, "TIME", with_anchor(r, f"XXXX-XX-XXT{code}"), rule="rel_daypart")
