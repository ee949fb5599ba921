"""Views over a Result's timeline: one person's entries, and the timeline as JSON or Markdown
(``newsfacts timeline``). The rich table is in ``render.py``, the HTML page in ``html.py``.
Deterministic: same Result, same text."""

from __future__ import annotations

import json
import re

from newsfacts.errors import UsageError
from newsfacts.reconcile import slug
from newsfacts.schema import Person, Result, TimelineEntry, When

CONFLICT_MARK = "⚠"


def find_person(result: Result, who: str) -> str:
    """A person id from an id, a full name or an alias (case-insensitive). An alias that several
    people share ("Hart") is refused with the candidates named, rather than guessed."""
    w = " ".join(who.split()).lower()
    if not w:
        raise UsageError("--person needs a name")
    exact = [p.id for p in result.people if w in (p.id, p.name.lower()) or slug(who) == p.id]
    if exact:
        return exact[0]
    by_alias = [p for p in result.people if w in (a.lower() for a in p.aliases)]
    if len(by_alias) == 1:
        return by_alias[0].id
    if by_alias:
        names = ", ".join(f"{p.name} ({p.id})" for p in by_alias)
        raise UsageError(f"{who!r} could be {names}: give the full name or the id")
    close = [p.name for p in result.people if w in p.name.lower()][:5]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise UsageError(f"no person called {who!r} in these articles{hint}")


def person_name(result: Result, who: str) -> str:
    """The full name of the person ``who`` designates (see ``find_person``)."""
    pid = find_person(result, who)
    return next(p.name for p in result.people if p.id == pid)


def filter_person(result: Result, who: str) -> Result:
    """The timeline entries about one person, with only the facts, people, articles and conflicts
    those entries refer to."""
    pid = find_person(result, who)
    keep = [e for e in result.timeline if pid in e.people]
    fact_ids = {f for e in keep for f in e.facts}
    people_ids = {p for e in keep for p in e.people} | {pid}
    sources = {s for e in keep for s in e.sources}
    conflicts = [
        c for c in result.conflicts if set(c.facts) & fact_ids or (not c.facts and set(c.articles) & sources)
    ]
    return result.model_copy(
        update={
            "timeline": keep,
            "facts": [f for f in result.facts if f.id in fact_ids],
            "people": [p for p in result.people if p.id in people_ids],
            "articles": [a for a in result.articles if a.id in sources],
            "conflicts": conflicts,
        }
    )


# -- shared wording ---------------------------------------------------------------------------------


def when_text(w: When | None) -> str:
    """``2012``, ``≈2011`` (derived from an age or a duration), ``undated``."""
    if w is None:
        return "undated"
    return ("≈" if w.approximate else "") + w.value


def people_names(e: TimelineEntry, people: dict[str, Person]) -> list[str]:
    return [people[p].name if p in people else p for p in e.people]


# -- JSON -----------------------------------------------------------------------------------------------


def to_timeline_json(result: Result) -> str:
    """The timeline, its conflicts, and the people it names (for tools)."""
    named = {p for e in result.timeline for p in e.people}
    data = {
        "schema_version": result.schema_version,
        "people": [p.model_dump(mode="json") for p in result.people if p.id in named],
        "timeline": [e.model_dump(mode="json") for e in result.timeline],
        "conflicts": [c.model_dump(mode="json") for c in result.conflicts],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# -- Markdown -------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md(text: object) -> str:
    """Text safe inside a Markdown table cell: markup characters escaped, one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def to_timeline_markdown(result: Result) -> str:
    people = {p.id: p for p in result.people}
    out = [
        "# Timeline",
        "",
        "| date | event | people | sources | conflict |",
        "|---|---|---|---|---|",
    ]
    for e in result.timeline:
        who = ", ".join(people_names(e, people))
        mark = CONFLICT_MARK if e.conflict else ""
        out.append(f"| {md(when_text(e.date))} | {md(e.summary)} | {md(who)} | {len(e.sources)} | {mark} |")
    if not result.timeline:
        out.append("| | no dated or datable events found | | | |")
    if result.conflicts:
        out += ["", "## Conflicts", ""]
        for c in result.conflicts:
            res = f" — {md(c.resolution)}" if c.resolution else ""
            out.append(f"- **{md(c.kind)}**: {md(c.detail)}{res}")
    if result.articles:
        out += ["", "## Sources", ""]
        for a in result.articles:
            title = f" — {md(a.title)}" if a.title else ""
            out.append(f"- `{a.id.replace('`', '')}` published {md(a.published or 'unknown')}{title}")
    out.append("")
    out.append(
        f"{CONFLICT_MARK} = the sources disagree about this entry; ≈ = derived from an age or a duration."
    )
    return "\n".join(out) + "\n"


__all__ = [
    "filter_person",
    "find_person",
    "md",
    "person_name",
    "to_timeline_json",
    "to_timeline_markdown",
    "when_text",
]
