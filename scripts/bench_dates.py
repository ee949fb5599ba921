#!/usr/bin/env python
"""Throughput of the temporal tagger alone (find_timexes), single process.

    python scripts/bench_dates.py               # celebrity articles (no anchor) and TimeBank texts (DCT)
    python scripts/bench_dates.py --repeat 5    # best of 5 passes

Reads ../shared/corpus/celebrity/*/*.txt and ../shared/corpus/timebank/*/*.tml relative to the repo.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO_ROOT / "src"))

from newsfacts.temporal import find_timexes  # noqa: E402

_RX_TAG = re.compile(r"<[^>]+>")
_RX_DCT = re.compile(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)')
_RX_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)


def load_celebrity(root: Path) -> list[tuple[str, date | None]]:
    return [(p.read_text(encoding="utf-8", errors="replace"), None) for p in sorted(root.glob("*/*.txt"))]


def load_timebank(root: Path) -> list[tuple[str, date | None]]:
    out: list[tuple[str, date | None]] = []
    for p in sorted(root.glob("*/*.tml")):
        raw = p.read_text(encoding="utf-8")
        m_dct, m_text = _RX_DCT.search(raw), _RX_TEXT.search(raw)
        if not m_text:
            continue
        anchor = date.fromisoformat(m_dct.group(1)) if m_dct else None
        out.append((_RX_TAG.sub("", m_text.group(1)), anchor))
    return out


def bench(name: str, docs: list[tuple[str, date | None]], repeat: int) -> dict[str, float]:
    best = float("inf")
    n_timex = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n_timex = sum(len(find_timexes(text, anchor=anchor)) for text, anchor in docs)
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(t) for t, _ in docs)
    rate = len(docs) / best if best else float("inf")
    print(
        f"{name:<11} {len(docs):>5} articles  {chars / max(1, len(docs)):>7.0f} chars/article  "
        f"{n_timex:>6} timexes  {best:>6.3f} s  {rate:>8.1f} articles/s"
    )
    return {"articles": len(docs), "seconds": best, "articles_per_s": rate}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=3, help="passes per corpus; the best is reported")
    args = ap.parse_args(argv)
    find_timexes("warm-up on Friday, March 8, 2024", date(2024, 3, 9))  # import and compile outside timing
    sets = [
        ("celebrity", load_celebrity(args.corpus / "celebrity")),
        ("timebank", load_timebank(args.corpus / "timebank")),
    ]
    for name, docs in sets:
        if docs:
            bench(name, docs, args.repeat)
        else:
            print(f"{name:<11} (not found under {args.corpus})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
