"""Scoring extraction against gold labels (the annotation guideline's JSON), pure functions.

Matching rules (documented in the README):
- a gold name matches a system person when it equals (case/accents/punctuation folded) the
  person's fullest name or one of its aliases;
- people: one-to-one matching of gold names to system people;
- couple facts (marriage, divorce, engagement, relationship): same type and both people match;
- child: same child (when the gold child is named) and at least one matching parent; an unnamed
  gold child needs an unnamed system child with the same parents;
- project: same person and the same title (folded; one title containing the other as whole words counts).
Each system fact matches at most one gold fact.

Attributes of the matched facts (dates, kind, role, sex, age, filed_by) are scored apart, per field:
a gold value the system gives exactly is right, a different one wrong, none missing; a system value
where the gold has none is counted as extra (it may be right: the gold leaves relative dates null).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newsfacts.schema import Result

FACT_TYPES = ("marriage", "divorce", "engagement", "relationship", "child", "project")


def fold(s: str) -> str:
    """Case, accents and punctuation folded; an apostrophe, straight or curly, is dropped (not made a
    space), so "America's" and "America’s" fold alike."""
    s = re.sub(r"['’‘`´]", "", s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def fold_title(s: str) -> str:
    return re.sub(r"^(the|a|an) ", "", fold(s))


def same_title(gold: str, system: str) -> bool:
    """Folded titles match when equal or when one holds the other as whole words ("Voice" in "The Voice
    Kids"); a lone letter inside a longer title's words ("e" in "merry") is no match."""
    a, b = fold_title(gold), fold_title(system)
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "p": round(self.p, 3),
            "r": round(self.r, 3),
            "f1": round(self.f1, 3),
        }


@dataclass
class Agreement:
    """One attribute over matched facts: right / wrong / missing where the gold has a value,
    extra where it has none."""

    right: int = 0
    wrong: int = 0
    missing: int = 0
    extra: int = 0

    @property
    def accuracy(self) -> float:
        n = self.right + self.wrong + self.missing
        return self.right / n if n else 0.0

    def add(self, other: Agreement) -> None:
        self.right += other.right
        self.wrong += other.wrong
        self.missing += other.missing
        self.extra += other.extra

    def as_dict(self) -> dict[str, float | int]:
        return {
            "right": self.right,
            "wrong": self.wrong,
            "missing": self.missing,
            "extra": self.extra,
            "accuracy": round(self.accuracy, 3),
        }


# the attributes scored per fact type (gold field names; the system's have the same names)
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "marriage": ("start", "end"),
    "divorce": ("filed", "finalized", "filed_by"),
    "engagement": ("date",),
    "relationship": ("start", "end"),
    "child": ("sex", "age", "born"),
    "project": ("kind", "role"),
}


@dataclass
class Scores:
    by_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in ("people", *FACT_TYPES)})
    attributes: dict[str, Agreement] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for k, v in other.by_type.items():
            self.by_type.setdefault(k, PRF()).add(v)
        for k, a in other.attributes.items():
            self.attributes.setdefault(k, Agreement()).add(a)
        self.errors.extend(other.errors)


def all_facts(scores: Scores) -> PRF:
    """The fact types pooled (people are not facts)."""
    return _pooled(scores.by_type.get(t, PRF()) for t in FACT_TYPES)


def row_counts(scores: Scores, row: str) -> PRF:
    return all_facts(scores) if row == "all facts" else scores.by_type.get(row, PRF())


def bootstrap_f1(
    articles: Sequence[Scores], row: str, rounds: int = 1000, seed: int = 0
) -> tuple[float, float]:
    """A 95% interval for the pooled F1 of `row` ("people", a fact type or "all facts"): the articles are
    drawn with replacement `rounds` times and the F1 recomputed on each draw (percentile bootstrap over
    articles, the unit a labelled set samples). Seeded, so the same scores give the same interval."""
    counts = [row_counts(a, row) for a in articles]
    if not counts:
        return (0.0, 0.0)
    rng = random.Random(seed)
    f1s = [_pooled(counts[rng.randrange(len(counts))] for _ in counts).f1 for _ in range(rounds)]
    return _middle_95(f1s)


def paired_delta(
    before: Sequence[Scores], after: Sequence[Scores], row: str, rounds: int = 1000, seed: int = 0
) -> tuple[float, float, float]:
    """How `row`'s pooled F1 moved from `before` to `after` (the same articles, in the same order, scored
    under two versions of the code), with a paired bootstrap 95% interval: each draw takes the same
    articles from both runs, so what the articles have in common cancels out. An interval that holds 0
    says the set cannot tell the two versions apart."""
    if len(before) != len(after):
        raise ValueError("the two runs must score the same articles")
    old = [row_counts(a, row) for a in before]
    new = [row_counts(a, row) for a in after]
    point = _pooled(new).f1 - _pooled(old).f1
    if not old:
        return (point, point, point)
    rng = random.Random(seed)
    deltas = []
    for _ in range(rounds):
        idx = [rng.randrange(len(old)) for _ in old]
        deltas.append(_pooled(new[i] for i in idx).f1 - _pooled(old[i] for i in idx).f1)
    return (point, *_middle_95(deltas))


def _middle_95(values: list[float]) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of the bootstrap draws."""
    values = sorted(values)
    return values[int(0.025 * len(values))], values[min(len(values) - 1, int(0.975 * len(values)))]


def pooled(articles: Iterable[Scores]) -> Scores:
    """Per-article scores summed into one."""
    total = Scores()
    for one in articles:
        total.add(one)
    return total


def _pooled(counts: Iterable[PRF]) -> PRF:
    total = PRF()
    for c in counts:
        total.add(c)
    return total


def _greedy(
    gold: list, system: list, match: Callable[[object, object], bool]
) -> tuple[list[tuple[object, object]], list, list]:
    """One-to-one matching in gold order: the matched (gold, system) pairs, the missed gold and the
    spurious system items."""
    used: set[int] = set()
    pairs = []
    missed = []
    for g in gold:
        hit = next((i for i, s in enumerate(system) if i not in used and match(g, s)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            pairs.append((g, system[hit]))
    spurious = [s for i, s in enumerate(system) if i not in used]
    return pairs, missed, spurious


def _attribute_value(value: object) -> object:
    """A system date is compared by its TIMEX3 value; names and other fields as they are."""
    return value.get("value") if isinstance(value, dict) else value


def agreement(
    gold: dict, system: dict, name: str, same: Callable[[str | None, str | None], bool]
) -> Agreement:
    """How one attribute of a matched fact compares with the gold (``filed_by`` compares people)."""
    g, s = gold.get(name), _attribute_value(system.get(name))
    if g is None:
        return Agreement(extra=int(s is not None))
    if s is None:
        return Agreement(missing=1)
    ok = same(g, s) if name == "filed_by" else str(g).lower() == str(s).lower()
    return Agreement(right=int(ok), wrong=int(not ok))


def score_article(gold: dict, result: Result, label: str = "") -> Scores:
    out = Scores()
    forms = {p.id: {fold(p.name), *(fold(a) for a in p.aliases)} for p in result.people}

    def same(gname: str | None, pid: str | None) -> bool:
        if gname is None or pid is None:
            return gname is None and pid is None
        return fold(gname) in forms.get(pid, set())

    pairs, missed, spurious = _greedy(list(gold.get("people", [])), [p.id for p in result.people], same)
    out.by_type["people"] = PRF(len(pairs), len(spurious), len(missed))
    out.errors += [f"{label} people FN {m}" for m in missed] + [f"{label} people FP {s}" for s in spurious]
    facts = [f.model_dump(mode="json") for f in result.facts]
    for t in FACT_TYPES:
        g = [f for f in gold.get("facts", []) if f["type"] == t]
        s = [f for f in facts if f["type"] == t]
        pairs, missed, spurious = _greedy(g, s, _matcher(t, same))
        out.by_type[t] = PRF(len(pairs), len(spurious), len(missed))
        for name in ATTRIBUTES[t]:
            agreed = out.attributes.setdefault(f"{t}.{name}", Agreement())
            for gf, sf in pairs:
                one = agreement(gf, sf, name, same)  # type: ignore[arg-type]
                agreed.add(one)
                if one.wrong or one.missing:
                    got = _attribute_value(sf.get(name))  # type: ignore[attr-defined]
                    out.errors.append(f"{label} {t}.{name} {gf[name]!r} got {got!r} {_show(gf)}")  # type: ignore[index]
        out.errors += [f"{label} {t} FN {_show(m)}" for m in missed]
        out.errors += [f"{label} {t} FP {_show(x)}" for x in spurious]
    return out


def _show(f: dict) -> str:
    keys = ("people", "parents", "child", "person", "title")
    return "{" + ", ".join(f"{k}={f[k]}" for k in keys if k in f) + "}"


def _matcher(t: str, same: Callable[[str | None, str | None], bool]) -> Callable[[dict, dict], bool]:
    def pair(g: dict, s: dict) -> bool:
        a, b = g["people"]
        x, y = s["people"]
        return (same(a, x) and same(b, y)) or (same(a, y) and same(b, x))

    def child(g: dict, s: dict) -> bool:
        if g.get("child") is not None:
            if not same(g["child"], s.get("child")):
                return False
            return not g.get("parents") or any(same(gp, sp) for gp in g["parents"] for sp in s["parents"])
        if s.get("child") is not None:
            return False
        return all(any(same(gp, sp) for sp in s["parents"]) for gp in g["parents"])

    def project(g: dict, s: dict) -> bool:
        if not same(g["person"], s["person"]):
            return False
        return same_title(g["title"], s["title"])

    return {"child": child, "project": project}.get(t, pair)


def table(
    scores: Scores,
    rows: Iterable[str] = ("people", *FACT_TYPES),
    articles: Sequence[Scores] = (),
) -> str:
    """P/R/F1 and counts per row, then all facts pooled. Given the per-article scores, a last column
    holds the bootstrap 95% interval of each F1 (`bootstrap_f1`)."""
    head = f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"
    lines = [head + ("   95% interval" if articles else "")]
    for t in [*rows, "all facts"]:
        v = row_counts(scores, t)
        line = f"{t:<14}{v.p:>7.3f}{v.r:>7.3f}{v.f1:>7.3f}{v.tp:>6}{v.fp:>6}{v.fn:>6}"
        if articles:
            lo, hi = bootstrap_f1(articles, t)
            line += f"   {lo:.3f}-{hi:.3f}"
        lines.append(line)
    return "\n".join(lines)


def attribute_table(scores: Scores) -> str:
    """Attributes of the matched facts: accuracy where the gold gives a value, and the counts."""
    lines = [f"{'attribute':<22}{'acc':>7}{'right':>7}{'wrong':>7}{'miss':>7}{'extra':>7}"]
    for key in (f"{t}.{n}" for t in FACT_TYPES for n in ATTRIBUTES[t]):
        a = scores.attributes.get(key, Agreement())
        lines.append(f"{key:<22}{a.accuracy:>7.3f}{a.right:>7}{a.wrong:>7}{a.missing:>7}{a.extra:>7}")
    return "\n".join(lines)
