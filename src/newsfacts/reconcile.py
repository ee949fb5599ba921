"""Many articles → one set of people, facts, conflicts and a timeline.

Order-independent and idempotent: inputs are deduplicated by article id and sorted first, identical
evidence is kept once, and every id is derived from content (names, fact keys), never from arrival
order. Near-linear in the number of articles: people are clustered through name indexes, facts are
grouped by a key in a dict, and every cross-check looks things up by people.

Who is the same person across articles (``merge_people``):
- the same full name (or a full name another article lists as an alias) is the same person;
- a full name whose first name is a nickname or short form of another's, with the same remaining
  words ("Bill Clinton" / "William Clinton"), is the same person when that match is unique and the
  genders (where known) agree;
- a single name ("Hart", "Kim", "Ben", "Heaven") joins the one person whose first or last name it is
  (or whose first name it abbreviates) only when its article also names someone that person's articles
  name (context), and only when exactly one person fits; never on a shared surname alone;
- a full name that another full name extends by one last word ("Jada Pinkett" / "Jada Pinkett Smith", a
  married name added) is the same person when exactly one such longer name fits and the genders agree,
  in another article (one article that names both has told them apart: "Joseph Octave Moss … his son
  Joseph-Octave"); a generational suffix ("Jr.", "III") is no such word: it names another person.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsfacts import lexicon as lx
from newsfacts.dates import PRECISION_RANK, Claim, combine, overlaps
from newsfacts.schema import (
    Article,
    Child,
    Conflict,
    Divorce,
    Engagement,
    Evidence,
    FactBase,
    Marriage,
    Person,
    Project,
    Relationship,
    Residence,
    Result,
    Separation,
    TimelineEntry,
    When,
)

if TYPE_CHECKING:  # pragma: no cover - reconcile needs only the attributes, not spaCy
    from newsfacts.people import PersonRec
    from newsfacts.pipeline import ArticleResult

PAIR_TYPES = (Marriage, Divorce, Separation, Engagement, Relationship)
WHEN_FIELDS = {
    "marriage": ("start", "end"),
    "divorce": ("filed", "finalized"),
    "separation": ("date",),
    "engagement": ("date",),
    "relationship": ("start", "end"),
    "child": ("born",),
    "project": ("date",),
    "residence": ("date",),
}
SCALAR_FIELDS = {
    "marriage": ("end_reason",),
    "divorce": ("filed_by", "place"),
    "child": ("sex",),
    "project": ("kind", "role", "status"),
    "residence": ("place",),
}
QUIET_FIELDS = frozenset({"status", "kind"})  # disagreement here is normal (time passes), not a conflict
# which fields of a fact each timeline entry shows: a conflict on one of them marks the entry
ENTRY_FIELDS = {
    "marriage_start": ("start",),
    "marriage_end": ("end", "end_reason"),
    "divorce_filed": ("filed", "filed_by"),
    "divorce_finalized": ("finalized", "place"),
    "engagement": ("date",),
    "separation": ("date",),
    "relationship_start": ("start",),
    "relationship_end": ("end",),
    "child_born": ("born", "sex", "age", "parents", "child"),
    "project": ("date", "title", "kind", "role", "status"),
    "residence": ("date", "place"),
}

Marks = set[tuple[str, str | None]]  # (fact id, field) in a conflict; field None = the whole fact


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "person"


# -- people ---------------------------------------------------------------------------------------

_FULL_FORMS: dict[str, set[str]] = defaultdict(set)  # "william" → {"bill", "will", "billy"}
for _short, _fulls in lx.NICKNAMES.items():
    for _full in _fulls:
        _FULL_FORMS[_full].add(_short)


GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _nick(a: str, b: str) -> bool:
    """Can first names ``a`` and ``b`` be the same person's? Equal, a short form (3+ letters), a nickname."""
    return (
        a == b
        or (len(a) >= 3 and b.startswith(a))
        or (len(b) >= 3 and a.startswith(b))
        or b in lx.NICKNAMES.get(a, ())
        or a in lx.NICKNAMES.get(b, ())
    )


def _fold(name: str) -> str:
    """A name as the index compares it: lower case, accents dropped, a hyphen read as a space and the
    curly apostrophe as a straight one ("Beyoncé" = "Beyonce", "Jay-Z" = "Jay Z")."""
    return " ".join(lx.unaccented(name.lower()).replace("’", "'").replace("-", " ").split())


@dataclass(slots=True)
class _Cluster:
    n: int
    names: dict[str, int] = field(default_factory=dict)  # name → mentions
    name_articles: dict[str, set[str]] = field(default_factory=dict)  # name → articles that use it
    full: list[list[str]] = field(default_factory=list)  # its multi-word names, lowercased words
    lowered: set[str] = field(default_factory=set)  # every name and alias, lowercased
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    genders: dict[str, int] = field(default_factory=dict)  # gender → records that say so
    desc: list[str] = field(default_factory=list)

    def gender(self) -> str | None:
        if not self.genders:
            return None
        return max(sorted(self.genders), key=lambda g: self.genders[g])

    def main_name(self) -> str:
        """The fullest name; when the person is in several articles, a full name more than one of them
        uses beats a longer one only a single article has (often a headline word glued on: "X Y Busts")."""
        need = min(2, len(self.articles))
        return max(
            self.names,
            key=lambda s: (
                len(s.split()) > 1,
                len(self.name_articles[s]) >= need,
                len(s.split()),
                self.names[s],
                s,
            ),
        )


class _PeopleIndex:
    """Clusters of person records, indexed by the words a later mention may match on."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_name: dict[str, set[int]] = defaultdict(set)  # full name or alias, lowercased
        self.by_last: dict[str, set[int]] = defaultdict(set)  # last word of a multi-word name
        self.by_first: dict[str, set[int]] = defaultdict(set)  # first word of a multi-word name
        self.by_prefix: dict[str, set[int]] = defaultdict(set)  # its prefixes of 3+ letters (short forms)
        self.by_single: dict[str, set[int]] = defaultdict(set)  # single-name clusters
        self.by_stem: dict[str, set[int]] = defaultdict(set)  # a 3+ word name less its last word
        self.in_article: dict[str, set[int]] = defaultdict(set)  # article → clusters it names

    def add(self, target: int | None, art: str, p: PersonRec) -> int:
        if target is None:
            target = len(self.clusters)
            self.clusters.append(_Cluster(target))
        c = self.clusters[target]
        words = _fold(p.name).split()
        c.names[p.name] = c.names.get(p.name, 0) + p.mentions
        c.name_articles.setdefault(p.name, set()).add(art)
        c.aliases |= p.aliases
        c.articles.add(art)
        if p.gender:
            c.genders[p.gender] = c.genders.get(p.gender, 0) + 1
        c.desc.extend(d for d in p.descriptors if d not in c.desc)
        for form in (p.name, *p.aliases):
            low = _fold(form)
            if low not in c.lowered:
                c.lowered.add(low)
                if len(low.split()) > 1:
                    self.by_name[low].add(target)
        if len(words) > 1:
            if words not in c.full:
                c.full.append(words)
            self.by_last[words[-1]].add(target)
            self.by_first[words[0]].add(target)
            for i in range(3, len(words[0])):
                self.by_prefix[words[0][:i]].add(target)
            if len(words) > 2 and words[-1].rstrip(".") not in GENERATION_SUFFIXES:
                self.by_stem[" ".join(words[:-1])].add(target)
        else:
            self.by_single[words[0]].add(target)
        self.in_article[art].add(target)
        return target

    def _gender_ok(self, c: _Cluster, p: PersonRec) -> bool:
        g = c.gender()
        return g is None or p.gender is None or g == p.gender

    def match_full(self, art: str, p: PersonRec) -> int | None:
        low = _fold(p.name)
        exact = self.by_name.get(low)
        if exact:
            return min(exact)
        longer = [
            n
            for n in sorted(self.by_stem.get(low, ()))
            if art not in self.clusters[n].articles and self._gender_ok(self.clusters[n], p)
        ]
        if len(longer) == 1:
            return longer[0]
        w = low.split()
        fits = [
            n
            for n in sorted(self.by_last.get(w[-1], set()) & self._first_forms(w[0]))
            if self._gender_ok(self.clusters[n], p)
            and all(len(f) == len(w) and f[1:] == w[1:] and _nick(w[0], f[0]) for f in self.clusters[n].full)
        ]
        return fits[0] if len(fits) == 1 else None

    def _first_forms(self, x: str) -> set[int]:
        """Clusters with a multi-word name whose first name ``x`` can stand for, or stand in for
        (the same, a short form of 3+ letters either way, a nickname either way): see ``_nick``. ``x``
        is the long form of a shorter first name only when it is a first name itself ("Christopher"
        for "Chris"; the brand "Marchesa" is no long form of "Marc")."""
        out = set(self.by_first.get(x, ()))
        if len(x) >= 3:
            out |= self.by_prefix.get(x, set())
        if lx.is_first_name(x):
            for i in range(3, len(x)):
                out |= self.by_first.get(x[:i], set())
        for form in (*lx.NICKNAMES.get(x, ()), *_FULL_FORMS.get(x, ())):
            out |= self.by_first.get(form, set())
        return out

    def _shares_context(self, art: str, c: _Cluster) -> bool:
        """Does ``art`` name someone (else than ``c``) whom one of ``c``'s articles also names?"""
        return any(
            other != c.n and not self.clusters[other].articles.isdisjoint(c.articles)
            for other in self.in_article.get(art, ())
        )

    def match_single(self, art: str, p: PersonRec) -> int | None:
        x = _fold(p.name)
        cands = self.by_single.get(x, set()) | self.by_last.get(x, set()) | self._first_forms(x)
        fits: list[int] = []
        for n in sorted(cands):
            c = self.clusters[n]
            if art not in c.articles and self._gender_ok(c, p) and self._shares_context(art, c):
                fits.append(n)
                if len(fits) > 1:
                    return None  # ambiguous: two people fit
        return fits[0] if fits else None


def merge_people(results: list[ArticleResult]) -> tuple[list[Person], dict[tuple[str, str], str]]:
    """Same person across articles (see the module docstring) → people + (article, local key) → id."""
    recs = [(r.article.id, key, p) for r in results for key, p in r.people.items()]
    # fullest names first (multi-word, then longer), so that short forms find their full form
    recs.sort(
        key=lambda x: (-len(x[2].name.split()), -len(x[2].name), x[2].name.lower(), x[2].name, x[0], x[1])
    )
    index = _PeopleIndex()
    assign: dict[tuple[str, str], int] = {}
    for art, key, p in recs:
        multi = len(_fold(p.name).split()) > 1
        target = index.match_full(art, p) if multi else index.match_single(art, p)
        assign[(art, key)] = index.add(target, art, p)
    clusters = index.clusters
    people: list[Person] = []
    ids: dict[int, str] = {}
    order = sorted(
        range(len(clusters)), key=lambda n: (slug(clusters[n].main_name()), sorted(clusters[n].articles))
    )
    used: dict[str, int] = {}
    for n in order:
        c = clusters[n]
        name = c.main_name()
        pid = slug(name)
        used[pid] = used.get(pid, 0) + 1
        if used[pid] > 1:
            pid = f"{pid}-{used[pid]}"
        ids[n] = pid
        aliases = sorted((set(c.names) | c.aliases) - {name})
        people.append(
            Person(
                id=pid,
                name=name,
                aliases=aliases,
                gender=c.gender(),  # type: ignore[arg-type]
                descriptors=sorted(set(c.desc)),
                articles=sorted(c.articles),
            )
        )
    people.sort(key=lambda p: p.id)
    mapping = {k: ids[v] for k, v in assign.items()}
    return people, mapping


# -- facts ----------------------------------------------------------------------------------------


def _norm_title(t: str) -> str:
    t = unicodedata.normalize("NFKC", t).lower().replace("’", "'")
    t = re.sub(r"^(the|a|an) ", "", t)
    return re.sub(r"[^\w]+", " ", t).strip()


def _participants(f: FactBase) -> list[str]:
    if isinstance(f, Child):
        return [*f.parents, *([f.child] if f.child else [])]
    if isinstance(f, Project):
        return [f.person]
    return list(getattr(f, "people", []))


def _remap(f: FactBase, m: dict[str, str]) -> FactBase | None:
    """Local person keys → global ids; None when the fact names one person twice or nobody known."""

    def g(k: str | None) -> str | None:
        return m.get(k) if k is not None else None

    data = f.model_copy()  # shallow: every field changed below gets a new value, nothing is mutated
    if isinstance(data, Child):
        data.parents = sorted({pid for k in data.parents if (pid := g(k))})
        data.child = g(data.child)
        if not data.parents or data.child in data.parents:
            return None
    elif isinstance(data, Project):
        pid = g(data.person)
        if pid is None:
            return None
        data.person = pid
    else:
        ppl = sorted({pid for k in data.people if (pid := g(k))})  # type: ignore[attr-defined]
        if len(ppl) < (2 if isinstance(data, PAIR_TYPES) else 1):
            return None
        data.people = ppl  # type: ignore[attr-defined]
        if isinstance(data, Divorce) and data.filed_by is not None:
            data.filed_by = g(data.filed_by)
    return data


def fact_key(f: FactBase, ordinal: int = 0) -> tuple:
    """What makes two reports the same fact. An unnamed child is told apart from its siblings by
    ``ordinal`` (the n-th unnamed son of these parents in the article, oldest first)."""
    if isinstance(f, Child):
        if f.child is not None:
            return ("child", f.child, (), None)
        return ("child", None, tuple(f.parents), f.sex, ordinal)
    if isinstance(f, Project):
        return ("project", f.person, _norm_title(f.title))
    if isinstance(f, Residence):
        return ("residence", tuple(f.people), f.place.lower())
    return (f.type, tuple(getattr(f, "people", [])))  # type: ignore[attr-defined]


def fact_id(key: tuple) -> str:
    digest = hashlib.sha1(json.dumps(key, ensure_ascii=False, default=str).encode()).hexdigest()[:10]
    return f"{key[0]}-{digest}"


def _noisy_or(values: Iterable[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1.0 - v
    return round(min(0.99, 1.0 - miss), 2)


def _first_start(f: FactBase) -> int:
    return f.evidence[0].start if f.evidence else 0


def _merge_group(
    key: tuple, group: list[tuple[FactBase, Article]], conflicts: list[Conflict], marks: Marks
) -> FactBase:
    group = sorted(group, key=lambda x: (x[1].id, _first_start(x[0]), x[0].model_dump_json()))
    base = group[0][0].model_copy(deep=True)
    fid = fact_id(key)
    base.id = fid
    evid: dict[tuple[str, int, int], Evidence] = {}
    for f, _ in group:
        for e in f.evidence:
            evid.setdefault((e.article, e.start, e.end), e)
    base.evidence = [evid[k] for k in sorted(evid)]
    base.sources = sorted({a.id for _, a in group})
    # confidence: independent articles corroborate; several sentences of one article count once
    per_article: dict[str, float] = {}
    for f, a in group:
        per_article[a.id] = max(per_article.get(a.id, 0.0), f.confidence)
    base.confidence = _noisy_or(per_article.values())
    cues = sorted({c for f, _ in group if f.cue for c in f.cue.split(", ")})
    base.cue = ", ".join(cues) if cues else None
    ftype: str = base.type  # type: ignore[attr-defined]
    for name in WHEN_FIELDS.get(ftype, ()):
        claims = [Claim(w, a.id, a.published) for f, a in group if (w := getattr(f, name)) is not None]
        res = combine(claims)
        setattr(base, name, res.when)
        if res.rejected:
            vals = "; ".join(f"{c.when.value} ({c.source})" for c in res.rejected)
            conflicts.append(
                Conflict(
                    kind="date_mismatch",
                    facts=[fid],
                    articles=sorted({c.source for c in claims}),
                    detail=f"{ftype} {name}: kept {res.when.value if res.when else None} "
                    f"({', '.join(res.sources)}); other sources say {vals}",
                    resolution=res.reason,
                )
            )
            marks.add((fid, name))
    if isinstance(base, Child):
        _merge_child(base, [f for f, _ in group], conflicts, marks)  # type: ignore[misc]
    for name in SCALAR_FIELDS.get(ftype, ()):
        said: dict = defaultdict(set)  # value → the articles that give it
        for f, a in group:
            if (v := getattr(f, name)) is not None:
                said[v].add(a.id)
        if not said:
            continue
        ranked = sorted(said, key=lambda v: (-len(said[v]), str(v)))
        best = ranked[0]
        setattr(base, name, best)
        if len(said) > 1 and name not in QUIET_FIELDS:
            tie = len(said[ranked[1]]) == len(said[best])
            why = "a tie, broken by alphabetical order" if tie else "given by the most articles"
            conflicts.append(
                Conflict(
                    kind="attribute_mismatch",
                    facts=[fid],
                    articles=sorted({x for v in said for x in said[v]}),
                    detail=f"{ftype} {name}: "
                    + "; ".join(f"{v} ({', '.join(sorted(said[v]))})" for v in sorted(said, key=str)),
                    resolution=f"kept {best!r}: {why}",
                )
            )
            marks.add((fid, name))
    return base


def _merge_child(base: Child, group: list[Child], conflicts: list[Conflict], marks: Marks) -> None:
    """Parents: the (at most) two named most often; age: the latest stated, with the day it refers to."""
    counts: dict[str, int] = defaultdict(int)
    for f in group:
        for p in f.parents:
            counts[p] += 1
    ranked = sorted(counts, key=lambda p: (-counts[p], p))
    base.parents = sorted(ranked[:2])
    if len(ranked) > 2:
        conflicts.append(
            Conflict(
                kind="attribute_mismatch",
                facts=[base.id],
                articles=base.sources,
                detail=f"child parents: sources name {len(ranked)} parents ({', '.join(sorted(ranked))})",
                resolution=f"kept {', '.join(base.parents)}: named most often",
            )
        )
        marks.add((base.id, "parents"))
    aged = [f for f in group if f.age is not None]
    if aged:
        latest = max(aged, key=lambda f: (f.age_as_of or "", f.age or 0))
        base.age, base.age_as_of = latest.age, latest.age_as_of


def _unnamed_ordinals(facts: list[FactBase]) -> list[int]:
    """For every fact of one article: the n-th unnamed child of the same parents and sex (oldest first)."""
    out = [0] * len(facts)
    slots: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        if isinstance(f, Child) and f.child is None:
            slots[(tuple(f.parents), f.sex)].append(i)
    for idx in slots.values():
        idx.sort(key=lambda i: (-_age(facts[i]), _first_start(facts[i]), facts[i].model_dump_json()))
        for n, i in enumerate(idx):
            out[i] = n
    return out


def _age(f: FactBase) -> int:
    age = getattr(f, "age", None)
    return -1 if age is None else age


def _conflict(kind: str, f: FactBase, detail: str, others: Iterable[FactBase] = ()) -> Conflict:
    fs = [f, *others]
    return Conflict(
        kind=kind,
        facts=sorted({x.id for x in fs}),
        articles=sorted({s for x in fs for s in x.sources}),
        detail=detail,
        resolution="both dates kept as the articles give them: one of them is wrong",
    )


def _before(a: When | None, b: When | None) -> bool:
    """Is ``a`` certainly before ``b`` (every day ``a`` can mean is earlier than every day of ``b``)?"""
    return bool(a and b and a.latest and b.earliest and a.latest < b.earliest)


def _end_by_divorce(m: Marriage, d: Divorce, marks: Marks) -> None:
    """A marriage ended by divorce ends when the divorce is final (the more precise of the two dates,
    when they agree; a marriage end that contradicts the divorce is left as the articles gave it)."""
    fin = d.finalized
    if fin is None:
        return
    if m.end is None or (
        overlaps(m.end, fin) and PRECISION_RANK.get(fin.precision, 0) > PRECISION_RANK.get(m.end.precision, 0)
    ):
        m.end = fin
    if m.end == fin and (d.id, "finalized") in marks:
        marks.add((m.id, "end"))


def _split_dates(facts: list[FactBase], marks: Marks) -> dict[tuple[str, ...], When]:
    """The date of a pair's split, where the pair has exactly one split date, not contested (a couple
    that split twice leaves it open which split ended which spell)."""
    dated: dict[tuple[str, ...], list[When]] = {}
    for f in facts:
        if isinstance(f, Separation) and f.date is not None and (f.id, "date") not in marks:
            dated.setdefault(tuple(f.people), []).append(f.date)
    return {pair: ws[0] for pair, ws in dated.items() if len({w.value for w in ws}) == 1}


def _cross_checks(
    facts: list[FactBase], conflicts: list[Conflict], marks: Marks, names: dict[str, str] | None = None
) -> list[FactBase]:
    """Marriages ended by divorce; a relationship ended by the pair's one dated split; no "relationship"
    for a married or engaged pair; impossible orders:
    a divorce finalized before it was filed or before the wedding, a marriage ending before it starts,
    a child born before one of its parents (where that parent's own birth is known)."""
    names = names or {}

    def who(pid: str | None) -> str:
        return names.get(pid, pid) if pid else "(unnamed)"

    married = {tuple(f.people): f for f in facts if isinstance(f, Marriage)}
    engaged = {tuple(f.people) for f in facts if isinstance(f, Engagement)}
    for m in married.values():  # before a divorce fills in the end (that case is reported below)
        if _before(m.end, m.start):
            detail = f"marriage ends ({m.end.value}) before it starts ({m.start.value})"  # type: ignore[union-attr]
            conflicts.append(_conflict("impossible_order", m, detail))
            marks.update({(m.id, "start"), (m.id, "end")})
    splits = _split_dates(facts, marks)
    out: list[FactBase] = []
    for f in facts:
        if isinstance(f, Relationship) and (tuple(f.people) in married or tuple(f.people) in engaged):
            continue
        if isinstance(f, Relationship) and f.end is None:
            ended = splits.get(tuple(f.people))
            if ended is not None and not _before(ended, f.start):
                f.end = ended  # "X and Y dated for a year. The couple split in 2013."
        if isinstance(f, Divorce):
            m = married.get(tuple(f.people))
            if m is not None:
                m.end_reason = "divorce"
                _end_by_divorce(m, f, marks)
                for name in ("filed", "finalized"):
                    if _before(getattr(f, name), m.start):
                        conflicts.append(
                            _conflict(
                                "impossible_order",
                                f,
                                f"divorce {name} ({getattr(f, name).value}) before the marriage started "
                                f"({m.start.value})",  # type: ignore[union-attr]
                                [m],
                            )
                        )
                        marks.update({(f.id, name), (m.id, "start")})
                        if name == "finalized" and m.end == f.finalized:
                            marks.add((m.id, "end"))
            if _before(f.finalized, f.filed):
                conflicts.append(
                    _conflict(
                        "impossible_order",
                        f,
                        f"divorce finalized ({f.finalized.value}) before it was filed ({f.filed.value})",  # type: ignore[union-attr]
                    )
                )
                marks.update({(f.id, "filed"), (f.id, "finalized")})
        out.append(f)
    births = {
        f.child: f for f in facts if isinstance(f, Child) and f.child is not None and f.born is not None
    }
    for f in facts:
        if not isinstance(f, Child) or f.born is None:
            continue
        for p in f.parents:
            own = births.get(p)
            if own is not None and _before(f.born, own.born):
                conflicts.append(
                    _conflict(
                        "impossible_order",
                        f,
                        f"child {who(f.child)} born ({f.born.value}) before their parent {who(p)} "
                        f"({own.born.value})",  # type: ignore[union-attr]
                        [own],
                    )
                )
                marks.update({(f.id, "born"), (own.id, "born")})
    return out


def _key_order(k: tuple) -> str:
    return json.dumps(k, default=str)


def _child_fits(unnamed: list[FactBase], named: list[FactBase], sex: str | None) -> bool:
    sexes = {f.sex for f in named if getattr(f, "sex", None)}  # type: ignore[attr-defined]
    if sex is not None and sexes and sex not in sexes:
        return False
    born_u = [w for f in unnamed if (w := getattr(f, "born", None)) is not None]
    born_n = [w for f in named if (w := getattr(f, "born", None)) is not None]
    return all(overlaps(a, b) for a in born_u for b in born_n)


def _name_unnamed_children(groups: dict[tuple, list[tuple[FactBase, Article]]]) -> None:
    """An unnamed child ("their 12-year-old son") is the named one ("son Tom, 12") when exactly one
    named child of the same parents fits: the same or an unknown sex, birth dates that can agree.
    Decided against the named children as the articles gave them, so the order never matters."""
    named = {k: [f for f, _ in g] for k, g in groups.items() if k[0] == "child" and k[1] is not None}
    by_parent: dict[str, set[tuple]] = defaultdict(set)
    for k, fs in named.items():
        for f in fs:
            for p in f.parents:  # type: ignore[attr-defined]
                by_parent[p].add(k)
    unnamed = sorted((k for k in groups if k[0] == "child" and k[1] is None), key=_key_order)
    chosen: dict[tuple, tuple] = {}
    for key in unnamed:
        parents, sex = key[2], key[3]
        cands = set.intersection(*(by_parent.get(p, set()) for p in parents)) if parents else set()
        mine = [f for f, _ in groups[key]]
        fits = [k for k in sorted(cands, key=_key_order) if _child_fits(mine, named[k], sex)]
        if len(fits) == 1:
            chosen[key] = fits[0]
    wanted: dict[tuple, int] = defaultdict(int)
    for target in chosen.values():
        wanted[target] += 1
    for key, target in chosen.items():
        if wanted[target] == 1:  # two unnamed children fitting one named child: neither is decided
            groups[target] += [(f.model_copy(update={"child": target[1]}), a) for f, a in groups.pop(key)]


def merge_facts(
    results: list[ArticleResult],
    mapping: dict[tuple[str, str], str],
    marks: Marks | None = None,
    people: list[Person] | None = None,
) -> tuple[list[FactBase], list[Conflict]]:
    """Group the reports of one fact across articles, merge them, then run the cross-checks.
    ``marks`` collects the (fact id, field) pairs that a conflict concerns."""
    marks = set() if marks is None else marks
    groups: dict[tuple, list[tuple[FactBase, Article]]] = defaultdict(list)
    for r in results:
        local = {k: mapping[(r.article.id, k)] for k in r.people if (r.article.id, k) in mapping}
        remapped = [g for f in r.facts if (g := _remap(f, local)) is not None]
        for g, n in zip(remapped, _unnamed_ordinals(remapped), strict=True):
            groups[fact_key(g, n)].append((g, r.article))
    _name_unnamed_children(groups)
    conflicts: list[Conflict] = []
    keys = sorted(groups, key=_key_order)
    facts = [_merge_group(k, groups[k], conflicts, marks) for k in keys]
    facts = _cross_checks(facts, conflicts, marks, {p.id: p.name for p in people or ()})
    facts.sort(key=lambda f: (f.type, f.id))  # type: ignore[attr-defined]
    kept = {f.id for f in facts}  # a fact the cross-checks dropped: none of its conflicts stay
    return facts, [c for c in conflicts if set(c.facts) <= kept]


# -- timeline -------------------------------------------------------------------------------------


def _names(ids: Iterable[str | None], people: dict[str, Person]) -> str:
    return " and ".join(people[i].name if i in people else str(i) for i in ids if i)


def timeline(
    facts: list[FactBase], people: dict[str, Person], marks: Marks | None = None
) -> list[TimelineEntry]:
    """Every event of every fact, dated ones sorted by their first possible day, undated ones last.
    An entry is marked ``conflict`` when a conflict concerns the fact fields it shows."""
    marks = marks or set()
    entries: list[TimelineEntry] = []

    def add(when: When | None, kind: str, summary: str, f: FactBase, who: list[str]) -> None:
        flagged = (f.id, None) in marks or any((f.id, x) in marks for x in ENTRY_FIELDS.get(kind, ()))
        entries.append(
            TimelineEntry(
                date=when,
                type=kind,
                summary=summary,
                people=who,
                facts=[f.id],
                sources=f.sources,
                conflict=flagged,
            )
        )

    for f in facts:
        if isinstance(f, Marriage):
            who = _names(f.people, people)
            add(f.start, "marriage_start", f"{who} marry", f, f.people)
            if f.end is not None:
                why = f" ({f.end_reason})" if f.end_reason else ""
                add(f.end, "marriage_end", f"marriage of {who} ends{why}", f, f.people)
        elif isinstance(f, Divorce):
            who = _names(f.people, people)
            if f.filed is not None or f.finalized is None:
                by = f" (filed by {people[f.filed_by].name})" if f.filed_by in people else ""
                add(f.filed, "divorce_filed", f"divorce of {who} filed{by}", f, f.people)
            if f.finalized is not None:
                where = f" in {f.place}" if f.place else ""
                add(f.finalized, "divorce_finalized", f"divorce of {who} finalized{where}", f, f.people)
        elif isinstance(f, Engagement):
            add(f.date, "engagement", f"{_names(f.people, people)} get engaged", f, f.people)
        elif isinstance(f, Separation):
            add(f.date, "separation", f"{_names(f.people, people)} separate", f, f.people)
        elif isinstance(f, Relationship):
            who = _names(f.people, people)
            add(f.start, "relationship_start", f"{who} together", f, f.people)
            if f.end is not None:
                add(f.end, "relationship_end", f"{who} split", f, f.people)
        elif isinstance(f, Child):
            child = people[f.child].name if f.child in people else "a child"
            add(f.born, "child_born", f"{child} born to {_names(f.parents, people)}", f, _participants(f))
        elif isinstance(f, Project) and f.date is not None:
            role = f", {f.role}" if f.role else ""
            add(f.date, "project", f"{_names([f.person], people)}: {f.title} ({f.kind}{role})", f, [f.person])
        elif isinstance(f, Residence) and f.date is not None:
            add(f.date, "residence", f"{_names(f.people, people)} living in {f.place}", f, f.people)
    entries.sort(
        key=lambda e: (
            e.date is None,
            (e.date.earliest or "9999") if e.date else "",
            (e.date.latest or "9999") if e.date else "",
            e.type,
            e.summary,
            e.facts,
        )
    )
    return entries


def dateline_conflicts(articles: list[Article]) -> list[Conflict]:
    out = []
    for a in articles:
        if a.header_date and a.published and a.header_date != a.published:
            out.append(
                Conflict(
                    kind="dateline",
                    articles=[a.id],
                    detail=f"{a.id}: the header says {a.header_date}, "
                    f"but the text dates itself around {a.published}",
                    resolution=f"relative dates resolved against {a.published} ({a.published_source})",
                )
            )
    return out


def _fingerprint(r: ArticleResult) -> str:
    people = {
        k: [p.name, sorted(p.aliases), p.gender, p.descriptors, p.mentions]
        for k, p in sorted(r.people.items())
    }
    facts = [f.model_dump_json() for f in r.facts]
    return json.dumps([r.article.model_dump_json(), people, facts], sort_keys=True, default=str)


def unique_results(results: Iterable[ArticleResult]) -> list[ArticleResult]:
    """One result per article id, sorted by id. Should two differ under one id, the choice is by
    content, so it never depends on input order."""
    uniq: dict[str, ArticleResult] = {}
    for r in results:
        old = uniq.get(r.article.id)
        if old is None or (old is not r and _fingerprint(r) < _fingerprint(old)):
            uniq[r.article.id] = r
    return [uniq[k] for k in sorted(uniq)]


def reconcile(results: Iterable[ArticleResult]) -> Result:
    """Per-article results (any order, repeats allowed) → one deterministic Result."""
    ordered = unique_results(results)
    people, mapping = merge_people(ordered)
    marks: Marks = set()
    facts, conflicts = merge_facts(ordered, mapping, marks, people)
    by_id = {p.id: p for p in people}
    articles = [r.article.model_copy(deep=True) for r in ordered]
    conflicts = dateline_conflicts(articles) + conflicts
    conflicts.sort(key=lambda c: (c.kind, c.facts, c.articles, c.detail))
    return Result(
        articles=articles,
        people=people,
        facts=facts,  # type: ignore[arg-type]
        timeline=timeline(facts, by_id, marks),
        conflicts=conflicts,
    )


__all__ = ["fact_id", "fact_key", "merge_facts", "merge_people", "overlaps", "reconcile", "slug", "timeline"]
