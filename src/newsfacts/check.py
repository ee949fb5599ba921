"""``newsfacts check``: compare an extraction with a golden file, for CI regression checks.

``compare(expected, actual)`` is a pure function over two ``Result``s; it returns ``Change`` records
(added / removed / changed, with readable labels: fact type and people *names*, not raw ids only),
and ``format_changes`` turns them into the text CI prints.

What "equal" means here — the extraction results, not how or where they were produced:

- compared: ``schema_version``; articles by id (title, published date and its source, the overridden
  header date, language, warnings); people by id (name, aliases, gender, descriptors, articles);
  facts by id (every field: people, dates with their bounds, scalars, sources, confidence, and the
  evidence as article + character offsets); timeline entries by (type, facts) (date, summary, people,
  sources, conflict mark); conflicts by (kind, facts, articles) (detail, resolution); input errors.
- ignored: the tool name and version (a release alone changes nothing); where the inputs were read
  from (article ``path``; input errors compare the file name only), so a golden made in one checkout
  holds in another; the ``cue`` field (which rule fired: diagnostics, not a result); evidence quotes
  (the offsets identify the sentence); the order of the lists (they are sorted anyway).
- timeline entries of facts that were added, removed or changed are not listed again: the fact's
  own change says it (a timeline entry is listed when only the entry differs: summary, mark …).

A golden file of material that must not be copied into a repository (the shared corpus) can be
written *redacted* (``--update --redact``): evidence quotes emptied and titles replaced by a short
hash. Nothing compared is lost: quotes are not compared, and a hashed title is compared by hash.

Fact ids are content hashes of their key (type, people ids, title …), so a fact whose people or
title changed shows up as one removed and one added fact.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from newsfacts.errors import UsageError
from newsfacts.export import fact_row, to_json
from newsfacts.schema import Person, Result

SECTIONS = ("schema", "articles", "people", "facts", "timeline", "conflicts", "errors")
IGNORED_FACT_FIELDS = frozenset({"id", "cue"})
ARTICLE_FIELDS = ("title", "published", "published_source", "header_date", "language", "warnings")
PERSON_FIELDS = ("name", "aliases", "gender", "descriptors", "articles")
ENTRY_FIELDS = ("date", "summary", "people", "sources", "conflict")
CONFLICT_FIELDS = ("detail", "resolution")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: a record added, removed, or changed (with the fields that differ)."""

    section: str  # one of SECTIONS
    kind: Literal["added", "removed", "changed"]
    key: str  # the record's stable id (fact id, person id, article id …)
    label: str  # a readable one-line description
    fields: tuple[tuple[str, str, str], ...] = field(default=())  # (field, expected, actual)


# -- flattening records into comparable, printable fields ------------------------------------------


def _show(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, list):
        return "[" + ", ".join(_show(x) for x in v) + "]"
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"start": {"value": "2012", …}}`` → ``{"start.value": "2012", …}``; a null date stays one field."""
    out: dict[str, str] = {}
    for k, v in data.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flat(v, name + "."))
        else:
            out[name] = _show(v)
    return out


def _fact_fields(fact: dict[str, Any]) -> dict[str, str]:
    data = {k: v for k, v in fact.items() if k not in IGNORED_FACT_FIELDS}
    evidence = data.pop("evidence", [])
    out = _flat(data)
    out["evidence"] = _show(sorted(f"{e['article']}@{e['start']}-{e['end']}" for e in evidence))
    return out


def _diff_fields(a: dict[str, str], b: dict[str, str]) -> tuple[tuple[str, str, str], ...]:
    """Fields that differ. Dates compare part by part (``start.value``); a date present on one side
    only is reported as one field (``start: null → 2012 (2012-01-01…2012-12-31)``)."""
    out: list[tuple[str, str, str]] = []
    for base in sorted({n.split(".")[0] for n in (*a, *b)}):
        sa = {n: v for n, v in a.items() if n.split(".")[0] == base}
        sb = {n: v for n, v in b.items() if n.split(".")[0] == base}
        if sa == sb:
            continue
        nested_a, nested_b = base not in sa and bool(sa), base not in sb and bool(sb)
        if nested_a and nested_b:
            out += [
                (n, sa.get(n, "null"), sb.get(n, "null"))
                for n in sorted(set(sa) | set(sb))
                if sa.get(n) != sb.get(n)
            ]
        else:
            old = _date_summary(a, base) if nested_a else sa.get(base, "null")
            new = _date_summary(b, base) if nested_b else sb.get(base, "null")
            out.append((base, old, new))
    return tuple(out)


def _date_summary(flat: dict[str, str], base: str) -> str:
    value = flat.get(f"{base}.value", "?")
    lo, hi = flat.get(f"{base}.earliest", "null"), flat.get(f"{base}.latest", "null")
    return f"{value} ({lo}…{hi})"


# -- readable labels ----------------------------------------------------------------------------------


def _people(*results: Result) -> dict[str, Person]:
    out: dict[str, Person] = {}
    for r in results:
        for p in r.people:
            out.setdefault(p.id, p)
    return out


def fact_label(fact: dict[str, Any], people: dict[str, Person]) -> str:
    """``marriage: Jane Roe; John Doe — 2012, until 2019-02 (divorce)``."""
    row = fact_row(fact, people)
    bits = [x for x in (row["date"], row["detail"]) if x]
    return f"{row['type']}: {row['people']}" + (f" — {', '.join(bits)}" if bits else "")


def _entry_label(e: dict[str, Any]) -> str:
    when = e["date"]["value"] if e.get("date") else "undated"
    return f"{when}: {e['summary']}"


# -- the comparison -------------------------------------------------------------------------------------


def _compare_section(
    section: str,
    expected: dict[str, dict[str, Any]],
    actual: dict[str, dict[str, Any]],
    fields: Callable[[dict[str, Any]], dict[str, str]],
    label: Callable[[dict[str, Any]], str],
    skip: Callable[[str, dict[str, Any]], bool] = lambda _k, _v: False,
) -> list[Change]:
    out: list[Change] = []
    for key in sorted(set(expected) | set(actual)):
        e, a = expected.get(key), actual.get(key)
        if skip(key, e or a or {}):
            continue
        if e is None:
            out.append(Change(section, "added", key, label(a)))  # type: ignore[arg-type]
        elif a is None:
            out.append(Change(section, "removed", key, label(e)))
        else:
            diff = _diff_fields(fields(e), fields(a))
            if diff:
                out.append(Change(section, "changed", key, label(a), diff))
    return out


def _pick(keys: Iterable[str]) -> Callable[[dict[str, Any]], dict[str, str]]:
    names = tuple(keys)
    return lambda rec: _flat({k: rec.get(k) for k in names})


def compare(expected: Result, actual: Result) -> list[Change]:
    """Every difference between a golden ``expected`` result and a fresh ``actual`` one (see the
    module docstring for what counts). An empty list means the two are equal."""
    people = _people(actual, expected)
    exp, act = expected.model_dump(mode="json"), actual.model_dump(mode="json")
    hashed = {a["id"] for a in exp["articles"] if (a.get("title") or "").startswith(HASH_PREFIX)}
    for a in act["articles"]:
        if a["id"] in hashed:
            a["title"] = hash_text(a["title"])
    out: list[Change] = []
    if exp["schema_version"] != act["schema_version"]:
        out.append(
            Change(
                "schema",
                "changed",
                "schema_version",
                "output schema version",
                (("schema_version", str(exp["schema_version"]), str(act["schema_version"])),),
            )
        )

    def by(items: list[dict[str, Any]], key: Callable[[dict[str, Any]], str]) -> dict[str, dict[str, Any]]:
        return {key(x): x for x in items}

    out += _compare_section(
        "articles",
        by(exp["articles"], lambda a: a["id"]),
        by(act["articles"], lambda a: a["id"]),
        _pick(ARTICLE_FIELDS),
        lambda a: f"{a['id']} (published {a.get('published') or 'unknown'})",
    )
    out += _compare_section(
        "people",
        by(exp["people"], lambda p: p["id"]),
        by(act["people"], lambda p: p["id"]),
        _pick(PERSON_FIELDS),
        lambda p: f"{p['name']} ({len(p['articles'])} article{'s' * (len(p['articles']) != 1)})",
    )
    exp_facts = by(exp["facts"], lambda f: f["id"])
    act_facts = by(act["facts"], lambda f: f["id"])
    fact_changes = _compare_section(
        "facts", exp_facts, act_facts, _fact_fields, lambda f: fact_label(f, people)
    )
    out += fact_changes
    listed = {c.key for c in fact_changes}

    def entry_key(e: dict[str, Any]) -> str:
        return f"{e['type']}:{','.join(e['facts'])}"

    out += _compare_section(
        "timeline",
        by(exp["timeline"], entry_key),
        by(act["timeline"], entry_key),
        _pick(ENTRY_FIELDS),
        _entry_label,
        skip=lambda _k, e: bool(set(e.get("facts", ())) & listed),
    )

    def conflict_key(c: dict[str, Any]) -> str:
        return f"{c['kind']}:{','.join(c['facts'])}:{','.join(c['articles'])}"

    out += _compare_section(
        "conflicts",
        by(exp["conflicts"], conflict_key),
        by(act["conflicts"], conflict_key),
        _pick(CONFLICT_FIELDS),
        lambda c: f"{c['kind']}: {c['detail']}",
    )

    def error_key(p: dict[str, Any]) -> str:
        return f"{Path(p['path']).name}:{p.get('line') or ''}:{p['message']}"

    out += _compare_section(
        "errors",
        by(exp["errors"], error_key),
        by(act["errors"], error_key),
        lambda _p: {},
        lambda p: f"{Path(p['path']).name}: {p['message']}",
    )
    return out


# -- text -----------------------------------------------------------------------------------------------

MARK = {"added": "+", "removed": "-", "changed": "~"}


def summary(changes: list[Change]) -> str:
    """``facts: 1 added, 2 changed; people: 1 removed``."""
    parts = []
    for section in SECTIONS:
        counts = {k: sum(1 for c in changes if c.section == section and c.kind == k) for k in MARK}
        said = [f"{n} {k}" for k, n in counts.items() if n]
        if said:
            parts.append(f"{section}: {', '.join(said)}")
    return "; ".join(parts)


def format_changes(
    changes: list[Change], expected_name: str = "the golden file", limit: int | None = None
) -> str:
    """The readable diff: one block per section, ``+`` added, ``-`` removed, ``~`` changed (with
    ``field: expected → actual`` lines). ``limit`` caps the records shown per section."""
    if not changes:
        return f"same as {expected_name}\n"
    lines = [
        f"{len(changes)} difference{'s' * (len(changes) != 1)} from {expected_name} ({summary(changes)})"
    ]
    for section in SECTIONS:
        mine = [c for c in changes if c.section == section]
        if not mine:
            continue
        lines.append(f"{section}:")
        shown = mine if limit is None else mine[:limit]
        for c in shown:
            lines.append(f"  {MARK[c.kind]} {c.label}  [{c.key}]")
            for name, old, new in c.fields:
                lines.append(f"      {name}: {old} → {new}")
        if len(shown) < len(mine):
            lines.append(f"  … and {len(mine) - len(shown)} more")
    return "\n".join(lines) + "\n"


# -- redaction -----------------------------------------------------------------------------------------

HASH_PREFIX = "sha1:"


def hash_text(text: str | None) -> str | None:
    """``sha1:`` + 12 hex digits of the text (None stays None)."""
    if text is None:
        return None
    return HASH_PREFIX + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def redact(result: Result) -> Result:
    """``result`` without article text: evidence quotes emptied, titles hashed (see the module docstring)."""
    out = result.model_copy(deep=True)
    for a in out.articles:
        a.title = hash_text(a.title)
    for f in out.facts:
        for ev in f.evidence:
            ev.quote = ""
    return out


def is_redacted(result: Result) -> bool:
    """Was this golden file written with ``--redact``?"""
    return any((a.title or "").startswith(HASH_PREFIX) for a in result.articles) or any(
        ev.quote == "" for f in result.facts for ev in f.evidence
    )


# -- golden files -------------------------------------------------------------------------------------


def read_golden(path: Path) -> Result:
    """A golden file (``newsfacts extract --format json`` output) → Result; a clear error otherwise."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UsageError(f"{path} does not exist; create it with --update") from exc
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return Result.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise UsageError(
            f"{path} is not a newsfacts JSON result ({where}: {first.get('msg')}); "
            "regenerate it with --update"
        ) from exc


def write_golden(result: Result, path: Path, redacted: bool = False) -> None:
    """Write ``result`` as the golden file: the bytes ``newsfacts extract --format json`` prints, or
    with ``redacted`` the same without article text (see ``redact``)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(to_json(redact(result) if redacted else result), encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc


__all__ = [
    "Change",
    "compare",
    "fact_label",
    "format_changes",
    "hash_text",
    "is_redacted",
    "read_golden",
    "redact",
    "summary",
    "write_golden",
]
