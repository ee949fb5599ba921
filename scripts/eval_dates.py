#!/usr/bin/env python
"""Score the temporal tagger on TimeML corpora (TempEval-3 style).

For every ``*.tml`` file: the DCT is the anchor, the text is the content of <TEXT> with all tags
stripped, the gold timexes are its <TIMEX3> elements. A system timex and a gold timex match when
their spans overlap (relaxed match, one-to-one, largest overlap first); value P/R/F1 counts the
matched pairs whose values are identical (TIMEX3 value strings compared exactly).

    python scripts/eval_dates.py                    # table per folder and overall
    python scripts/eval_dates.py --json             # machine-readable
    python scripts/eval_dates.py --baseline dateparser
    python scripts/eval_dates.py --split heldout    # every 4th document only (index % 4 == 3)
    python scripts/eval_dates.py --errors 50        # print mismatches (development aid)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "timebank"
sys.path.insert(0, str(REPO_ROOT / "src"))


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    value: str
    type: str = ""
    text: str = ""


@dataclass(slots=True)
class Doc:
    name: str
    folder: str
    dct: date
    text: str
    gold: list[Span]


@dataclass(slots=True)
class Counts:
    sys: int = 0
    gold: int = 0
    span_tp: int = 0
    value_tp: int = 0
    type_tp: int = 0
    docs: int = 0

    def add(self, other: Counts) -> None:
        self.sys += other.sys
        self.gold += other.gold
        self.span_tp += other.span_tp
        self.value_tp += other.value_tp
        self.type_tp += other.type_tp
        self.docs += other.docs

    def prf(self, tp: int) -> tuple[float, float, float]:
        p = tp / self.sys if self.sys else 0.0
        r = tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict[str, object]:
        sp, sr, sf = self.prf(self.span_tp)
        vp, vr, vf = self.prf(self.value_tp)
        tp_, tr, tf = self.prf(self.type_tp)
        return {
            "docs": self.docs,
            "gold": self.gold,
            "system": self.sys,
            "span": {"p": round(sp, 4), "r": round(sr, 4), "f1": round(sf, 4)},
            "value": {"p": round(vp, 4), "r": round(vr, 4), "f1": round(vf, 4)},
            "type": {"p": round(tp_, 4), "r": round(tr, 4), "f1": round(tf, 4)},
        }


def parse_tml(path: Path) -> Doc:
    """DCT, plain text of <TEXT> (all tags stripped) and gold TIMEX3 spans with offsets in it."""
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    if dct_el is None or not dct_el.get("value"):
        raise ValueError(f"{path}: no DCT")
    dct = date.fromisoformat(str(dct_el.get("value"))[:10])
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no TEXT")
    parts: list[str] = []
    gold: list[Span] = []
    pos = 0

    def walk(el: ET.Element, top: bool) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child, False)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if not top and el.tag == "TIMEX3":
            gold.append(Span(start, pos, el.get("value") or "", el.get("type") or ""))

    walk(text_el, True)
    text = "".join(parts)
    gold = [Span(g.start, g.end, g.value, g.type, text[g.start : g.end]) for g in gold]
    return Doc(path.stem, path.parent.name, dct, text, gold)


def load_corpus(corpus: Path) -> list[Doc]:
    files = sorted(corpus.glob("*/*.tml"))
    return [parse_tml(p) for p in files]


def split_docs(docs: list[Doc], split: str) -> list[Doc]:
    """'all', 'dev' (3 of every 4 documents) or 'heldout' (every 4th document, index % 4 == 3)."""
    if split == "all":
        return docs
    keep = 3 if split == "heldout" else None
    return [d for i, d in enumerate(docs) if (i % 4 == 3) == (keep is not None)]


def match(system: list[Span], gold: list[Span]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: overlapping pairs, largest overlap first."""
    pairs = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            ov = min(s.end, g.end) - max(s.start, g.start)
            if ov > 0:
                pairs.append((-ov, i, j))
    pairs.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


@dataclass
class Report:
    per_folder: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    errors: list[dict[str, object]] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "folders": {k: v.as_dict() for k, v in sorted(self.per_folder.items())},
            "overall": self.overall.as_dict(),
            "seconds": round(self.seconds, 2),
        }


Tagger = Callable[[str, date], list[Span]]


def engine_tagger(text: str, anchor: date) -> list[Span]:
    from newsfacts.temporal import find_timexes

    return [Span(t.start, t.end, t.value, t.type, t.text) for t in find_timexes(text, anchor=anchor)]


def dateparser_tagger(text: str, anchor: date) -> list[Span]:
    """Naive baseline: dateparser.search_dates, each found string located in the text in order."""
    from datetime import datetime

    from dateparser.search import search_dates

    found = search_dates(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)},
    )
    out: list[Span] = []
    pos = 0
    for s, dt in found or []:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
            if i < 0:
                continue
        else:
            pos = i + len(s)
        out.append(Span(i, i + len(s), dt.date().isoformat(), "DATE", s))
    return out


def score(
    corpus: Path | str = DEFAULT_CORPUS,
    tagger: Tagger | str = "engine",
    split: str = "all",
    docs: Iterable[Doc] | None = None,
    keep_errors: bool = False,
) -> Report:
    """Score ``tagger`` ('engine', 'dateparser' or a callable(text, anchor) -> spans) on the corpus."""
    if isinstance(tagger, str):
        tagger = {"engine": engine_tagger, "dateparser": dateparser_tagger}[tagger]
    doc_list = list(docs) if docs is not None else split_docs(load_corpus(Path(corpus)), split)
    report = Report()
    t0 = time.perf_counter()
    for d in doc_list:
        system = tagger(d.text, d.dct)
        pairs = match(system, d.gold)
        c = Counts(sys=len(system), gold=len(d.gold), span_tp=len(pairs), docs=1)
        matched_s = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            s, g = system[i], d.gold[j]
            if s.value == g.value:
                c.value_tp += 1
            elif keep_errors:
                report.errors.append(_err("value", d, s, g))
            if s.type == g.type:
                c.type_tp += 1
        if keep_errors:
            report.errors.extend(
                _err("fp", d, system[i], None) for i in range(len(system)) if i not in matched_s
            )
            report.errors.extend(
                _err("fn", d, None, d.gold[j]) for j in range(len(d.gold)) if j not in matched_g
            )
        report.per_folder.setdefault(d.folder, Counts()).add(c)
        report.overall.add(c)
    report.seconds = time.perf_counter() - t0
    return report


def _err(kind: str, d: Doc, s: Span | None, g: Span | None) -> dict[str, object]:
    at = (s or g).start  # type: ignore[union-attr]
    end = (s or g).end  # type: ignore[union-attr]
    ctx = d.text[max(0, at - 70) : end + 50].replace("\n", " ")
    return {
        "kind": kind,
        "doc": d.name,
        "dct": d.dct.isoformat(),
        "sys": None if s is None else f"{s.text!r} {s.type} {s.value}",
        "gold": None if g is None else f"{g.text!r} {g.type} {g.value}",
        "context": ctx,
    }


def _table(title: str, report: Report) -> str:
    head = f"{'':<10}{'docs':>5}{'gold':>6}{'sys':>6}   {'span P':>6} {'R':>6} {'F1':>6}"
    lines = [title, head + f"   {'value P':>7} {'R':>6} {'F1':>6}"]
    rows = [*sorted(report.per_folder.items()), ("overall", report.overall)]
    for name, c in rows:
        sp, sr, sf = c.prf(c.span_tp)
        vp, vr, vf = c.prf(c.value_tp)
        counts = f"{name:<10}{c.docs:>5}{c.gold:>6}{c.sys:>6}"
        lines.append(f"{counts}   {sp:>6.3f} {sr:>6.3f} {sf:>6.3f}   {vp:>7.3f} {vr:>6.3f} {vf:>6.3f}")
    lines.append(f"({report.seconds:.2f} s)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--baseline", choices=["dateparser"], help="also score a baseline")
    ap.add_argument("--split", choices=["all", "dev", "heldout"], default="all")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print up to N errors of the engine")
    ap.add_argument("--kind", choices=["value", "fp", "fn"], help="only this kind of error")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    docs = split_docs(load_corpus(args.corpus), args.split)
    results: dict[str, Report] = {"engine": score(docs=docs, tagger="engine", keep_errors=bool(args.errors))}
    if args.baseline:
        results[args.baseline] = score(docs=docs, tagger=args.baseline)
    if args.json:
        print(json.dumps({k: v.as_dict() for k, v in results.items()} | {"split": args.split}, indent=2))
    else:
        for name, rep in results.items():
            print(_table(f"[{name}] split={args.split}", rep))
            print()
    if args.errors:
        errs = [e for e in results["engine"].errors if not args.kind or e["kind"] == args.kind]
        for e in errs[: args.errors]:
            print(f"{e['kind']:5} {e['doc']} dct={e['dct']} sys={e['sys']} gold={e['gold']}")
            print(f"      | {e['context']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
