"""Rich tables for people, facts and the timeline (the terminal view)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsfacts.export import fact_row
from newsfacts.schema import Result, Timex


def render_result(result: Result, console: Console) -> None:
    people = {p.id: p for p in result.people}
    t = Table(title="People", show_lines=False)
    for col in ("name", "aliases", "gender", "descriptors", "articles"):
        t.add_column(col)
    for p in result.people:
        t.add_row(
            p.name, ", ".join(p.aliases), p.gender or "", ", ".join(p.descriptors), ", ".join(p.articles)
        )
    console.print(t)
    t = Table(title="Facts")
    for col in ("type", "people", "date", "detail", "conf.", "sources"):
        t.add_column(col, overflow="fold")
    for f in result.facts:
        r = fact_row(f.model_dump(mode="json"), people)
        t.add_row(r["type"], r["people"], r["date"], r["detail"], r["confidence"], str(len(f.sources)))
    console.print(t)
    render_timeline(result, console)


def render_timeline(result: Result, console: Console) -> None:
    t = Table(title="Timeline")
    for col in ("date", "event", "sources", ""):
        t.add_column(col, overflow="fold")
    for e in result.timeline:
        when = e.date.value + (" ~" if e.date.approximate else "") if e.date else "undated"
        t.add_row(when, e.summary, str(len(e.sources)), "[red]conflict[/red]" if e.conflict else "")
    console.print(t)
    if result.conflicts:
        t = Table(title="Conflicts")
        for col in ("kind", "detail", "resolution"):
            t.add_column(col, overflow="fold")
        for c in result.conflicts:
            t.add_row(c.kind, c.detail, c.resolution or "")
        console.print(t)


def render_timexes(items: list[Timex], console: Console) -> None:
    t = Table(title="Temporal expressions")
    for col in ("start", "end", "text", "type", "value", "earliest", "latest"):
        t.add_column(col)
    for x in items:
        t.add_row(str(x.start), str(x.end), x.text, x.type, x.value, x.earliest or "", x.latest or "")
    console.print(t)
