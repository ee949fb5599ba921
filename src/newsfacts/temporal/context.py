"""The per-document state shared by the rules while one text is tagged."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from newsfacts.temporal import tense

# TIMEX types, plus BLOCK: a span that is known NOT to be a timex ("12-year-old", "Sunday Times");
# a block wins the overlap selection like any candidate and is then dropped.
BLOCK = "BLOCK"

_RX_HAS_YEAR = re.compile(r"\d{4}")
_RX_PARAGRAPH = re.compile(r"\n\s*\n")
# History entries of reporting periods in months ("the nine months"): not dates, never antecedents.
PERIOD = "period"
# Values computed from another mention ("a year earlier", "that day") are not antecedents themselves.
NON_REFERABLE = frozenset({"rel_ago", "rel_ago_decade", "rel_yearago", "rel_ref"})


@dataclass(slots=True)
class Res:
    """A resolved value; ``type`` overrides the candidate's type when set."""

    value: str
    type: str | None = None
    approximate: bool = False


Resolver = Callable[["Ctx", "Cand"], "Res | str | None"]


@dataclass(slots=True)
class Cand:
    """A candidate temporal expression found by one rule (before overlap selection)."""

    start: int
    end: int
    type: str
    resolve: Resolver | None
    prio: int = 0
    rule: str = ""
    deferred: bool = False  # resolved in a second pass (clock times look for a day nearby)
    approximate: bool = False


@dataclass(slots=True)
class Hist:
    start: int
    end: int
    value: str
    type: str
    rule: str
    precision: str | None


@dataclass
class Ctx:
    text: str
    anchor: date | None
    hint: int = tense.NONE
    cased: bool = True
    history: list[Hist] = field(default_factory=list)
    _dir: dict[tuple[int, int], int] = field(default_factory=dict)

    def direction(self, start: int, end: int) -> int:
        key = (start, end)
        d = self._dir.get(key)
        if d is None:
            d = tense.direction(self.text, start, end)
            if d == tense.NONE:
                d = self.hint
            self._dir[key] = d
        return d

    def cap_ok(self, word: str) -> bool:
        """A name-like word (month, weekday) must be capitalised, unless the text has no case."""
        return not self.cased or word[:1].isupper()

    def months_period(self, pos: int, *, after: int = -1, max_back: int = 400) -> Hist | None:
        """The most recent reporting period given in months ("the first nine months") before ``pos``
        and after position ``after``, with no explicit date after it: the period a following "a year
        earlier" compares with."""
        for h in reversed(self.history):
            if h.start >= pos:
                continue
            if pos - h.end > max_back or h.start <= after:
                return None
            if h.rule == PERIOD:
                return h
            if h.rule.startswith("abs") and h.precision in ("day", "month"):
                return None  # "the six months ended Aug. 12": the end date is the reference
        return None

    def ref(
        self,
        pos: int,
        *,
        max_back: int = 600,
        precisions: tuple[str, ...] = ("day", "month", "quarter", "year", "season", "week"),
        explicit_only: bool = False,
    ) -> Hist | None:
        """The most recent resolved date before ``pos`` (within ``max_back`` characters)."""
        for h in reversed(self.history):
            if h.start >= pos:
                continue
            if pos - h.end > max_back:
                return None
            if h.type not in ("DATE", "TIME") or not _RX_HAS_YEAR.match(h.value) or h.rule in NON_REFERABLE:
                continue
            if explicit_only and not h.rule.startswith("abs"):
                continue
            if h.precision in precisions:
                return h
        return None

    def quarter_ref(self, pos: int, *, max_back: int) -> Hist | None:
        """The quarter a comparison at ``pos`` ("a year earlier", "the quarter") is about: the nearest
        quarter named in the same paragraph, else the first quarter the text names (the period the
        report is about) rather than one named in passing in an earlier paragraph."""
        near = self.ref(pos, max_back=max_back, precisions=("quarter",))
        if near is None or _RX_PARAGRAPH.search(self.text, near.end, pos) is None:
            return near
        for h in self.history:
            if h.start >= near.start:
                break
            if h.precision == "quarter" and _RX_HAS_YEAR.match(h.value) and h.rule not in NON_REFERABLE:
                return h
        return near
