"""JSON, JSONL, CSV and Markdown writers. Deterministic: same Result, same bytes."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from newsfacts.schema import Person, Result, When

FORMATS = ("table", "json", "jsonl", "csv", "markdown")


def to_json(result: Result) -> str:
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def _when(w: When | dict | None) -> str:
    if w is None:
        return ""
    return w["value"] if isinstance(w, dict) else w.value


def _inline(fact: dict[str, Any], people: dict[str, Person]) -> dict[str, Any]:
    """A fact with its people ids replaced by small person objects (for jq / pandas)."""
    out = dict(fact)

    def person(pid: str | None) -> dict[str, Any] | None:
        if pid is None:
            return None
        p = people.get(pid)
        return {"id": pid, "name": p.name if p else pid}

    for key in ("people", "parents"):
        if key in out and isinstance(out[key], list):
            out[key] = [person(p) for p in out[key]]
    for key in ("child", "person", "filed_by"):
        if key in out and isinstance(out[key], str):
            out[key] = person(out[key])
    return out


def to_jsonl(result: Result) -> str:
    people = {p.id: p for p in result.people}
    lines = [
        json.dumps(_inline(f.model_dump(mode="json"), people), ensure_ascii=False, sort_keys=False)
        for f in result.facts
    ]
    return "".join(line + "\n" for line in lines)


CSV_COLUMNS = ("id", "type", "people", "date", "detail", "confidence", "sources", "quote")


def fact_row(fact: dict[str, Any], people: dict[str, Person]) -> dict[str, str]:
    """One fact as flat strings: who, the main date, the other fields, where it came from."""

    def name(pid: str | None) -> str:
        return people[pid].name if pid in people else (pid or "")

    t = fact["type"]
    if t == "child":
        who = "; ".join(name(p) for p in fact["parents"]) + " → " + (name(fact.get("child")) or "(unnamed)")
        date = _when(fact.get("born"))
        detail = ", ".join(
            x
            for x in (fact.get("sex") or "", f"age {fact['age']}" if fact.get("age") is not None else "")
            if x
        )
    elif t == "project":
        who = name(fact["person"])
        date = _when(fact.get("date"))
        detail = f"{fact['title']} ({fact['kind']}{', ' + fact['role'] if fact.get('role') else ''})"
    else:
        who = "; ".join(name(p) for p in fact.get("people", []))
        if t == "divorce":
            date = _when(fact.get("finalized")) or _when(fact.get("filed"))
            parts = []
            if fact.get("filed"):
                parts.append(f"filed {_when(fact['filed'])}")
            if fact.get("filed_by"):
                parts.append(f"by {name(fact['filed_by'])}")
            if fact.get("finalized"):
                parts.append(f"finalized {_when(fact['finalized'])}")
            if fact.get("place"):
                parts.append(f"in {fact['place']}")
            detail = ", ".join(parts)
        else:
            date = _when(fact.get("start") or fact.get("date"))
            end = _when(fact.get("end"))
            detail = f"until {end}" if end else ""
            if fact.get("end_reason"):
                detail = (detail + f" ({fact['end_reason']})").strip()
    quote = fact["evidence"][0]["quote"] if fact.get("evidence") else ""
    return {
        "id": fact["id"],
        "type": t,
        "people": who,
        "date": date,
        "detail": detail,
        "confidence": f"{fact['confidence']:.2f}",
        "sources": ";".join(fact.get("sources", [])),
        "quote": quote,
    }


def to_csv(result: Result) -> str:
    people = {p.id: p for p in result.people}
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    w.writeheader()
    for f in result.facts:
        w.writerow(fact_row(f.model_dump(mode="json"), people))
    return buf.getvalue()


def _md_cell(s: object) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _md_row(*cells: object) -> str:
    return "| " + " | ".join(_md_cell(c) for c in cells) + " |"


def to_markdown(result: Result) -> str:
    people = {p.id: p for p in result.people}
    out = ["# newsfacts", ""]
    out += ["## Articles", "", "| id | published | source | warnings |", "|---|---|---|---|"]
    for a in result.articles:
        out.append(_md_row(a.id, a.published or "", a.published_source or "", "; ".join(a.warnings)))
    out += ["", "## People", "", "| id | name | aliases | articles |", "|---|---|---|---|"]
    for p in result.people:
        out.append(
            f"| {p.id} | {_md_cell(p.name)} | {_md_cell(', '.join(p.aliases))} | {', '.join(p.articles)} |"
        )
    out += [
        "",
        "## Facts",
        "",
        "| type | people | date | detail | confidence | sources |",
        "|---|---|---|---|---|---|",
    ]
    for f in result.facts:
        r = fact_row(f.model_dump(mode="json"), people)
        out.append(_md_row(r["type"], r["people"], r["date"], r["detail"], r["confidence"], r["sources"]))
    out += ["", "## Timeline", "", "| date | event | sources |", "|---|---|---|"]
    for e in result.timeline:
        mark = " ⚠" if e.conflict else ""
        out.append(
            f"| {e.date.value if e.date else 'undated'} | {_md_cell(e.summary)}{mark} | {len(e.sources)} |"
        )
    if result.conflicts:
        out += ["", "## Conflicts", ""]
        out += [
            f"- **{c.kind}**: {_md_cell(c.detail)}" + (f" — {c.resolution}" if c.resolution else "")
            for c in result.conflicts
        ]
    return "\n".join(out) + "\n"


WRITERS = {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "markdown": to_markdown}
