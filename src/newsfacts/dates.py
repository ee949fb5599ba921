"""Combining dates that several sentences or articles give for the same event. Pure functions.

``combine`` keeps the best claim and lists the ones that contradict it. "Best" is, in this order:
explicit over derived (an age or a duration), a known year over an unknown one (with no publication
date, "on Monday" is ``XXXX-WXX-1``: a day of no known year, which must not beat "September 2016"),
more precise, supported by more articles, absolute over
relative ("June 2019" over "five months ago", which depends on the anchor), later publication, then
the value itself so that the choice never depends on input order. The kept date's interval is narrowed
to what every agreeing claim allows (two ages given on different days pin a birth date down further),
and a kept year or month takes the finer parts of an agreeing claim that lacks only the year ("2016" and
"Sept. 12" give ``2016-09-12``, with the words that gave the day).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsfacts.schema import When
from newsfacts.temporal.values import interval

PRECISION_RANK = {"day": 6, "week": 5, "month": 4, "season": 3, "quarter": 3, "year": 2, None: 0}


@dataclass(frozen=True, slots=True)
class Claim:
    """One date for an event, from one article (with that article's publication date)."""

    when: When
    source: str
    published: str | None = None

    @property
    def relative(self) -> bool:
        """Resolved against the publication date ("five months ago", "last spring")."""
        return self.when.anchor is not None


@dataclass(frozen=True, slots=True)
class Combined:
    when: When | None
    sources: tuple[str, ...]  # the articles whose dates agree with the kept one
    rejected: tuple[Claim, ...]  # claims that contradict it
    reason: str | None  # why the kept value won, when there was a contradiction


def overlaps(a: When, b: When) -> bool:
    """Can the two dates mean the same day? A date that lacks only its year is read in the other's year
    ("XXXX-SU" and "2015-08": summer 2015 holds August); other unknown parts are compatible with
    anything."""
    if not (a.earliest and a.latest and b.earliest and b.latest):
        dated, undated = (a, b) if a.earliest and a.latest else (b, a)
        if dated.earliest and dated.latest and _year_known(dated) and undated.value.startswith("XXXX-"):
            first, last, _ = interval(dated.value[:4] + undated.value[4:])
            if first and last:
                return first.isoformat() <= dated.latest and dated.earliest <= last.isoformat()
        return _same_partial(a.value, b.value)
    return a.earliest <= b.latest and b.earliest <= a.latest


def _same_partial(a: str, b: str) -> bool:
    """ "XXXX-11-21" vs "2017-11-21": the known parts must agree."""
    return all(x == y or "X" in (x, y) for x, y in zip(a, b, strict=False))


def _year_known(w: When) -> bool:
    """A year of four digits ("2016-09"); a decade ("199X") or a century counts as none."""
    return w.value[:4].isdigit()


def rank(c: Claim, support: int) -> tuple[int, int, int, int, int, str, str, str]:
    """Explicit over derived, a known year, more precise, more sources, absolute over relative, later
    publication, then value and text (a total order, so the choice is the same for any input order)."""
    return (
        0 if c.when.approximate else 1,
        int(_year_known(c.when)),
        PRECISION_RANK.get(c.when.precision, 0),
        support,
        0 if c.relative else 1,
        c.published or "",
        c.when.value,
        c.when.model_dump_json(),
    )


def _when_key(w: When) -> str:
    return w.model_dump_json()


def combine(claims: list[Claim]) -> Combined:
    """The most precise value consistent with the others; contradicting claims are returned apart.

    Linear in the number of claims times the number of *distinct* dates (a fact reported by a
    thousand articles usually carries a handful of distinct dates)."""
    if not claims:
        return Combined(None, (), (), None)
    distinct: dict[str, When] = {}
    sources_of: dict[str, set[str]] = {}
    for c in claims:
        k = _when_key(c.when)
        distinct.setdefault(k, c.when)
        sources_of.setdefault(k, set()).add(c.source)
    # support of a date = the number of articles whose dates can mean the same day
    support: dict[str, int] = {}
    for k, w in distinct.items():
        agreeing: set[str] = set()
        for k2, w2 in distinct.items():
            if k2 == k or overlaps(w, w2):
                agreeing |= sources_of[k2]
        support[k] = len(agreeing)
    best = max(claims, key=lambda c: rank(c, support[_when_key(c.when)]))
    agree = [c for c in claims if overlaps(c.when, best.when)]
    rejected = tuple(
        sorted(
            (c for c in claims if not overlaps(c.when, best.when)),
            key=lambda c: (c.source, c.when.value, _when_key(c.when)),
        )
    )
    reason = None
    if rejected:
        other = max(rejected, key=lambda c: rank(c, support[_when_key(c.when)]))
        reason = _why(best, other, support[_when_key(best.when)], support[_when_key(other.when)])
    sources = tuple(sorted({c.source for c in agree}))
    kept = _with_year(best.when, [c.when for c in agree]) or _narrow(best.when, [c.when for c in agree])
    kept = kept.model_copy(update={"sources": list(sources)})
    return Combined(kept, sources, rejected, reason)


def _with_year(best: When, agree: list[When]) -> When | None:
    """The kept date's year on the finer parts of an agreeing date that lacks only the year, when one
    is finer than the kept date and the result lies within it (the finest such, by value order)."""
    if best.approximate or not _year_known(best):
        return None
    lo, hi = best.earliest, best.latest
    finer = []
    for w in agree:
        if _year_known(w) or w.approximate or not w.value.startswith("XXXX-"):
            continue
        value = best.value[:4] + w.value[4:]
        first, last, precision = interval(value)
        if first is None or last is None or precision is None:
            continue
        if PRECISION_RANK.get(precision, 0) <= PRECISION_RANK.get(best.precision, 0):
            continue
        if lo and hi and not (lo <= first.isoformat() and last.isoformat() <= hi):
            continue
        finer.append((-PRECISION_RANK[precision], value, w, first.isoformat(), last.isoformat(), precision))
    if not finer:
        return None
    _, value, w, first_day, last_day, precision = min(finer, key=lambda f: f[:2])
    return w.model_copy(
        update={"value": value, "precision": precision, "earliest": first_day, "latest": last_day}
    )


def _narrow(best: When, agree: list[When]) -> When:
    """The kept date with its interval cut to what every agreeing date allows (when they all can)."""
    bounded = [w for w in agree if w.earliest and w.latest]
    if not best.earliest or not best.latest or len(bounded) < 2:
        return best
    lo = max(w.earliest for w in bounded if w.earliest)
    hi = min(w.latest for w in bounded if w.latest)
    if lo > hi or (lo, hi) == (best.earliest, best.latest):
        return best
    return best.model_copy(update={"earliest": lo, "latest": hi})


def _why(kept: Claim, other: Claim, n_kept: int, n_other: int) -> str:
    if kept.when.approximate != other.when.approximate:
        return "explicit date preferred over a derived one"
    if _year_known(kept.when) != _year_known(other.when):
        return "a date with its year preferred over one without"
    pk, po = PRECISION_RANK.get(kept.when.precision, 0), PRECISION_RANK.get(other.when.precision, 0)
    if pk != po:
        return "more precise date preferred"
    if n_kept != n_other:
        return f"supported by more sources ({n_kept} vs {n_other})"
    if kept.relative != other.relative:
        return "absolute date preferred over a relative one"
    if (kept.published or "") != (other.published or ""):
        return "later publication preferred"
    return "tie broken by value order"
