"""Shared pieces of the rules: regex fragments, word helpers, candidate and resolver builders."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from newsfacts.temporal import resolve as R
from newsfacts.temporal.context import Cand, Ctx, Res
from newsfacts.temporal.lexicon import (
    APPROX_WORDS,
    MONTHS,
    RX_DAYNUM,
    RX_ORD_DAY_WORD,
    RX_YEAR4,
    RX_YEAR_APOS,
    RX_YEAR_WORDS,
    UNITS,
    WEEKDAYS,
    words,
)
from newsfacts.temporal.numbers import ordinal_number, spoken_year

Handler = Callable[[re.Match[str], Ctx], "Cand | Iterable[Cand] | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A regex, the handler that turns its matches into candidates, and the (lower-cased) tokens a
    match can start with ("#d" for a digit, "#'" for an apostrophe before digits)."""

    name: str
    regex: re.Pattern[str]
    handler: Handler
    first: frozenset[str]


LW = r"(?<![\w$£€#@&/.'’-])"  # left edge of a word or number

RW = r"(?![\w])"  # right edge of a word

POSS = r"(?:['’]s(?![\w]))?"

YEAR_ANY = rf"(?:{RX_YEAR4}|{RX_YEAR_APOS}|{RX_YEAR_WORDS}{RW})"

DAY_ANY = rf"(?:{RX_DAYNUM}|{RX_ORD_DAY_WORD}{RW})"

# "early", "mid-", "the end of", "the first half of" ... in front of a date; kept in the span.
EDGE = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|first\s+half|second\s+half|"
    r"latter\s+part|early\s+part|later\s+part|bulk|rest|remainder|balance|first\s+part|last\s+part|"
    r"first\s+days|last\s+days|first\s+weeks|last\s+weeks|first\s+months|last\s+months)\s+of\s+|"
    r"(?:early|mid|late|later|earlier)(?:\s+in)?[-\s]+|mid-?|as\s+early\s+as\s+|as\s+late\s+as\s+)"
)

PREPS_BEFORE_MONTH = words(
    """in since until till by from to through throughout during of last next this early late mid before
    after on between and or each every past around about as until into for"""
)

COUNT_NOUNS = words(
    """people persons percent per cent million billion thousand hundred points point members troops
    soldiers feet foot miles mile meters metres km kilometers kilometres pounds dollars euros yen
    acres tons tonnes votes shares cars units homes jobs deaths students workers employees children
    men women votes seats copies calories residents fans users sq square inches cases patients
    delegates times rooms beds cents jets planes aircraft vehicles bags lbs kg barrels"""
)

QUARTER_REF_CHARS = 1500  # how far back "the quarter", "a year earlier" look for the quarter reported on

WORD_RX = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


# ---------------------------------------------------------------- small helpers
def prev_word(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1] in ' \t\n\r"“‘(,':
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’.-"):
        j -= 1
    return text[j:i].rstrip(".")


def next_word(text: str, pos: int) -> str:
    m = WORD_RX.match(text, len(text) - len(text[pos:].lstrip(" \t")))
    return m.group() if m else ""


def next_char(text: str, pos: int) -> str:
    rest = text[pos : pos + 3].lstrip(" \t")
    return rest[:1]


def month_num(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def weekday_num(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def year_of(s: str, anchor: date | None) -> int | None:
    s = s.strip()
    if s[:1] in "'’":
        yy = int(s[1:])
        if anchor is None:
            return 1900 + yy
        century = anchor.year // 100 * 100
        y = century + yy
        return y - 100 if y > anchor.year + 10 else y
    if s[:1].isdigit():
        return int(s)
    return spoken_year(s)


def day_of(s: str) -> int | None:
    return ordinal_number(re.sub(r"\s+", " ", s.strip()))


def cand(m: re.Match[str], type_: str, resolver: R_T, group: int | str = 0, **kw: object) -> Cand:
    return Cand(m.start(group), m.end(group), type_, resolver, **kw)  # type: ignore[arg-type]


R_T = Callable[[Ctx, Cand], "Res | str | None"]


def const(value: str) -> R_T:
    return lambda ctx, c: value


def edge_approx(m: re.Match[str], group: str = "approx") -> bool:
    g = m.groupdict().get(group)
    return bool(g) and " ".join(g.lower().split()) in APPROX_WORDS


def with_anchor(fn: Callable[[Ctx, Cand, date], str | Res | None], fallback: str | None) -> R_T:
    def r(ctx: Ctx, c: Cand) -> str | Res | None:
        if ctx.anchor is None:
            return fallback
        return fn(ctx, c, ctx.anchor)

    return r


# ---------------------------------------------------------------- the rule table
def rx(p: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(p, flags)


def swap_dm(m: re.Match[str]) -> re.Match[str]:
    return MatchView(m, {"mon": m["mon"] or m["mon_b"], "day": m["day"] or m["day_b"]})  # type: ignore[return-value]


def with_half(m: re.Match[str]) -> re.Match[str]:
    if m["half"]:
        return MatchView(m, {"num": f"{m['num']} and a half"})  # type: ignore[return-value]
    return m


def adj_norm(m: re.Match[str]) -> re.Match[str]:
    if m["unit2"]:
        return MatchView(m, {"num": None, "unit": m["unit2"], "long": m["long2"], "old": None})  # type: ignore[return-value]
    return m


def unit_norm(m: re.Match[str]) -> re.Match[str]:
    u = m["unit"] or m["unit_b"] or m["unit_c"] or m["unit_d"] or m["unit_e"]
    return MatchView(m, {"unit": u})  # type: ignore[return-value]


def per_norm(m: re.Match[str]) -> re.Match[str]:
    if m["unit"]:
        return MatchView(m, {"unit": "year"}, span_group="span")  # type: ignore[return-value]
    return MatchView(m, {"unit": m["unit2"]}, span_group="span2")  # type: ignore[return-value]


class MatchView:
    """A re.Match with some groups overridden (for rules with alternative group names)."""

    __slots__ = ("_m", "_over", "_span")

    def __init__(self, m: re.Match[str], over: dict[str, str | None], span_group: str | None = None) -> None:
        self._m = m
        self._over = over
        self._span = span_group

    def __getitem__(self, k: str | int) -> str | None:
        if isinstance(k, str) and k in self._over:
            return self._over[k]
        return self._m[k]

    def groupdict(self) -> dict[str, str | None]:
        d = self._m.groupdict()
        d.update(self._over)
        return d

    def _g(self, g: int | str) -> int | str:
        if self._span is not None and g in (0, "span"):
            return self._span
        return g

    def start(self, g: int | str = 0) -> int:
        return self._m.start(self._g(g))

    def end(self, g: int | str = 0) -> int:
        return self._m.end(self._g(g))

    def group(self, g: int | str = 0) -> str | None:
        return self._m.group(self._g(g))


QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

DEICTIC_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def unit_info(unit_s: str) -> tuple[str, bool, int] | None:
    u = unit_s.lower().rstrip(".")
    if u in UNITS:
        return UNITS[u]
    if u.endswith("ies") and u[:-3] + "y" in UNITS:
        return UNITS[u[:-3] + "y"]
    if u == "millennia":
        return UNITS["millennium"]
    if u.endswith("s") and u[:-1] in UNITS:
        return UNITS[u[:-1]]
    return None


def duration_resolver(qty: float | None, info: tuple[str, bool, int]) -> R_T:
    letter, is_time, mult = info
    if letter == "WE":
        value = R.duration_value(None if qty is None else qty * 2, "D", False)
        return const(value)
    if qty is None:
        vague = {"Y": "Y", "M": "M", "W": "W", "D": "D", "Q": "Q", "H": "H", "S": "S"}[letter]
        # TimeBank writes an unknown number of decades / centuries / millennia as PXE, PXC, PXL
        if mult == 10:
            vague = "E"
        elif mult == 100:
            vague = "C"
        elif mult == 1000:
            vague = "L"
        return const(R.duration_value(None, vague, is_time))
    return const(R.duration_value(qty * mult, letter, is_time))
