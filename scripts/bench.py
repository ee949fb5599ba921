"""`make bench`: how fast is newsfacts on a real corpus, next to bare spaCy on the same texts?

Each stage runs in a fresh process (clean timings and peak memory), over ../shared/corpus/celebrity:
  bare             spacy.load(MODEL) as shipped, ``nlp.pipe`` with spaCy's default batch size, over the
                   very texts newsfacts parses
  bare_same_batch  the same with newsfacts' mini-batch size (separates that choice from the rest)
  newsfacts        the whole pipeline, --jobs 1: read → anchor → nlp.pipe → people → extractors →
                   reconcile → JSON (model load timed apart, as for bare spaCy)
  stock            (--explain) the same with spaCy's own attribute ruler and lemmatizer
  jobs2            the whole pipeline with --jobs 2, end to end (the workers load the model themselves)
  dates            the date stage alone: ``newsfacts.temporal.find_timexes`` over every article body

It prints articles/s, words/s, peak memory, the ratio newsfacts/bare (target ≥ 0.8: everything newsfacts
adds costs at most a quarter of spaCy's own time) and the --jobs 2 speed-up (and checks that --jobs 2
gives the same bytes). No cache is used and nothing is written anywhere. Timings depend on the machine
and on whatever else runs on it: ``--repeat N`` interleaves N rounds and keeps each stage's fastest.

Usage: bench.py [--corpus DIR] [--model NAME] [--repeat N] [--explain] [--no-jobs] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "celebrity"


def _peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    kb = resource.getrusage(who).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _rss_now_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024
    except OSError:  # not Linux
        return _peak_rss_mb()


def _documents(corpus: Path) -> list:
    from newsfacts.load import Document, load_articles

    return [d for d in load_articles([str(corpus)]) if isinstance(d, Document)]


def _texts(docs: list) -> list[str]:
    from newsfacts.pipeline import chunks

    return [piece for d in docs for _, piece in chunks(d.text, d.body_start)]


def _words(docs: list) -> int:
    return sum(len(d.body.split()) for d in docs)


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


# -- stages (each runs in its own process and prints one JSON line) --------------------------------


def stage_bare(corpus: Path, model: str | None, batch_size: int | None = None) -> dict:
    import spacy

    from newsfacts.nlp import model_name

    docs = _documents(corpus)
    texts = _texts(docs)
    t = _clock()
    nlp = spacy.load(model_name(model))
    load_wall, _ = _since(t)
    for _ in nlp.pipe(texts[:5]):  # warm-up
        pass
    t = _clock()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    wall, cpu = _since(t)
    return {
        "articles": len(docs),
        "words": _words(docs),
        "wall": wall,
        "cpu": cpu,
        "load": load_wall,
        "peak_mb": _peak_rss_mb(),
        "components": nlp.pipe_names,
        "batch_size": batch_size or nlp.batch_size,
    }


def stage_bare_same_batch(corpus: Path, model: str | None) -> dict:
    """Bare spaCy with the mini-batch size newsfacts uses (separates that choice from the rest)."""
    from newsfacts.pipeline import PIPE_BATCH

    return stage_bare(corpus, model, PIPE_BATCH)


def stage_newsfacts(corpus: Path, model: str | None) -> dict:
    from newsfacts.export import to_json
    from newsfacts.nlp import load_nlp
    from newsfacts.pipeline import run
    from newsfacts.reconcile import reconcile

    docs = _documents(corpus)
    texts = _texts(docs)
    t = _clock()
    nlp = load_nlp(model)
    load_wall, _ = _since(t)
    for _ in nlp.pipe(texts[:5]):  # warm-up, as for bare spaCy
        pass
    del docs, texts
    rss: dict[str, float] = {}

    def sample(done: int, total: int, articles: int) -> None:
        for q in (25, 50, 75, 100):
            if f"{q}%" not in rss and total and done * 100 >= q * total:
                rss[f"{q}%"] = _rss_now_mb()

    t = _clock()
    results, problems = run([str(corpus)], model=model, progress=sample)
    result = reconcile(results)
    to_json(result)
    wall, cpu = _since(t)
    return {
        "articles": len(results),
        "problems": len(problems),
        "facts": len(result.facts),
        "wall": wall,
        "cpu": cpu,
        "load": load_wall,
        "peak_mb": _peak_rss_mb(),
        "rss_during": rss,
        "components": nlp.pipe_names,
    }


def stage_jobs2(corpus: Path, model: str | None) -> dict:
    from newsfacts.export import to_json
    from newsfacts.pipeline import run
    from newsfacts.reconcile import reconcile

    t = _clock()
    results, _ = run([str(corpus)], model=model, jobs=2)
    out = to_json(reconcile(results))
    wall, cpu = _since(t)
    return {
        "articles": len(results),
        "wall": wall,
        "cpu": cpu,
        "peak_mb": _peak_rss_mb(),
        "worker_peak_mb": _peak_rss_mb(children=True),
        "sha": __import__("hashlib").sha256(out.encode()).hexdigest(),
    }


def stage_jobs1_sha(corpus: Path, model: str | None) -> dict:
    """The --jobs 1 output hash, to check --jobs 2 gives the same bytes."""
    import hashlib

    from newsfacts.export import to_json
    from newsfacts.pipeline import run
    from newsfacts.reconcile import reconcile

    results, _ = run([str(corpus)], model=model)
    return {"sha": hashlib.sha256(to_json(reconcile(results)).encode()).hexdigest()}


def stage_dates(corpus: Path, model: str | None) -> dict:
    from datetime import date

    from newsfacts.pipeline import decide_anchor
    from newsfacts.temporal import find_timexes

    docs = _documents(corpus)
    anchors = []
    for d in docs:
        art = decide_anchor(d)
        anchors.append(date.fromisoformat(art.published) if art.published else None)
    find_timexes(docs[0].body, anchors[0])  # warm-up
    found = 0
    t = _clock()
    for d, anchor in zip(docs, anchors, strict=True):
        found += len(find_timexes(d.body, anchor))
    wall, cpu = _since(t)
    return {"articles": len(docs), "words": _words(docs), "timexes": found, "wall": wall, "cpu": cpu}


STAGES = {
    "bare": stage_bare,
    "bare_same_batch": stage_bare_same_batch,
    "stock": stage_newsfacts,  # run with NEWSFACTS_STOCK_SPACY=1: spaCy's own ruler and lemmatizer
    "newsfacts": stage_newsfacts,
    "jobs2": stage_jobs2,
    "jobs1_sha": stage_jobs1_sha,
    "dates": stage_dates,
}


def _best(name: str, corpus: Path, model: str | None, repeat: int) -> dict:
    """The fastest of ``repeat`` runs of a stage (other load on the machine only ever slows a run)."""
    runs = [_run_stage(name, corpus, model) for _ in range(max(1, repeat))]
    return min(runs, key=lambda r: r.get("wall", 0.0))


def _run_stage(name: str, corpus: Path, model: str | None) -> dict:
    cmd = [sys.executable, __file__, "--stage", name, "--corpus", str(corpus)]
    if model:
        cmd += ["--model", model]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # write nothing into the repository
    env.pop("NEWSFACTS_STOCK_SPACY", None)
    if name == "stock":
        env["NEWSFACTS_STOCK_SPACY"] = "1"
    print(f"  running {name} …", file=sys.stderr, flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"bench stage {name!r} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _rate(n: float, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--model")
    ap.add_argument("--no-jobs", action="store_true", help="skip the --jobs 2 run")
    ap.add_argument(
        "--explain", action="store_true", help="also run newsfacts with spaCy's own ruler and lemmatizer"
    )
    ap.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    ap.add_argument(
        "--repeat", type=int, default=1, help="run each timed stage N times, keep the fastest (steadier)"
    )
    ap.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.stage:
        print(json.dumps(STAGES[a.stage](a.corpus, a.model)))
        return 0
    if not a.corpus.is_dir():
        print(f"corpus not found at {a.corpus}", file=sys.stderr)
        return 2

    from newsfacts.nlp import model_fingerprint

    print(
        f"newsfacts bench on {a.corpus} ({model_fingerprint(a.model)}, {os.cpu_count()} CPUs)",
        file=sys.stderr,
    )
    fig: dict[str, dict] = {}
    stages = ["bare", "bare_same_batch", "newsfacts"] + (["stock"] if a.explain else [])
    for _ in range(max(1, a.repeat)):  # interleaved, so a busy spell hits every stage alike
        for name in stages:
            run = _run_stage(name, a.corpus, a.model)
            if name not in fig or run["wall"] < fig[name]["wall"]:
                fig[name] = run
    fig["dates"] = _best("dates", a.corpus, a.model, a.repeat)
    if not a.no_jobs:
        fig["jobs2"] = _best("jobs2", a.corpus, a.model, a.repeat)
        fig["jobs1_sha"] = _run_stage("jobs1_sha", a.corpus, a.model)
    if a.json:
        print(json.dumps(fig, indent=2))
        return 0

    bare, nf, dates = fig["bare"], fig["newsfacts"], fig["dates"]
    n, words = bare["articles"], bare["words"]
    print(f"\n{n} articles, {words:,} words; bare spaCy runs {bare['components']}")
    print(f"newsfacts runs {nf['components']}; {nf['facts']} facts; model load {nf['load']:.1f} s\n")
    head = f"{'stage':<34}{'wall s':>8}{'CPU s':>8}{'articles/s':>12}{'words/s':>10}{'peak MB':>9}"
    print(head)
    print("-" * len(head))

    def row(label: str, d: dict, peak: float | None) -> None:
        peak_s = f"{peak:>9.0f}" if peak is not None else f"{'':>9}"
        print(
            f"{label:<34}{d['wall']:>8.1f}{d['cpu']:>8.1f}{_rate(n, d['wall']):>12.1f}"
            f"{_rate(words, d['wall']):>10,.0f}{peak_s}"
        )

    same = fig["bare_same_batch"]
    row(f"bare spaCy nlp.pipe (batch {bare['batch_size']})", bare, bare["peak_mb"])
    row(f"bare spaCy nlp.pipe (batch {same['batch_size']})", same, same["peak_mb"])
    row("newsfacts extract --jobs 1", nf, nf["peak_mb"])
    if "stock" in fig:
        row("  … with spaCy's ruler+lemmatizer", fig["stock"], fig["stock"]["peak_mb"])
    if "jobs2" in fig:
        j2 = fig["jobs2"]
        row("newsfacts extract --jobs 2 (+load)", j2, j2["worker_peak_mb"])
    row("date stage alone (find_timexes)", dates, None)
    print()
    for label, base in ((f"batch {bare['batch_size']}", bare), (f"batch {same['batch_size']}", same)):
        ratio_wall, ratio_cpu = base["wall"] / nf["wall"], base["cpu"] / nf["cpu"]
        verdict = "ok" if min(ratio_wall, ratio_cpu) >= 0.8 else "BELOW TARGET"
        print(
            f"ratio newsfacts/bare spaCy ({label}), articles/s: {ratio_wall:.2f} wall, {ratio_cpu:.2f} CPU"
            f"  (target ≥ 0.80: {verdict})"
        )
    if "jobs2" in fig:
        j2 = fig["jobs2"]
        speedup = (nf["wall"] + nf["load"]) / j2["wall"]
        same = "identical" if j2["sha"] == fig["jobs1_sha"]["sha"] else "DIFFERENT"
        print(
            f"--jobs 2 speed-up (end to end, model loads included): {speedup:.2f}×; output {same} to --jobs 1"
        )
    rss = "  ".join(f"{k} {v:.0f} MB" for k, v in nf["rss_during"].items())
    print(f"memory during the --jobs 1 run (resident, after x% of the files): {rss}")
    print(
        f"date stage: {dates['timexes']} timexes, "
        f"{_rate(dates['articles'], dates['cpu']):.0f} articles/s (CPU)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
