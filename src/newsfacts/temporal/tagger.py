"""find_timexes: run the rules, keep the best non-overlapping candidates, resolve them in order."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from newsfacts.temporal import tense
from newsfacts.temporal.context import BLOCK, PERIOD, Cand, Ctx, Hist, Res
from newsfacts.temporal.lexicon import words
from newsfacts.temporal.rules import RULES
from newsfacts.temporal.ruletools import Rule
from newsfacts.temporal.values import interval


@dataclass(frozen=True, slots=True)
class TimexMatch:
    """One temporal expression: character offsets into the text, TIMEX3 type and value, interval."""

    start: int
    end: int
    text: str
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str
    precision: str | None
    earliest: date | None
    latest: date | None
    approximate: bool = False


TenseHint = int | str | None


def _hint(h: TenseHint) -> int:
    if h is None:
        return tense.NONE
    if isinstance(h, int):
        return max(-1, min(1, h))
    s = h.lower()
    if s.startswith("past"):
        return tense.PAST
    if s.startswith("fut"):
        return tense.FUTURE
    return tense.NONE


def _is_cased(text: str) -> bool:
    """False for all-lower-case or all-capitals text, where capitals say nothing about names."""
    sample = text[:4000]
    return not (sample.islower() or sample.isupper())


# "the first nine months", "the six months": a reporting period (see Ctx.months_period).
_RX_PERIOD = re.compile(r"(?:the\s+|its\s+)?(?:first\s+|latest\s+|past\s+)?(?:\w+|\d+)\s+months", re.I)

_TOKEN = re.compile(r"[A-Za-z]+|\d+|['’](?=\d)")


def _rule_index() -> dict[str, tuple[Rule, ...]]:
    index: dict[str, list[Rule]] = {}
    for rule in RULES:
        for tok in rule.first:
            index.setdefault(tok, []).append(rule)
    return {k: tuple(v) for k, v in index.items()}


_INDEX = _rule_index()
# Frequent function words that begin some rules ("the third quarter", "a year ago", "at least two
# years"): tried only when the next token is a word that occurs in some rule's pattern at all.
_GATED = words(
    """the a an at in for over during by its their his her that one some most much part any many each all
    until since before after around about more less no up well just only right as these close under fewer
    this"""
)
_CONTINUATION = frozenset(w for rule in RULES for w in re.findall(r"[a-z]+", rule.regex.pattern.lower()))


def _key(tok: str) -> str:
    c0 = tok[0]
    return "#d" if c0.isdigit() else ("#'" if c0 in "'’" else tok.lower())


def _emit(out: list[Cand], rule: Rule, m: re.Match[str], ctx: Ctx) -> None:
    res = rule.handler(m, ctx)
    if res is None:
        return
    if isinstance(res, Cand):
        res.rule = res.rule or rule.name
        out.append(res)
        return
    for c in res:
        c.rule = c.rule or rule.name
        out.append(c)


def _candidates(ctx: Ctx, exhaustive: bool = False) -> list[Cand]:
    """Candidates of every rule. Each rule is tried only at the tokens it can start with (its
    ``first`` set); ``exhaustive`` scans the whole text with every regex instead (for checking)."""
    out: list[Cand] = []
    text = ctx.text
    if exhaustive:
        for rule in RULES:
            for m in rule.regex.finditer(text):
                _emit(out, rule, m, ctx)
        return out
    index = _INDEX
    tokens = list(_TOKEN.finditer(text))
    for i, tm in enumerate(tokens):
        key = _key(tm.group())
        rules = index.get(key)
        if rules is None:
            continue
        if key in _GATED:
            if i + 1 == len(tokens):
                continue
            nxt = _key(tokens[i + 1].group())
            if nxt[0] != "#" and nxt not in _CONTINUATION:
                continue
        pos = tm.start()
        for rule in rules:
            m = rule.regex.match(text, pos)
            if m is not None and m.end() > pos:
                _emit(out, rule, m, ctx)
    return out


def _select(cands: list[Cand]) -> list[Cand]:
    """Longest first (then priority, then leftmost); drop anything overlapping a kept span."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    starts: list[int] = []
    kept: list[Cand] = []  # sorted by start, non-overlapping
    for c in cands:
        if c.end <= c.start:
            continue
        i = bisect.bisect_left(starts, c.start)
        if i < len(kept) and kept[i].start < c.end:
            continue
        if i > 0 and kept[i - 1].end > c.start:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return [c for c in kept if c.type != BLOCK]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def _make(ctx: Ctx, c: Cand, res: Res | str) -> TimexMatch:
    if isinstance(res, str):
        res = Res(res)
    typ = res.type or c.type
    value = res.value
    earliest = latest = None
    precision = None
    if typ in ("DATE", "TIME"):
        earliest, latest, precision = interval(value)
    start, end = _trim(ctx.text, c.start, c.end)
    return TimexMatch(
        start=start,
        end=end,
        text=ctx.text[start:end],
        type=typ,
        value=value,
        precision=precision,
        earliest=earliest,
        latest=latest,
        approximate=c.approximate or res.approximate,
    )


def find_timexes(text: str, anchor: date | None = None, tense_hint: TenseHint = None) -> list[TimexMatch]:
    """Every temporal expression of ``text``, sorted by start offset.

    Relative expressions are resolved against ``anchor`` (the publication date); without one, values
    stay underspecified (``XXXX-03-08``, ``XXXX-WXX-5``, ``PAST_REF``). ``tense_hint`` ("past",
    "future" or -1/+1) is the direction used when no tense cue is found near an expression.
    """
    if not text:
        return []
    ctx = Ctx(text=text, anchor=anchor, hint=_hint(tense_hint), cased=_is_cased(text))
    selected = _select(_candidates(ctx))
    resolved: dict[int, TimexMatch] = {}
    deferred: list[tuple[int, Cand]] = []
    for i, c in enumerate(selected):
        if c.deferred:
            deferred.append((i, c))
            continue
        _resolve_one(ctx, i, c, resolved)
    for i, c in deferred:
        _resolve_one(ctx, i, c, resolved)
    return [resolved[i] for i in sorted(resolved)]


def _resolve_one(ctx: Ctx, i: int, c: Cand, resolved: dict[int, TimexMatch]) -> None:
    if c.resolve is None:
        return
    res = c.resolve(ctx, c)
    if res is None:
        return
    tm = _make(ctx, c, res)
    resolved[i] = tm
    h: Hist | None = None
    if tm.type in ("DATE", "TIME"):
        h = Hist(tm.start, tm.end, tm.value, tm.type, c.rule, tm.precision)
    elif tm.type == "DURATION" and _RX_PERIOD.fullmatch(tm.text):
        h = Hist(tm.start, tm.end, tm.value, tm.type, PERIOD, None)
    if h is not None:
        # keep history ordered by start (deferred items are inserted in place)
        pos = bisect.bisect_left([x.start for x in ctx.history], h.start)
        ctx.history.insert(pos, h)
