"""Rules for expressions relative to the anchor or to an earlier date: today, Friday, last week,
eight months ago, a year earlier, that day, now, recently."""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsfacts.temporal import resolve as R
from newsfacts.temporal import values as V
from newsfacts.temporal.context import BLOCK, Cand, Ctx, Hist, Res
from newsfacts.temporal.lexicon import (
    DAY_PARTS,
    RX_MONTH,
    RX_WEEKDAY,
    words,
)
from newsfacts.temporal.numbers import parse_quantity
from newsfacts.temporal.ruletools import (
    DEICTIC_OFFSET,
    QUARTER_ORD,
    QUARTER_REF_CHARS,
    R_T,
    cand,
    const,
    duration_resolver,
    edge_approx,
    next_char,
    next_word,
    prev_word,
    unit_info,
    weekday_num,
    with_anchor,
)
from newsfacts.temporal.tense import FUTURE, PAST, direction

# ---------------------------------------------------------------- deictic days
_GENERIC_AFTER_TODAYS = words(
    """world youth society generation standards culture economy young kids children teens times age era
    media market markets personal modern global technology computers consumers consumer"""
)


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` starts a sentence, a line or a quotation."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n:;\"“‘'`(-—–_"


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether a word precedes ``pos`` in the same sentence (quotation marks skipped)."""
    i = pos
    while i > 0 and text[i - 1] in " \t\"“'‘`":
        i -= 1
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] == ",")


# nouns whose "of today" / "of tomorrow" is a day after all: "the end of today", "the morning of tomorrow"
_DAY_OF_NOUNS = words(
    """end beginning start rest close middle morning afternoon evening night course events session
    trading business close deadline"""
)
_RX_THE_NOUN_OF = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+of\s+$")


def _generic_of_day(text: str, start: int, end: int) -> bool:
    """A deictic day after "the <noun> of" with no time noun before it and nothing closing it off as a
    day names the future or past in general: "the people of tomorrow", "the heroes of yesterday"."""
    left = _RX_THE_NOUN_OF.search(text, max(0, start - 40), start)
    if left is None or left["noun"] in _DAY_OF_NOUNS:
        return False
    return not text.startswith(("'s", "’s"), end)


def h_deictic(m: re.Match[str], ctx: Ctx) -> Cand | None:
    w = m["w"].lower()
    text = ctx.text
    if (
        ctx.cased
        and m["w"][0].isupper()
        and w in ("today", "tonight")
        and not _sentence_initial(text, m.start("w"))
    ):
        # "USA Today", "Entertainment Tonight", NBC's "Today" show: a title, not a day
        return Cand(m.start(), m.end(), BLOCK, None, rule="block")
    if (
        w == "today"
        and m.group().lower().endswith(("'s", "’s"))
        and next_word(text, m.end()).lower() in (_GENERIC_AFTER_TODAYS)
    ):
        return None  # "today's world", "today's youth": the present in general
    if not (m["part"] or m["before"] or m["after"]) and _generic_of_day(text, m.start("w"), m.end()):
        return None  # "the cars of tomorrow", "the heroes of yesterday": a time in general
    off = DEICTIC_OFFSET[w]
    if m["before"]:
        off = -2
    elif m["after"]:
        off = 2
    part = (m["part"] or "").lower()
    code = DAY_PARTS.get(part) if part else ("NI" if w == "tonight" else None)
    if w == "tonight":
        code = "NI"

    def r(ctx: Ctx, c: Cand, a: date) -> str | Res:
        d = a + timedelta(days=off)
        if code:
            return Res(f"{d.isoformat()}T{code}", "TIME")
        return d.isoformat()

    fallback = "PRESENT_REF" if off == 0 else ("PAST_REF" if off < 0 else "FUTURE_REF")
    return cand(m, "DATE", with_anchor(r, fallback), rule="rel_deictic")


def h_daypart(m: re.Match[str], ctx: Ctx) -> Cand | None:
    rel = " ".join(m["rel"].lower().split())
    part = m["part"].lower()
    code = DAY_PARTS[part]
    if rel == "last" and part != "night":
        return None
    off = -1 if rel == "last" else 0

    def r(ctx: Ctx, c: Cand, a: date) -> Res:
        return Res(f"{(a + timedelta(days=off)).isoformat()}T{code}", "TIME")

    return cand(m, "TIME", with_anchor(r, "PAST_REF" if off < 0 else "PRESENT_REF"), rule="rel_daypart")


_WEEKDAY_NAME_FOLLOWERS = words(
    """times telegraph mirror express post herald independent mail sport star world people observer
    tribune business review magazine edition supplement service massacre bloody school league
    football live raw smackdown club"""
)

_WEEKDAY_NAME_PREV = words(
    """black good bloody super cyber ash easter palm holy maundy shrove giving manic"""
)


_FUTURE_BEFORE_POSS = words("for of before until till next this coming upcoming")


def h_weekday(m: re.Match[str], ctx: Ctx) -> Cand | None:
    wd_s = m["wd"]
    if not ctx.cap_ok(wd_s):
        return None
    text = ctx.text
    if m["plural"]:
        return None
    nxt = next_word(text, m.end())
    if nxt.lower() in _WEEKDAY_NAME_FOLLOWERS and nxt[:1].isupper():
        return Cand(m.start(), m.end() + len(nxt) + 1, BLOCK, None, rule="block")
    part_s = m["part"] or ""
    if (
        part_s
        and part_s[:1].isupper()
        and ctx.cased
        and nxt[:1].isupper()
        and next_char(text, m.end()) not in ",.;:"
    ):
        # "Saturday Night Live", "Monday Night Football"
        return Cand(m.start(), m.end() + len(nxt) + 1, BLOCK, None, rule="block")
    prev = prev_word(text, m.start())
    if prev.lower() in _WEEKDAY_NAME_PREV and prev[:1].isupper():
        return None
    wd = weekday_num(wd_s)
    possessive = m.group().lower().rstrip().endswith(("'s", "’s"))
    rel = " ".join(m["rel"].lower().split()) if m["rel"] else None
    if rel in ("early", "late", "earlier", "later"):
        rel = None
    part = part_s.lower()
    code = DAY_PARTS.get(part) if part else None

    def r(ctx: Ctx, c: Cand) -> str | Res:
        if ctx.anchor is None:
            v = f"XXXX-WXX-{wd}"
        else:
            base = ctx.anchor
            if rel in ("previous", "following"):
                ref = ctx.ref(c.start, max_back=800, precisions=("day",))
                if ref is not None:
                    try:
                        base = date.fromisoformat(ref.value[:10])
                    except ValueError:
                        base = ctx.anchor
            rr = {"previous": "last", "following": "next"}.get(rel or "", rel)
            start = _range_start(ctx, c) if rel is None else None
            if start is not None:  # "from Monday to Thursday": the first Thursday after that Monday
                d = start + timedelta(days=(wd - start.isoweekday()) % 7 or 7)
                return Res(f"{d.isoformat()}T{code}", "TIME") if code else d.isoformat()
            direction = ctx.direction(c.start, c.end)
            if (
                possessive
                and direction == FUTURE
                and prev_word(ctx.text, c.start).lower() not in _FUTURE_BEFORE_POSS
            ):
                direction = PAST  # "Wednesday's ruling": an event already named, unless "ahead of ..."
            d = R.weekday_date(base, wd, direction, rr)
            v = d.isoformat()
        if code:
            return Res(f"{v}T{code}", "TIME")
        return v

    return cand(m, "DATE", r, rule="rel_weekday")


_RX_RANGE_LINK = re.compile(r"\s*(?:to|through|thru|till|until|-|–|—)\s*", re.I)


def _range_start(ctx: Ctx, c: Cand) -> date | None:
    """The day a range opens with when ``c`` closes it: "Monday to Thursday", "Saturday through Monday"."""
    prev = ctx.history[-1] if ctx.history else None
    if prev is None or prev.end > c.start or prev.precision != "day" or prev.rule != "rel_weekday":
        return None
    if not _RX_RANGE_LINK.fullmatch(ctx.text, prev.end, c.start):
        return None
    return date.fromisoformat(prev.value[:10])


# ---------------------------------------------------------------- relative units
_REL_OFFSETS = {
    "this": 0, "current": 0, "the current": 0, "the present": 0, "present": 0,
    "last": -1, "past": -1, "this past": -1, "the past": -1, "previous": -1,
    "the previous": -1, "the last": -1,
    "the prior": -1, "prior": -1, "the preceding": -1, "preceding": -1,
    "next": 1, "the next": 1, "coming": 1, "the coming": 1, "following": 1, "the following": 1,
    "upcoming": 1, "the upcoming": 1, "the new": 0,
}  # fmt: skip


def _unit_value(a: date, unit: str, k: int) -> str | None:
    if unit == "year":
        return f"{a.year + k:04d}"
    if unit == "month":
        y, mo = V.add_months(a.year, a.month, k)
        return f"{y:04d}-{mo:02d}"
    if unit == "week":
        return V.week_value(a + timedelta(days=7 * k))
    if unit == "quarter":
        return R.shift(a, k, "Q")
    if unit == "decade":
        return f"{a.year // 10 + k:03d}"
    if unit == "day":
        return (a + timedelta(days=k)).isoformat()
    return None


_AFTER_THE_YEAR = words(
    """ended ending ends ahead and or but as so in for to with at through was is has had will would
    could should may might earlier later ago before"""
)


def h_rel_unit(m: re.Match[str], ctx: Ctx) -> Cand | None:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    fiscal = bool(m["fiscal"])
    text = ctx.text
    nxt = next_word(text, m.end()).lower()
    k = _REL_OFFSETS.get(rel, 0)
    edge = (m["edge"] or "").lower()
    if rel in ("the", "the latest", "latest", "the full", "the whole", "the entire", "a full"):
        k = 0
    if unit == "weekend":
        return _weekend(m, ctx, rel)
    if unit == "day":
        if rel != "the" or not edge:
            return None
        return cand(m, "DATE", _same_day_resolver(), rule="rel_unit")  # "later in the day"
    if unit == "period":
        if rel in ("the latest", "latest", "the current", "this"):
            return cand(m, "DATE", _latest_quarter_resolver(), rule="rel_quarter")
        return None
    if unit == "decade" and rel in ("the past", "the last", "past", "last") and not edge:
        return cand(m, "DURATION", const("P10Y"), rule="dur")
    if unit == "week" and rel == "the" and not edge:
        return None
    if unit == "month" and rel == "the" and not edge:
        return None
    if ctx.cased and m["unit"][0].isupper() and m["rel"][0].islower():
        return None  # "Video of the Year", "Person of the Year": a title
    if ctx.cased and m["unit"][0].isupper() and m["rel"][0].isupper() and _mid_sentence(text, m.start()):
        return None  # ABC's "This Week With David Brinkley": a title
    if (
        rel == "the"
        and unit == "year"
        and not edge
        and next_char(text, m.end()).isalnum()
        and nxt not in _AFTER_THE_YEAR
    ):
        return None  # "1993, the year Tiffany was born": the head of a relative clause
    if unit == "year" and nxt in ("ended", "ending", "ends") and rel in ("the", "the latest"):
        return cand(m, "DURATION", const("P1Y"), rule="dur")  # "the year ended Sept. 30"
    if rel in ("the", "the latest", "latest") and unit == "quarter":
        return cand(m, "DATE", _latest_quarter_resolver(), rule="rel_quarter")
    if rel in ("the latest", "latest") and unit == "year" and fiscal:
        k = -1

    # "the first half of this year", "the second half of next year": a calendar half (YYYY-H1)
    half = _HALF_EDGE.match(edge) if unit == "year" and not fiscal else None
    half_code = f"-H{1 if half and half['ord'] == 'first' else 2}" if half else ""

    def r(ctx: Ctx, c: Cand) -> str | None:
        if ctx.anchor is None:
            return "PRESENT_REF" if k == 0 else ("PAST_REF" if k < 0 else "FUTURE_REF")
        v = _unit_value(ctx.anchor, unit, k)
        return v + half_code if v and half_code else v

    return cand(m, "DATE", r, rule="rel_unit")


_HALF_EDGE = re.compile(r"(?:the\s+)?(?P<ord>first|second|last|latter)\s+half\s+of\s+$")


def _coarsen(value: str, unit: str) -> str | None:
    if unit == "year":
        return value[:4]
    if unit == "month" and re.match(r"\d{4}-\d\d", value):
        return value[:7]
    if unit == "day" and re.match(r"\d{4}-\d\d-\d\d", value):
        return value[:10]
    if unit == "week" and re.match(r"\d{4}-\d\d-\d\d", value):
        return V.week_value(date.fromisoformat(value[:10]))
    if unit == "quarter" and re.match(r"\d{4}-Q", value):
        return value[:7]
    if unit == "quarter" and re.match(r"\d{4}-\d\d", value):
        return f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"
    return value[:4] if unit == "year" else None


def quarter_finished(value: str, anchor: date | None) -> bool:
    _, latest, _ = V.interval(value)
    return anchor is None or latest is None or latest < anchor


def reported_quarter(ctx: Ctx, ref: Hist) -> bool:
    """Whether the quarter ``ref`` can be the period a comparison is about: finished by the calendar,
    or told in the past ("reported a decline in fourth-quarter earnings" in November: a fiscal
    quarter already closed), not one still ahead ("the trend will continue into the fourth quarter")."""
    if quarter_finished(ref.value, ctx.anchor):
        return True
    return direction(ctx.text, ref.start, ref.end) == PAST


def _latest_quarter_resolver() -> R_T:
    def r(ctx: Ctx, c: Cand) -> str | None:
        ref = ctx.quarter_ref(c.start, max_back=QUARTER_REF_CHARS)
        if ref is not None and reported_quarter(ctx, ref):
            return ref.value
        if ctx.anchor is None:
            return "XXXX-QX"
        return R.shift(ctx.anchor, -1, "Q")

    return r


def _same_day_resolver() -> R_T:
    """The day of a day mentioned just before ("On Friday ... later in the day"), else the anchor."""

    def r(ctx: Ctx, c: Cand) -> str | None:
        ref = ctx.ref(c.start, max_back=250, precisions=("day",))
        if ref is not None and ref.value[:1].isdigit():
            return ref.value[:10]
        return ctx.anchor.isoformat() if ctx.anchor else "PRESENT_REF"

    return r


def _weekend(m: re.Match[str], ctx: Ctx, rel: str) -> Cand:
    def r(ctx: Ctx, c: Cand, a: date) -> str:
        wd = a.isoweekday()
        direction = ctx.direction(c.start, c.end)
        if rel in ("last", "the last", "past", "the past", "this past", "previous", "the previous"):
            back = 7 if wd < 6 else 7 + (wd - 6)
            d = a - timedelta(days=back if wd >= 6 else wd)
        elif rel in ("next", "the next", "coming", "the coming", "this coming"):
            d = a + timedelta(days=(6 - wd) % 7 + (7 if wd >= 6 else 0))
        elif wd >= 6:
            d = a
        elif direction == FUTURE or rel == "this":
            d = a + timedelta(days=6 - wd)
        else:
            d = a - timedelta(days=wd)
        return V.week_value(d) + "-WE"

    return cand(m, "DATE", with_anchor(r, "XXXX-WXX-WE"), rule="rel_weekend")


def h_edge_rel(m: re.Match[str], ctx: Ctx) -> Cand:
    """'earlier this year', 'late last month', 'the end of next week'."""
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    k = {"this": 0, "last": -1, "next": 1}[rel]

    def r(ctx: Ctx, c: Cand, a: date) -> str | None:
        return _unit_value(a, unit, k)

    fb = "PRESENT_REF" if k == 0 else ("PAST_REF" if k < 0 else "FUTURE_REF")
    return cand(m, "DATE", with_anchor(r, fb), rule="rel_unit")


def h_year_end(m: re.Match[str], ctx: Ctx) -> Cand:
    words = m.group().lower()
    since = words.startswith(("since", "after"))
    day_value = "-" in words and "end" in words and "mid" not in words

    def r(ctx: Ctx, c: Cand, a: date) -> str:
        y = a.year - 1 if since or (ctx.direction(c.start, c.end) == PAST and a.month < 3) else a.year
        return f"{y:04d}-12-31" if day_value else f"{y:04d}"

    return cand(m, "DATE", with_anchor(r, "XXXX"), rule="rel_unit")


# ---------------------------------------------------------------- N units ago / later
def h_ago(m: re.Match[str], ctx: Ctx) -> Cand | None:
    info = unit_info(m["unit"])
    if info is None:
        return None
    letter, is_time, mult = info
    qty = parse_quantity(m["num"])
    dir_s = " ".join(m["dir"].lower().split())
    sign = -1 if dir_s in ("ago", "earlier", "back", "before") else 1
    approx = edge_approx(m)
    unit_word = m["unit"].lower()
    ref_based = dir_s in ("earlier", "later", "before", "after")

    def r(ctx: Ctx, c: Cand) -> str | Res | None:
        if qty is None:
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        amount = qty * mult
        if ctx.anchor is None:
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        base = ctx.anchor
        if (letter == "Y" and ref_based) or (letter == "Y" and qty == 1 and mult == 1):
            ref = ctx.quarter_ref(c.start, max_back=QUARTER_REF_CHARS)
            if sign < 0 and amount == 1 and _after_months_period(ctx, c, ref):
                return f"{base.year - 1:04d}"
            if ref is None or not reported_quarter(ctx, ref):
                ref = ctx.ref(c.start, max_back=350, precisions=("day", "month"))
            if ref is not None and (ref.precision == "quarter" or ref.rule.startswith("abs")):
                return V.shift_value(ref.value, -int(amount) if sign < 0 else int(amount))
            if ref_based:
                ref2 = ctx.ref(c.start, max_back=350, precisions=("year",))
                if ref2 is not None and ref2.rule.startswith("abs"):
                    return f"{int(ref2.value[:4]) + sign * int(amount):04d}"
        elif ref_based:
            ref = ctx.ref(c.start, max_back=600, precisions=("day", "month") if letter == "M" else ("day",))
            if ref is not None and ref.precision == "month":
                # "began in August 1990. Three months later": months counted from that month
                y, mo = V.add_months(int(ref.value[:4]), int(ref.value[5:7]), sign * int(amount))
                return f"{y:04d}-{mo:02d}"
            if ref is not None:
                try:
                    base = date.fromisoformat(ref.value[:10])
                except ValueError:
                    base = ctx.anchor
        if is_time:
            if letter == "H" and amount >= 24:
                return R.shift(base, sign * amount / 24, "D")
            return base.isoformat()
        if letter == "WE":
            return R.shift(base, sign * amount, "W")
        return R.shift(base, sign * amount, letter)

    if (is_time or letter in ("D", "W", "WE")) and dir_s in ("earlier", "later"):
        return Cand(
            m.start(),
            m.start("dir"),
            "DURATION",
            duration_resolver(qty, info),
            rule="dur",
            approximate=approx,
        )
    c = cand(m, "DATE", r, rule="rel_ago", approximate=approx)
    if unit_word.startswith("decade") and qty is not None:
        c.rule = "rel_ago_decade"
    return c


def _after_months_period(ctx: Ctx, c: Cand, quarter_ref: Hist | None) -> bool:
    """'For the nine months, net rose ... from $X a year earlier': the comparison is with a period
    of months mentioned after the last quarter, whose year-earlier counterpart is only a year."""
    after = quarter_ref.start if quarter_ref is not None else -1
    return ctx.months_period(c.start, after=after) is not None


def h_year_ago_adj(m: re.Match[str], ctx: Ctx) -> Cand:
    """'year-earlier', 'the year-ago quarter', 'the comparable year-ago period', 'the quarter a year
    ago', 'the corresponding period last year'."""
    noun = (m["noun"] or "").lower()
    ordq = m["ordq"]
    n = QUARTER_ORD.get(ordq.lower()) if ordq else None
    quarter = "quarter" in m.group().lower()

    def r(ctx: Ctx, c: Cand) -> str | Res | None:
        if ctx.anchor is None:
            return "PAST_REF"
        if "months" in noun:
            num = parse_quantity(noun.split()[0])
            return Res(f"P{int(num)}M" if num else "PXM", "DURATION")
        if n is not None:
            return f"{ctx.anchor.year - 1:04d}-Q{n}"
        ref = ctx.quarter_ref(c.start, max_back=QUARTER_REF_CHARS)
        if _after_months_period(ctx, c, ref):
            return f"{ctx.anchor.year - 1:04d}"
        if ref is not None and reported_quarter(ctx, ref):
            return V.shift_value(ref.value, -1)
        if quarter:  # "the year-ago quarter" with no quarter named: the last full quarter, a year back
            return V.shift_value(R.shift(ctx.anchor, -1, "Q") or "", -1)
        return f"{ctx.anchor.year - 1:04d}"

    return cand(m, "DATE", r, rule="rel_yearago")


def h_ref_daypart(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """'in the morning', 'during the afternoon' told of a day named just before ("Shares rose Friday.
    Dealers bought in the morning"): that part of that day, like "that morning" (TimeML's reference
    time). Only in a past or future clause: a present-tense "in the morning" is a habit ("she runs in
    the morning"), and with no day named nearby there is nothing to anchor it to."""
    code = DAY_PARTS[m["part"].lower()]
    if ctx.direction(m.start(), m.end()) not in (PAST, FUTURE):
        return None

    def r(ctx: Ctx, c: Cand) -> Res | None:
        ref = ctx.ref(c.start, max_back=_DAYPART_REF_CHARS, precisions=("day",))
        if ref is None:
            return None
        return Res(f"{ref.value[:10]}T{code}", "TIME")

    return cand(m, "TIME", r, group="span", rule="rel_ref")


_DAYPART_REF_CHARS = 300  # "in the morning" looks back about two sentences for the day it belongs to


def h_ref_unit(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """'that day', 'the next day', 'the following year', 'later that year', 'the same day'."""
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    code = DAY_PARTS.get(unit)
    k = 0
    if det in ("the next", "the following", "next"):
        k = 1
    elif det in ("the previous", "the preceding", "the prior"):
        k = -1
    base_unit = "day" if code else unit
    if det == "that" and unit in ("day",) and m["pre"] is None:
        nxt = next_word(ctx.text, m.end()).lower()
        if nxt in ("when", "that", "in", "of"):
            return None

    def r(ctx: Ctx, c: Cand) -> str | Res | None:
        ref = ctx.ref(c.start, max_back=1200)
        if ref is None:
            if ctx.anchor is None:
                return None
            if k == 0 and det.startswith("that"):
                return None
            base = ctx.anchor
        else:
            try:
                if base_unit == "year":
                    y = int(ref.value[:4]) + k
                    return f"{y:04d}"
                if (
                    base_unit == "month"
                    and len(ref.value) >= 7
                    and ref.value[4] == "-"
                    and ref.value[5:7].isdigit()
                ):
                    y, mo = V.add_months(int(ref.value[:4]), int(ref.value[5:7]), k)
                    return f"{y:04d}-{mo:02d}"
                if base_unit == "quarter":
                    q = _coarsen(ref.value, "quarter")
                    if q is None:
                        return None
                    n = int(q[:4]) * 4 + int(q[6]) - 1 + k
                    return f"{n // 4:04d}-Q{n % 4 + 1}"
                base = date.fromisoformat(ref.value[:10])
            except ValueError:
                return None
        if base_unit == "weekend":
            d = base + timedelta(days=7 * k)
            return V.week_value(d) + "-WE"
        if base_unit == "day":
            d = base + timedelta(days=k)
            if code:
                return (
                    Res(f"{d.isoformat()}T{code}", "TIME") if k == 0 and det != "the next" else d.isoformat()
                )
            return d.isoformat()
        return _unit_value(base, base_unit, k)

    return cand(m, "DATE", r, rule="rel_ref")


def h_year_period(m: re.Match[str], ctx: Ctx) -> Cand:
    """'the 1988 period', 'the 1989 quarter': the same part of the year as the report's quarter."""
    year = int(m["year"])
    quarter = m["unit"].lower() == "quarter"

    def r(ctx: Ctx, c: Cand) -> str:
        ref = ctx.quarter_ref(c.start, max_back=QUARTER_REF_CHARS)
        if not quarter and _after_months_period(ctx, c, ref):
            return f"{year:04d}"  # "In the first nine months, ... in the 1988 period"
        if ref is not None and ref.value[5:6] == "Q":
            return f"{year:04d}{ref.value[4:]}"
        return f"{year:04d}-QX" if quarter else f"{year:04d}"

    return cand(m, "DATE", r, rule="rel_yearago")


def h_nth_day(m: re.Match[str], ctx: Ctx) -> Cand:
    """'today is the eighth day of the siege', "it's the second day of the strike": a count of days
    told in the present names the day of writing."""
    return cand(
        m, "DATE", with_anchor(lambda ctx, c, a: a.isoformat(), "PRESENT_REF"), "span", rule="rel_deictic"
    )


# ---------------------------------------------------------------- PRESENT / PAST / FUTURE
_REF_WORDS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "at this point": "PRESENT_REF",
    "at this time": "PRESENT_REF",
    "the present day": "PRESENT_REF",
    "recently": "PAST_REF",
    "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "until recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "recent": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "someday": "FUTURE_REF",
    "some day": "FUTURE_REF",
    "one day": "FUTURE_REF",
    "soon": "FUTURE_REF",
}


def _discourse_now(text: str, start: int, end: int) -> bool:
    """Sentence-initial "Now for ...": a presenter turning to the next item ("Now for the weather"),
    not a reference to the present. ("Now, they own two homes" contrasts with the past: kept.)"""
    if _mid_sentence(text, start):
        return False
    return text[end : end + 5].lower() == " for "


_RX_DATE_NEXT = re.compile(
    rf"[\s,]+(?:(?:in|on|at|during)\s+)?(?:(?:last|this|early|late)\s+)?(?:{RX_MONTH}|{RX_WEEKDAY}|yesterday|\d{{4}})(?![\w])",
    re.IGNORECASE,
)


def _date_follows(text: str, end: int) -> bool:
    """A month, weekday, year or "yesterday" right after ``end`` ("most recently last October")."""
    return _RX_DATE_NEXT.match(text, end) is not None


def h_ref_word(m: re.Match[str], ctx: Ctx) -> Cand | None:
    w = " ".join(m["w"].lower().split())
    text = ctx.text
    nxt = next_word(text, m.end()).lower()
    prev = prev_word(text, m.start()).lower()
    if w == "now" and prev in ("from",) and nxt == "on":
        return None
    if w == "now" and _discourse_now(text, m.start(), m.end()):
        return None
    if w in ("previously", "formerly"):
        return None
    if w == "current":
        # adjective before a noun: "the current wife"; not "electric current", "current account"
        if nxt in (
            "account",
            "accounts",
            "affairs",
            "events",
            "flow",
            "flows",
            "assets",
            "liabilities",
            "ratio",
            "density",
        ):
            return None
        if prev in ("electric", "electrical", "ocean", "air", "rip", "a", "against", "strong"):
            return None
        if not nxt or nxt in ("and", "or", "of", "is", "was"):
            return None
        if prev == "then":  # "the then current market price": the present of a past time
            return Cand(text.rfind("then", 0, m.start()), m.end(), "DATE", const("PAST_REF"), rule="ref")
    if w == "recent":
        return None
    if w in ("the future", "the past", "the present") and nxt == "of":
        return None  # "the future of our peoples": a noun, not a time
    if w == "one day" and prev not in ("will", "would", "could", "might", "may", "can", "shall"):
        return None  # only the future "will one day be"; else a duration or a past "one day"
    if w == "soon" and (
        prev in ("as", "so", "too", "how") or nxt in ("as", "after", "afterward", "afterwards", "thereafter")
    ):
        return None  # "as soon as Tuesday", "soon after the birth": a relation, not a time of its own
    if w == "recently" and prev == "as" and nxt == "as":
        return None  # "as recently as last week": the time is the one that follows
    if w in ("most recently", "more recently") and _date_follows(text, m.end()):
        # "most recently last October", "more recently in 1997": the time is the date that follows
        return Cand(m.start(), m.end(), BLOCK, None, rule="block")
    value = _REF_WORDS[w]
    # "will one day be": outranks the duration reading of the same words
    return cand(m, "DATE", const(value), rule="ref", prio=1 if w == "one day" else 0)
