"""Rules for calendar expressions: dates, months, years, decades, centuries, seasons, quarters, holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsfacts.temporal import resolve as R
from newsfacts.temporal import values as V
from newsfacts.temporal.context import BLOCK, Cand, Ctx, Res
from newsfacts.temporal.lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTHS,
    NTH_WEEKDAY_HOLIDAYS,
    SEASONS,
    UNITS,
    VEHICLE_MAKES,
    words,
)
from newsfacts.temporal.numbers import ordinal_number, spoken_year
from newsfacts.temporal.ruletools import (
    COUNT_NOUNS,
    PREPS_BEFORE_MONTH,
    QUARTER_ORD,
    R_T,
    cand,
    const,
    day_of,
    month_num,
    next_char,
    next_word,
    prev_word,
    weekday_num,
    with_anchor,
    year_of,
)
from newsfacts.temporal.tense import FUTURE, PAST, sentence_bounds

# Words that make a bare season name a date ("in spring", "during the summer of 2019").
_SEASON_PREPS = frozenset({"in", "during", "by", "until", "since", "over", "through", "throughout", "for"})


# ---------------------------------------------------------------- absolute dates


def h_weekday_month_day(m: re.Match[str], ctx: Ctx) -> Cand | None:
    wd_s, mon_s = m["wd"], m["mon"]
    if not (ctx.cap_ok(wd_s) and ctx.cap_ok(mon_s)):
        return None
    month, day, wd = month_num(mon_s), day_of(m["day"]), weekday_num(wd_s)
    if day is None or not 1 <= day <= 31:
        return None
    year_s = m["year"]

    def r(ctx: Ctx, c: Cand) -> str | None:
        if year_s:
            y = year_of(year_s, ctx.anchor)
            return f"{y:04d}-{month:02d}-{day:02d}" if y and V.valid_date(y, month, day) else None
        y2 = R.weekday_consistent_year(ctx.anchor, month, day, wd) if ctx.anchor else None
        if y2 is not None and ctx.anchor is not None and abs(y2 - ctx.anchor.year) <= 1:
            return f"{y2:04d}-{month:02d}-{day:02d}"
        if ctx.anchor is not None:
            y3 = R.day_year(ctx.anchor, month, day, ctx.direction(c.start, c.end))
            return f"{y3:04d}-{month:02d}-{day:02d}"
        return f"XXXX-{month:02d}-{day:02d}"

    return cand(m, "DATE", r, rule="abs_wmd")


_NARRATIVE_RULES = frozenset({"abs_y", "abs_md_y", "abs_my", "abs_season", "abs_quarter"})
NARRATIVE_CHARS = 300  # how far back an explicit past year still governs "in July", "on May 5"


def narrative_year(ctx: Ctx, c: Cand) -> int | None:
    """The year of a recent explicit mention that sets the story in the past ("In 2012, ... In July
    they married" -> 2012), when the expression is not in a future context; None otherwise."""
    ref = ctx.ref(c.start, max_back=NARRATIVE_CHARS, precisions=("year", "month", "day", "season", "quarter"))
    if ref is None or ref.rule not in _NARRATIVE_RULES:
        return None
    if ref.start < sentence_bounds(ctx.text, c.start, c.end)[0]:
        return None  # only within the sentence: a new sentence may well return to the present
    y = int(ref.value[:4])
    if ctx.anchor is not None and y >= ctx.anchor.year:
        return None
    if ctx.direction(c.start, c.end) == FUTURE:
        return None
    return y


def md_resolver(month: int, day: int, year_s: str | None) -> R_T:
    def r(ctx: Ctx, c: Cand) -> str | None:
        if year_s:
            y = year_of(year_s, ctx.anchor)
            if y is None or not V.valid_date(y, month, day):
                return None
            return f"{y:04d}-{month:02d}-{day:02d}"
        if not V.valid_date(2000, month, day):
            return None
        ny = narrative_year(ctx, c)
        if ny is not None and V.valid_date(ny, month, day):
            return f"{ny:04d}-{month:02d}-{day:02d}"
        if ctx.anchor is None:
            return f"XXXX-{month:02d}-{day:02d}"
        y = R.day_year(ctx.anchor, month, day, ctx.direction(c.start, c.end))
        return f"{y:04d}-{month:02d}-{day:02d}"

    return r


_NOT_DAY_FOLLOWERS = COUNT_NOUNS | {"years", "months", "weeks", "days", "hours", "minutes", "year"}


def h_month_day(m: re.Match[str], ctx: Ctx) -> list[Cand] | None:
    mon_s = m["mon"]
    if not ctx.cap_ok(mon_s):
        return None
    if mon_s.lower() == "may" and not m["year"] and not re.match(r"\d", m["day"]):
        return None
    month, day = month_num(mon_s), day_of(m["day"])
    if day is None or not 1 <= day <= 31:
        return None
    if not m["year"]:
        nxt = next_word(ctx.text, m.end()).lower()
        if nxt in _NOT_DAY_FOLLOWERS:
            return None
    rule = "abs_md_y" if m["year"] else "abs_md"
    out = [cand(m, "DATE", md_resolver(month, day, m["year"]), rule=rule)]
    if m["day2"]:
        day2 = day_of(m["day2"])
        if day2 and 1 <= day2 <= 31 and day2 > day:
            out[0] = Cand(m.start(), m.end("day"), "DATE", out[0].resolve, rule=rule)
            y2 = m["year"]
            out.append(cand(m, "DATE", md_resolver(month, day2, y2), group="day2", rule=rule))
    return out


def h_day_month(m: re.Match[str], ctx: Ctx) -> Cand | None:
    mon_s = m["mon"]
    if not ctx.cap_ok(mon_s):
        return None
    if mon_s.lower() == "may" and not m["year"] and not m["of"]:
        return None
    day = day_of(m["day"])
    if day is None or not 1 <= day <= 31:
        return None
    if not m["year"] and not (m["of"] or re.search(r"[a-z]", m["day"])) and len(mon_s) <= 4:
        return None
    rule = "abs_md_y" if m["year"] else "abs_md"
    return cand(m, "DATE", md_resolver(month_num(mon_s), day, m["year"]), rule=rule)


def h_month_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    mon_s = m["mon"]
    if not ctx.cap_ok(mon_s):
        return None
    month = month_num(mon_s)
    year_s = m["year"]
    if year_s[:1] in "'’" and mon_s.lower() == "may":
        return None

    def r(ctx: Ctx, c: Cand) -> str | None:
        y = year_of(year_s, ctx.anchor)
        return f"{y:04d}-{month:02d}" if y else None

    return cand(m, "DATE", r, rule="abs_my")


_MONTH_NAME_FOLLOW_OK = words(
    """and or to through until till the this last next of in on at was were is will had has when after
    before as for with while from that which where"""
)


def h_month_relyear(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """'June last year', 'January this year', 'March of next year'."""
    mon_s = m["mon"]
    if not ctx.cap_ok(mon_s):
        return None
    month = month_num(mon_s)
    k = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]

    def r(ctx: Ctx, c: Cand, a: date) -> str:
        return f"{a.year + k:04d}-{month:02d}"

    return cand(m, "DATE", with_anchor(r, f"XXXX-{month:02d}"), rule="rel_month")


_MONTH_NOT_MODIFIER = words(
    """on to of for against through and or in at is was will has had by from with as"""
)

_MODAL_FOLLOWERS = words("be have not also well never still soon yet")


def h_month_alone(m: re.Match[str], ctx: Ctx) -> Cand | None:
    mon_s = m["mon"]
    if not ctx.cap_ok(mon_s) and not m["rel"]:
        return None
    if not ctx.cap_ok(mon_s):
        return None
    text = ctx.text
    nxt = next_word(text, m.end())
    # "June July": a month name next to another month name is a title, not a date.
    if nxt.lower().rstrip(".") in MONTHS and nxt[:1].isupper():
        return Cand(m.start("mon"), m.end() + len(nxt) + 1, BLOCK, None, rule="block")
    prev = prev_word(text, m.start("mon"))
    if prev.lower().rstrip(".") in MONTHS and prev[:1].isupper() and not m["rel"] and not m["edge"]:
        return None
    if not m["rel"] and not m["edge"]:
        if (
            prev.lower() in ("a", "an", "the")
            and nxt[:1].islower()
            and nxt.lower() not in _MONTH_NOT_MODIFIER
        ):
            pass  # "the March accession", "a June agreement": a month used as a modifier
        elif prev.lower() not in PREPS_BEFORE_MONTH:
            return None
        # "April Ryan", "June Carter": a capitalised word right after -> a first name.
        if (
            nxt[:1].isupper()
            and next_char(text, m.end()) not in (",", ".", ";", ":")
            and nxt.lower() not in _MONTH_NAME_FOLLOW_OK
        ):
            return None
        # the modal verb: "in May be", "may have"
        if mon_s.lower() == "may" and nxt.lower() in _MODAL_FOLLOWERS:
            return None
    month = month_num(mon_s)
    rel = m["rel"]
    rel_n = " ".join(rel.lower().split()) if rel else None

    def r(ctx: Ctx, c: Cand) -> str | None:
        ny = None if rel_n else narrative_year(ctx, c)
        if ny is not None:
            return f"{ny:04d}-{month:02d}"
        if ctx.anchor is None:
            return f"XXXX-{month:02d}"
        y = R.month_year(ctx.anchor, month, ctx.direction(c.start, c.end), rel_n)
        return f"{y:04d}-{month:02d}"

    return cand(m, "DATE", r, rule="rel_month")


_YEAR_BAD_PREV = words(
    """no no. number nos # flight route room suite apt apartment unit channel model version v ver
    highway interstate page pages p pp chapter article section rule paragraph box pin code tel phone
    fax zip bus line pier gate level vol volume issue lot track platform dsm"""
)

_APOS_YEAR_PREV = words("in since from until till through during before after of")
_DETERMINERS = words("the a an this that these those its his her their our my your")
_YEAR_BAD_NEXT = COUNT_NOUNS | words(
    """avenue ave street st road rd boulevard blvd lane drive way broadway plaza place square cc hp mph
    kph rpm am pm ft yards yds gallons liters litres km2 mi sqft degrees"""
)


def h_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    year_s = m["year"]
    text = ctx.text
    lead = m["lead"]
    if not lead and not m["edge"]:
        prev = prev_word(text, m.start("year")).lower()
        if prev in _YEAR_BAD_PREV:
            return None
        nxt = next_word(text, m.end()).lower()
        if nxt in _YEAR_BAD_NEXT:
            return None
        if year_s[:1].isdigit():
            y = int(year_s)
            if y < 1000 or y > 2100:
                return None
            if y < 1500 and prev not in ("in", "of", "since", "from", "until", "by", "year", "circa", "c"):
                return None
            # "2,000" / "1,500-strong" handled by the regex; "3 1990" -> part of a list of numbers
            before = text[max(0, m.start("year") - 2) : m.start("year")]
            if before.endswith(("$", "£", "€", "#")):
                return None
            raw_prev = prev_word(text, m.start("year"))
            if (
                ctx.cased
                and raw_prev[:1].isupper()
                and not raw_prev.endswith(("'s", "’s"))
                and text[m.start("year") - 1 : m.start("year")] == " "
                and raw_prev.lower() not in PREPS_BEFORE_MONTH
                and raw_prev.lower() not in _DETERMINERS  # "The 2012 election": capital of the sentence
                and raw_prev.lower().rstrip(".") not in MONTHS
                and raw_prev.lower() not in SEASONS
                and not re.search(r"[.!?]\s*\S+\s*$", text[max(0, m.start("year") - 40) : m.start("year")])
            ):
                return None  # "Orion 1980", "Windows 95": part of a name
            if next_word(text, m.end()).lower() in VEHICLE_MAKES:
                return None  # "a 1967 Mustang": a model year
    if year_s[:1] in "'’" and not lead and prev_word(text, m.start("year")).lower() not in _APOS_YEAR_PREV:
        return None  # "'98" alone is a year only after "fiscal", "FY" or a preposition of time ("in '98")
    fiscal = bool(lead) and "f" in lead.lower()

    def r(ctx: Ctx, c: Cand) -> str | None:
        y = year_of(year_s, ctx.anchor)
        if y is None:
            return None
        return f"{y:04d}"

    return cand(m, "DATE", r, rule="abs_fy" if fiscal else "abs_y")


def h_spoken_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    y = spoken_year(m["year"])
    if y is None or not 1100 <= y <= 2099:
        return None
    nxt = next_word(ctx.text, m.end()).lower()
    if nxt in COUNT_NOUNS or nxt in UNITS or nxt.rstrip("s") in UNITS:
        return None
    return cand(m, "DATE", const(f"{y:04d}"), rule="abs_y")


def h_year_range(m: re.Match[str], ctx: Ctx) -> list[Cand] | None:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
    if not (1000 <= y1 <= 2100) or y2 <= y1 or y2 - y1 > 200:
        return None
    if prev_word(ctx.text, m.start()).lower() in _YEAR_BAD_PREV:
        return None
    nxt = next_word(ctx.text, m.end()).lower()
    if nxt in COUNT_NOUNS:
        return None
    return [
        cand(m, "DATE", const(f"{y1:04d}"), group="y1", rule="abs_y"),
        cand(m, "DATE", const(f"{y2:04d}"), group="y2", rule="abs_y"),
    ]


def h_iso(m: re.Match[str], ctx: Ctx) -> Cand | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not V.valid_date(y, mo, d):
        return None
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"]:
        return cand(m, "TIME", const(f"{value}T{int(m['hh']):02d}:{m['mi']}"), rule="abs_iso")
    return cand(m, "DATE", const(value), rule="abs_md_y")


def h_slash(m: re.Match[str], ctx: Ctx) -> Cand | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    y = int(ys) if len(ys) == 4 else (2000 + int(ys) if int(ys) < 50 else 1900 + int(ys))
    mo, d = (a, b) if a <= 12 else (b, a)
    if not V.valid_date(y, mo, d) or not 1900 <= y <= 2100:
        return None
    return cand(m, "DATE", const(f"{y:04d}-{mo:02d}-{d:02d}"), rule="abs_md_y")


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def h_decade(m: re.Match[str], ctx: Ctx) -> Cand | None:
    dec = m["dec"].lower()
    the = bool(m["the"])
    prev = prev_word(ctx.text, m.start()).lower()
    if prev in ("her", "his", "their", "my", "your", "our", "its", "mid", "early", "late"):
        # "in her 30s", "his early forties": an age
        return Cand(m.start(), m.end(), BLOCK, None, rule="block")
    modified = bool(m["pre"] or m["edge"])
    if dec[:1].isdigit() and len(dec) == 6:  # "1990's": a decade after "the"/"mid-", else the year's
        if not (the or modified):
            return None  # "2010's hit film": the possessive of a year, read by the year rule
        dec = dec[:4] + "s"
    if dec[:1].isdigit() and len(dec) == 5 and dec[2:4] == "00" and dec[:2] < "19":
        value = dec[:2]  # "the 1800s", "the mid-1700s": a century, not its first decade
    elif dec[:1].isdigit() and len(dec) == 5:  # 1990s
        decade3 = dec[:3]
        value = decade3 if modified else decade3 + "X"
    else:
        if dec[:1] in "'’":
            tens = int(dec[1])
        elif dec[:1].isdigit():  # 80s
            if not the:
                return None
            tens = int(dec[0])
        else:
            if not the:
                return None
            tens = _DECADE_WORDS[dec]
        anchor_year = ctx.anchor.year if ctx.anchor else 1999
        century = anchor_year // 100
        if century * 100 + tens * 10 > anchor_year:
            century -= 1
        value = f"{century:02d}{tens}"
        if not modified and dec[:1] in "'’0123456789":
            value += "X"
    return cand(m, "DATE", const(value), rule="abs_decade")


def h_century(m: re.Match[str], ctx: Ctx) -> Cand | None:
    n = ordinal_number(m["ord"])
    if n is None or not 1 <= n <= 22:
        return None
    return cand(m, "DATE", const(f"{n - 1:02d}"), rule="abs_century")


def h_rel_century(m: re.Match[str], ctx: Ctx) -> Cand:
    rel = m["rel"].lower()
    off = {
        "this": 0,
        "the current": 0,
        "last": -1,
        "the last": -1,
        "the previous": -1,
        "next": 1,
        "the next": 1,
    }
    k = off.get(" ".join(rel.split()), 0)

    def r(ctx: Ctx, c: Cand, a: date) -> str:
        return f"{a.year // 100 + k:02d}"

    return cand(m, "DATE", with_anchor(r, "XX"), rule="rel_century")


def _season_year(anchor: date, code: str, rel: str | None, direction: int) -> int:
    cur_year, cur_code = V.season_of(anchor)
    if code == "WI":
        this_year = (
            cur_year if cur_code == "WI" else (anchor.year if direction == FUTURE else anchor.year - 1)
        )
    else:
        this_year = anchor.year
    if rel in ("last", "previous"):
        return this_year - 1
    if rel in ("next", "coming", "this coming"):
        start, _ = V.season_interval(this_year, code)
        return this_year + 1 if start <= anchor else this_year
    if rel in ("this past", "past"):
        _, end = V.season_interval(this_year, code)
        return this_year if end < anchor else this_year - 1
    if rel == "this":
        return this_year
    # "in the summer", "in spring": by tense
    start, end = V.season_interval(this_year, code)
    if direction == PAST and start > anchor:
        return this_year - 1
    if direction == FUTURE and end < anchor:
        return this_year + 1
    return this_year


def h_season(m: re.Match[str], ctx: Ctx) -> Cand | None:
    season_s = m["season"]
    code = SEASONS[season_s.lower()]
    rel = " ".join(m["rel"].lower().split()) if m["rel"] else None
    year_s = m["year"]
    text = ctx.text
    if ctx.cased and season_s[:1].isupper() and not year_s:
        # "Donna Summer", "Arab Spring": a capitalised season inside a sentence is a name
        prev = prev_word(text, m.start("season"))
        if prev and prev[:1].isupper() and prev.lower() not in ("in", "this", "last", "next", "the", "by"):
            return None
    if m["ryear"]:
        pass  # "the spring of next year": a season of a year told
    elif not year_s and not rel and not m["edge"] and not m["pre2"]:
        prev = prev_word(text, m.start()).lower()
        if prev not in _SEASON_PREPS | {"till", "before", "after", "all", "each"}:
            return None
        if code == "FA" or code == "SP":
            return None
    if rel in ("the", "that") and not year_s and not m["ryear"]:
        nxt = next_word(text, m.end()).lower()
        if nxt == "of" or (code in ("FA", "SP") and rel == "the" and not m["edge"]):
            prev = prev_word(text, m.start()).lower()
            if prev not in _SEASON_PREPS | {"this"}:
                return None
            if nxt == "of":
                return None

    ryear = (m["ryear"] or "").lower()

    def r(ctx: Ctx, c: Cand) -> str | None:
        if year_s:
            y = year_of(year_s, ctx.anchor)
            return f"{y:04d}-{code}" if y else None
        if ctx.anchor is None:
            return f"XXXX-{code}"
        if ryear:  # "the spring of next year"
            return f"{ctx.anchor.year + {'this': 0, 'last': -1, 'next': 1}[ryear]:04d}-{code}"
        rr = None if rel in ("the", "that") else rel
        y = _season_year(ctx.anchor, code, rr, ctx.direction(c.start, c.end))
        return f"{y:04d}-{code}"

    return cand(m, "DATE", r, rule="abs_season" if year_s else "rel_season")


def h_quarter(m: re.Match[str], ctx: Ctx) -> Cand | None:
    ord_s = m["ord"].lower()
    unit = m["unit"].lower()
    n = QUARTER_ORD.get(ord_s)
    if ord_s in ("last", "final"):
        n = 4 if unit == "quarter" else 2
    if n is None or (unit.startswith("half") and n > 2):
        return None
    year_s = m["y0"] or m["y1"]
    rely = m["rely"] or m["rely2"]  # "next year's first quarter", "the first quarter of next year"
    relyear = rely.lower().split()[0] if rely else None
    code = f"Q{n}" if unit.startswith("quarter") else f"H{n}"
    plural = unit.endswith("s")
    if ord_s in ("last", "final") and not year_s and not relyear:
        return None

    def r(ctx: Ctx, c: Cand) -> str | Res | None:
        if plural:
            return Res(f"XXXX-{code}", "SET")
        if year_s:
            y = year_of(year_s, ctx.anchor)
            return f"{y:04d}-{code}" if y else None
        if ctx.anchor is not None and relyear:
            y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[relyear]
            return f"{y:04d}-{code}"
        return _quarter_near_anchor(ctx, c, n, code)

    return cand(m, "DATE", r, rule="abs_quarter" if year_s else "rel_quarter", prio=1)


def _quarter_near_anchor(ctx: Ctx, c: Cand, n: int, code: str) -> str:
    """A quarter or half named without a year: the anchor's year, or the year before when it is told
    as past and has not begun yet."""
    if ctx.anchor is None:
        return f"XXXX-{code}"
    a = ctx.anchor
    y = a.year
    start = V.quarter_start(y, n) if code[0] == "Q" else date(y, 6 * (n - 1) + 1, 1)
    if start > a and ctx.direction(c.start, c.end) == PAST:
        y -= 1
    return f"{y:04d}-{code}"


_QH_ABBREV_PREV = words("in for of during since through until by the a its their from to and or")


def h_quarter_abbrev(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """'Q1 2013', '2Q13', "H1 '12", 'in Q3': a quarter or half written the financial way."""
    letter = m["ql"] or m["ql2"]
    n = int(m["n"] or m["n2"])
    year_s = (m["year"] or m["year2"] or "").strip()
    if letter == "H" and n > 2:
        return None
    if not year_s and prev_word(ctx.text, m.start()).lower() not in _QH_ABBREV_PREV:
        return None  # "the Audi Q3": a name
    code = f"{letter}{n}"

    def r(ctx: Ctx, c: Cand) -> str | None:
        if not year_s:
            return _quarter_near_anchor(ctx, c, n, code)
        y = year_of(year_s if len(year_s) == 4 or year_s[0] in "'’" else "'" + year_s, ctx.anchor)
        return f"{y:04d}-{code}" if y else None

    return cand(m, "DATE", r, rule="abs_quarter" if year_s else "rel_quarter")


def h_half_by_quarters(m: re.Match[str], ctx: Ctx) -> Cand:
    """'the first two quarters of 1990': a calendar half (1990-H1), not a duration."""
    half = 1 if m["ord"].lower() == "first" else 2
    year_s = m["year"]
    return cand(m, "DATE", const(f"{int(year_s):04d}-H{half}"), rule="abs_quarter")


def _holiday_date(name: str, year: int) -> date | None:
    key = " ".join(name.lower().replace("’", "'").split())
    if key in FIXED_HOLIDAYS:
        mo, d = FIXED_HOLIDAYS[key]
        return date(year, mo, d)
    if key in NTH_WEEKDAY_HOLIDAYS:
        mo, wd, n = NTH_WEEKDAY_HOLIDAYS[key]
        return V.nth_weekday(year, mo, wd, n)
    if key in EASTER_HOLIDAYS:
        return V.easter(year) + timedelta(days=EASTER_HOLIDAYS[key])
    if key == "election day":
        return V.nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if key == "black friday":
        return V.nth_weekday(year, 11, 4, 4) + timedelta(days=1)
    for k in FIXED_HOLIDAYS:
        if k.replace("'", "") == key.replace("'", ""):
            mo, d = FIXED_HOLIDAYS[k]
            return date(year, mo, d)
    for k2 in NTH_WEEKDAY_HOLIDAYS:
        if k2.replace("'", "") == key.replace("'", ""):
            mo, wd, n = NTH_WEEKDAY_HOLIDAYS[k2]
            return V.nth_weekday(year, mo, wd, n)
    return None


def h_holiday(m: re.Match[str], ctx: Ctx) -> Cand | None:
    name = m["name"]
    if not ctx.cap_ok(name):
        return None
    if _holiday_date(name, 2000) is None:
        return None
    rel = " ".join(m["rel"].lower().split()) if m["rel"] else None
    year_s = m["year"]
    suffix = (m["suffix"] or "").lower()

    def r(ctx: Ctx, c: Cand) -> str | None:
        if year_s:
            y = year_of(year_s, ctx.anchor)
        elif ctx.anchor is None:
            d0 = _holiday_date(name, 2001)
            if d0 is None:
                return None
            return f"XXXX-{d0.month:02d}-{d0.day:02d}"
        else:
            a = ctx.anchor
            this = _holiday_date(name, a.year)
            if this is None:
                return None
            direction = ctx.direction(c.start, c.end)
            if rel in ("last", "this past"):
                y = a.year if this < a else a.year - 1
            elif rel in ("next", "this coming", "coming"):
                y = a.year if this > a else a.year + 1
            elif rel == "this" or abs((this - a).days) <= 7:
                y = a.year
            elif direction == PAST:
                y = a.year if this <= a else a.year - 1
            elif direction == FUTURE:
                y = a.year if this >= a else a.year + 1
            else:
                y = a.year if abs((this - a).days) <= 183 else (a.year - 1 if this > a else a.year + 1)
        if y is None:
            return None
        d = _holiday_date(name, y)
        if d is None:
            return None
        if suffix == "week":
            return V.week_value(d)
        if suffix == "weekend":
            return V.week_value(d) + "-WE"
        return d.isoformat()

    return cand(m, "DATE", r, rule="rel_holiday")
