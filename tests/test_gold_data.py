"""The hand-labelled sets are consistent with the annotation guideline's structure, so that a labelling slip
cannot pass for an extraction error (or hide one)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
SETS = tuple(sorted(p.name for p in DATA.glob("celebrity_*.jsonl")))
KINDS = {"film", "tv", "music", "book", "stage", "brand", "sports_team", "other"}
DATE = re.compile(r"^(\d{4}|XXXX)(-(SP|SU|FA|WI|(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?))?$")
DATE_FIELDS = ("start", "end", "date", "filed", "finalized", "born")


def _records(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _names(fact: dict) -> list[str]:
    names = list(fact.get("people") or []) + list(fact.get("parents") or [])
    names += [fact[k] for k in ("child", "person", "filed_by") if fact.get(k)]
    return names


def _problems(rec: dict) -> list[str]:
    people = set(rec["people"])
    out = [
        f"{rec['article']}: {n!r} is in a fact but not in people"
        for f in rec["facts"]
        for n in _names(f)
        if n not in people
    ]
    marriages = {frozenset(f["people"]) for f in rec["facts"] if f["type"] == "marriage"}
    for f in rec["facts"]:
        if f["type"] == "divorce" and frozenset(f["people"]) not in marriages:
            out.append(f"{rec['article']}: divorce {f['people']} has no marriage")
        if f["type"] == "project" and f["kind"] not in KINDS:
            out.append(f"{rec['article']}: project kind {f['kind']!r}")
        for k in DATE_FIELDS:
            if f.get(k) is not None and not DATE.match(f[k]):
                out.append(f"{rec['article']}: {k} {f[k]!r} is not a TIMEX3-style date")
    return out


@pytest.mark.parametrize("name", SETS)
def test_labelled_set_is_consistent(name: str) -> None:
    problems = [p for rec in _records(name) for p in _problems(rec)]
    assert not problems, "\n".join(problems)


def test_the_sets_do_not_overlap() -> None:
    seen: dict[str, str] = {}
    for name in SETS:
        for r in _records(name):
            assert r["article"] not in seen, f"{r['article']} is in {seen.get(r['article'])} and {name}"
            seen[r["article"]] = name


def test_labelled_articles_exist(corpus: Path) -> None:
    missing = [
        r["article"] for n in SETS for r in _records(n) if not (corpus / "celebrity" / r["article"]).is_file()
    ]
    assert not missing


def test_a_slip_is_caught() -> None:
    rec = {
        "article": "x.txt",
        "people": ["Ann Vale"],
        "facts": [{"type": "divorce", "people": ["Ann Vale", "Bo Kemp"], "filed": "2019-13"}],
    }
    assert len(_problems(rec)) == 3
