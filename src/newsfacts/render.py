"""Rich tables for people, facts and the timeline (the terminal view)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsfacts.export import fact_row
from newsfacts.schema import Result, Timex
from newsfacts.timeline_view import CONFLICT_MARK, people_names, when_text


def render_result(result: Result, console: Console) -> None:
    """People, facts, timeline and conflicts; every text escaped (articles may contain [brackets])."""
    people = {p.id: p for p in result.people}
    t = Table(title="People", show_lines=False)
    for col in ("name", "aliases", "gender", "descriptors", "articles"):
        t.add_column(col)
    for p in result.people:
        cells = (
            p.name,
            ", ".join(p.aliases),
            p.gender or "",
            ", ".join(p.descriptors),
            ", ".join(p.articles),
        )
        t.add_row(*(escape(c) for c in cells))
    console.print(t)
    t = Table(title="Facts")
    for col in ("type", "people", "date", "detail", "conf.", "sources"):
        t.add_column(col, overflow="fold")
    for f in result.facts:
        r = fact_row(f.model_dump(mode="json"), people)
        cells = (r["type"], r["people"], r["date"], r["detail"], r["confidence"], str(len(f.sources)))
        t.add_row(*(escape(c) for c in cells))
    console.print(t)
    render_timeline(result, console)


def render_timeline(result: Result, console: Console) -> None:
    """The terminal view: date, event, people, number of sources, conflict marker; then the conflicts."""
    people = {p.id: p for p in result.people}
    t = Table(title="Timeline", show_lines=False)
    t.add_column("date", no_wrap=True)
    t.add_column("event", overflow="fold")
    t.add_column("people", overflow="fold")
    t.add_column("src", justify="right")
    t.add_column("", no_wrap=True)
    for e in result.timeline:
        mark = f"[bold red]{CONFLICT_MARK} conflict[/bold red]" if e.conflict else ""
        t.add_row(
            escape(when_text(e.date)),
            escape(e.summary),
            escape(", ".join(people_names(e, people))),
            str(len(e.sources)),
            mark,
        )
    console.print(t)
    if result.conflicts:
        c_t = Table(title="Conflicts")
        for col in ("kind", "detail", "resolution"):
            c_t.add_column(col, overflow="fold")
        for c in result.conflicts:
            c_t.add_row(escape(c.kind), escape(c.detail), escape(c.resolution or ""))
        console.print(c_t)


def render_timexes(items: list[Timex], console: Console) -> None:
    t = Table(title="Temporal expressions")
    for col in ("start", "end", "text", "type", "value", "earliest", "latest"):
        t.add_column(col)
    for x in items:
        cells = (str(x.start), str(x.end), x.text, x.type, x.value, x.earliest or "", x.latest or "")
        t.add_row(*(escape(c) for c in cells))
    console.print(t)
