"""`make eval-facts`: P/R/F1 per fact type on labelled celebrity sets (default: the development set;
`--gold tests/data/celebrity_check.jsonl tests/data/celebrity_check_b.jsonl
tests/data/celebrity_check_c.jsonl` for the three untuned check sets, pooled), each F1 with a bootstrap
95% interval, and spouse (P26) / child (P40) relations on Re-DocRED. Usage: eval_facts.py [--json]
[--errors] [--gold FILE ...] [--no-redocred] [--no-ci] [--save FILE] [--compare FILE]"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsfacts.evaluate import (
    FACT_TYPES,
    PRF,
    Scores,
    attribute_table,
    fold,
    paired_delta,
    pooled,
    row_counts,
    score_article,
    table,
)
from newsfacts.load import Document, from_text
from newsfacts.pipeline import analyse_documents
from newsfacts.reconcile import reconcile

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "tests" / "data" / "celebrity_dev.jsonl"
BASELINE = ROOT / "tests" / "data" / "quality_baseline.json"


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_articles(
    gold_paths: Sequence[Path] = (GOLD,), corpus: Path = CORPUS / "celebrity", model: str | None = None
) -> list[Scores]:
    """One Scores per labelled article of the given sets, in file order."""
    gold = [g for path in gold_paths for g in load_gold(path)]
    docs: list[Document] = []
    for g in gold:
        text = (corpus / g["article"]).read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        docs.append(from_text(text, g["article"], g["article"]))
    results = analyse_documents(docs, model)
    return [score_article(g, reconcile([res]), g["article"]) for g, res in zip(gold, results, strict=True)]


def saved(articles: Sequence[Scores], names: Sequence[str]) -> dict[str, dict[str, list[int]]]:
    """Per-article counts, as `--save` writes them: {article: {type: [tp, fp, fn]}}."""
    return {
        n: {t: [v.tp, v.fp, v.fn] for t, v in sorted(a.by_type.items())}
        for n, a in zip(names, articles, strict=True)
    }


def from_saved(data: dict[str, dict[str, list[int]]], names: Sequence[str]) -> list[Scores]:
    out = []
    for n in names:
        one = Scores()
        one.by_type = {t: PRF(*c) for t, c in data[n].items()}
        out.append(one)
    return out


def comparison(before: Sequence[Scores], after: Sequence[Scores]) -> str:
    lines = [f"{'type':<14}{'before':>8}{'after':>8}{'change':>8}   95% interval of the change"]
    for t in ("people", *FACT_TYPES, "all facts"):
        d, lo, hi = paired_delta(before, after, t)
        base = row_counts(pooled(before), t).f1
        lines.append(f"{t:<14}{base:>8.3f}{base + d:>8.3f}{d:>+8.3f}   {lo:+.3f} to {hi:+.3f}")
    return "\n".join(lines)


def score_celebrity(
    gold_path: Path = GOLD, corpus: Path = CORPUS / "celebrity", model: str | None = None
) -> Scores:
    return pooled(score_articles((gold_path,), corpus, model))


def detokenized(sents: list[list[str]]) -> str:
    """Re-DocRED's tokens as running text: joined by spaces, except that a "-" token joins the words on
    either side ("Zeta - Jones" is "Zeta-Jones"; the dataset keeps dashes as "–"), as an article writes
    them — the pipeline reads a hyphen between spaces as a dash."""
    return " ".join(" ".join(s) for s in sents).replace(" - ", "-")


def score_redocred(
    path: Path = CORPUS / "re-docred" / "dev_revised.json", model: str | None = None
) -> dict[str, PRF]:
    """Spouse pairs (P26, unordered) and parent→child pairs (P40) from whole documents."""
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = [from_text(detokenized(d["sents"]), f"doc{i}", d["title"]) for i, d in enumerate(data)]
    out = {"spouse (P26)": PRF(), "child (P40)": PRF()}
    for d, res in zip(data, analyse_documents(docs, model), strict=True):
        result = reconcile([res])
        forms = {p.id: {fold(p.name), *(fold(a) for a in p.aliases)} for p in result.people}
        ents = [{fold(m["name"]) for m in v} for v in d["vertexSet"]]

        def ent_of(pid: str, ents: list[set[str]] = ents, forms: dict = forms) -> set[int]:
            return {i for i, e in enumerate(ents) if forms.get(pid, set()) & e}

        gold_sp = {frozenset((lab["h"], lab["t"])) for lab in d["labels"] if lab["r"] == "P26"}
        gold_ch = {(lab["h"], lab["t"]) for lab in d["labels"] if lab["r"] == "P40"}
        sys_sp: set[frozenset[int]] = set()
        sys_ch: set[tuple[int, int]] = set()
        for f in result.facts:
            if f.type == "marriage":
                a, b = f.people
                cands = {frozenset((x, y)) for x in ent_of(a) for y in ent_of(b) if x != y}
                hit = cands & gold_sp
                sys_sp |= hit if hit else ({min(cands, key=sorted)} if cands else {frozenset((a, b))})
            elif f.type == "child" and f.child:
                for parent in f.parents:
                    cands = {(x, y) for x in ent_of(parent) for y in ent_of(f.child) if x != y}
                    hit = cands & gold_ch
                    sys_ch |= hit if hit else ({min(cands)} if cands else {(parent, f.child)})  # type: ignore[arg-type]
        for name, g, s in (("spouse (P26)", gold_sp, sys_sp), ("child (P40)", gold_ch, sys_ch)):
            out[name].add(PRF(len(g & s), len(s - g), len(g - s)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--gold", type=Path, nargs="+", default=[GOLD], help="one or more labelled sets, pooled")
    ap.add_argument("--no-ci", action="store_true", help="leave out the bootstrap 95%% intervals (about 2 s)")
    ap.add_argument("--no-redocred", action="store_true")
    ap.add_argument("--model")
    ap.add_argument("--save", type=Path, help="write the per-article counts to this JSON file")
    ap.add_argument(
        "--compare",
        type=Path,
        help="a --save file of the same sets from other code: print each F1's change with a paired "
        "bootstrap 95%% interval",
    )
    ap.add_argument(
        "--write-baseline",
        action="store_true",
        help=f"pin these figures as the quality floor ({BASELINE.name})",
    )
    a = ap.parse_args()
    if not (CORPUS / "celebrity").is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if a.write_baseline and [g.resolve() for g in a.gold] != [GOLD]:
        print("--write-baseline pins the development set only; drop --gold", file=sys.stderr)
        return 2
    names = [g["article"] for path in a.gold for g in load_gold(path)]
    if len(set(names)) != len(names):
        print("an article is in more than one of the --gold sets", file=sys.stderr)
        return 2
    articles = score_articles(a.gold, model=a.model)
    scores = pooled(articles)
    if a.save:
        text = json.dumps(saved(articles, names), indent=1, sort_keys=True) + "\n"
        a.save.write_text(text, encoding="utf-8")
    if a.compare:
        before = json.loads(a.compare.read_text(encoding="utf-8"))
        if sorted(before) != sorted(names):
            print(f"{a.compare} holds other articles than --gold", file=sys.stderr)
            return 2
        print(comparison(from_saved(before, names), articles))
        return 0
    red = {} if a.no_redocred else score_redocred(model=a.model)
    if a.write_baseline:
        floor = {
            k: {"p": round(v.p, 3), "r": round(v.r, 3), "f1": round(v.f1, 3)}
            for k, v in scores.by_type.items()
        }
        attributes = {k: round(v.accuracy, 3) for k, v in scores.attributes.items()}
        BASELINE.write_text(
            json.dumps(
                {"celebrity_dev": floor, "celebrity_dev_attributes": attributes}, indent=2, sort_keys=True
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {BASELINE}", file=sys.stderr)
    if a.json:
        print(
            json.dumps(
                {
                    "sets": [g.name for g in a.gold],
                    "celebrity": {k: v.as_dict() for k, v in scores.by_type.items()},
                    "attributes": {k: v.as_dict() for k, v in sorted(scores.attributes.items())},
                    "redocred": {k: v.as_dict() for k, v in red.items()},
                },
                indent=2,
            )
        )
        return 0
    print(f"Celebrity set {' + '.join(g.name for g in a.gold)} ({len(articles)} articles):")
    print(table(scores, articles=() if a.no_ci else articles))
    print("\nAttributes of the matched facts (accuracy where the gold gives a value):")
    print(attribute_table(scores))
    if red:
        print("\nRe-DocRED dev_revised (500 docs):")
        for k, v in red.items():
            print(f"{k:<14}{v.p:>7.3f}{v.r:>7.3f}{v.f1:>7.3f}{v.tp:>6}{v.fp:>6}{v.fn:>6}")
    if a.errors:
        print("\n".join(sorted(scores.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
