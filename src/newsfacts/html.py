"""The timeline as ONE self-contained HTML page a journalist can open offline.

Inline CSS only: no JavaScript, no fonts, images or stylesheets from the network (a Content Security
Policy in the page forbids them too). Every entry folds open (``<details>``, plain HTML) onto the
sentences that support it, each with its article id; conflicts say what the sources disagree about
and what was kept. Every piece of text is HTML-escaped. Deterministic: same Result, same bytes.
"""

from __future__ import annotations

from html import escape

from newsfacts import __version__
from newsfacts.schema import Article, Conflict, Evidence, FactBase, Result, TimelineEntry
from newsfacts.timeline_view import CONFLICT_MARK, people_names, when_text

CSS = """
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #6e6e73; --line: #d2d2d7; --bg: #fff;
  --warn: #b3261e; --warn-bg: #fdecea; --mark: #fff3b0; --chip: #f2f2f7; }
@media (prefers-color-scheme: dark) { :root { --fg: #f5f5f7; --muted: #a1a1a6; --line: #3a3a3c;
  --bg: #1c1c1e; --warn: #ff8a80; --warn-bg: #3b1d1b; --mark: #5c4b00; --chip: #2c2c2e; } }
* { box-sizing: border-box; }
body { font: 16px/1.5 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg);
  background: var(--bg); max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; }
.sub { color: var(--muted); margin-top: 0; }
ol.timeline { list-style: none; padding: 0; border-left: 2px solid var(--line); margin-left: 6.5rem; }
ol.timeline > li { position: relative; padding: .35rem 0 .35rem 1rem; }
ol.timeline > li::before { content: ""; position: absolute; left: -7px; top: .9rem; width: 12px; height: 12px;
  border-radius: 50%; background: var(--bg); border: 2px solid var(--muted); }
ol.timeline > li.conflict::before { border-color: var(--warn); background: var(--warn); }
.date { position: absolute; left: -7.2rem; width: 6.2rem; text-align: right; top: .45rem;
  font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
.date.undated { color: var(--muted); font-weight: 400; }
details > summary { cursor: pointer; list-style-position: outside; }
.event { font-weight: 600; }
.meta { color: var(--muted); font-size: .9rem; } .block { display: block; }
.chip { display: inline-block; background: var(--chip); border-radius: 1rem; padding: 0 .5rem;
  margin: 0 .2rem .2rem 0; font-size: .85rem; }
.badge { display: inline-block; color: var(--warn); background: var(--warn-bg); border-radius: .3rem;
  padding: 0 .4rem; font-size: .8rem; font-weight: 600; margin-left: .3rem; }
blockquote { margin: .4rem 0 .4rem .2rem; padding: .2rem .8rem; border-left: 3px solid var(--line); }
blockquote cite { display: block; color: var(--muted); font-size: .85rem; font-style: normal; }
mark { background: var(--mark); color: inherit; }
.conflict-note { border-left: 3px solid var(--warn); background: var(--warn-bg); padding: .3rem .8rem;
  margin: .4rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .3rem .4rem; vertical-align: top; }
code { font-size: .85rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@media print { details { display: block; } details > summary { list-style: none; } }
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def e(text: object) -> str:
    """HTML-escaped text (quotes included, so it is also safe in attribute values)."""
    return escape(str(text), quote=True)


def _quote(ev: Evidence, highlight: str | None, articles: dict[str, Article]) -> str:
    q = ev.quote
    if highlight and highlight in q:
        i = q.index(highlight)
        body = f"{e(q[:i])}<mark>{e(highlight)}</mark>{e(q[i + len(highlight) :])}"
    else:
        body = e(q)
    a = articles.get(ev.article)
    when = f", published {e(a.published)}" if a is not None and a.published else ""
    title = f" — {e(a.title)}" if a is not None and a.title else ""
    return (
        f"<blockquote>{body}<cite>article <code>{e(ev.article)}</code>{when}{title} "
        f"(characters {ev.start}–{ev.end})</cite></blockquote>"
    )


def _entry(
    entry: TimelineEntry,
    facts: dict[str, FactBase],
    conflicts: dict[str, list[Conflict]],
    people: dict,
    articles: dict[str, Article],
) -> str:
    cls = ' class="conflict"' if entry.conflict else ""
    date_cls = "date" if entry.date is not None else "date undated"
    approx = (
        ' title="derived from an age or a duration"'
        if entry.date is not None and entry.date.approximate
        else ""
    )
    n = len(entry.sources)
    badge = f'<span class="badge">{CONFLICT_MARK} sources disagree</span>' if entry.conflict else ""
    chips = "".join(f'<span class="chip">{e(name)}</span>' for name in people_names(entry, people))
    highlight = entry.date.text if entry.date is not None else None
    quotes = []
    seen: set[tuple[str, int, int]] = set()
    for fid in entry.facts:
        f = facts.get(fid)
        for ev in f.evidence if f is not None else ():
            if (ev.article, ev.start, ev.end) not in seen:
                seen.add((ev.article, ev.start, ev.end))
                quotes.append(_quote(ev, highlight, articles))
    notes = []
    for fid in entry.facts:
        for c in conflicts.get(fid, ()):
            res = f"<br><span class='meta'>kept: {e(c.resolution)}</span>" if c.resolution else ""
            notes.append(f'<div class="conflict-note"><strong>{e(c.kind)}</strong>: {e(c.detail)}{res}</div>')
    date_line = ""
    if entry.date is not None:
        d = entry.date
        span = f"{d.earliest} … {d.latest}" if d.earliest and d.latest and d.earliest != d.latest else ""
        said = f"“{d.text}”" if d.text else ""
        bits = [x for x in (said, span and f"between {span}", "derived" if d.approximate else "") if x]
        if bits:
            date_line = f'<div class="meta">date: {e("; ".join(bits))}</div>'
    return (
        f'<li{cls}><span class="{date_cls}"{approx}>{e(when_text(entry.date))}</span>'
        f'<details><summary><span class="event">{e(entry.summary)}</span>{badge}'
        f'<span class="meta block">{chips} {n} source{"s" * (n != 1)}: {e(", ".join(entry.sources))}</span>'
        "</summary>"
        f"{date_line}{''.join(notes)}{''.join(quotes)}</details></li>"
    )


def to_html(result: Result, title: str = "Timeline") -> str:
    """The whole page (see the module docstring)."""
    people = {p.id: p for p in result.people}
    facts = {f.id: f for f in result.facts}
    articles = {a.id: a for a in result.articles}
    by_fact: dict[str, list[Conflict]] = {}
    for c in result.conflicts:
        for fid in c.facts:
            by_fact.setdefault(fid, []).append(c)
    n_conf = sum(1 for x in result.timeline if x.conflict)
    head = (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="newsfacts {e(__version__)}">'
        f"<title>{e(title)}</title><style>{CSS}</style></head><body>\n"
    )
    parts = [
        head,
        f"<h1>{e(title)}</h1>",
        f'<p class="sub">{len(result.timeline)} events from {len(result.articles)} article'
        f"{'s' * (len(result.articles) != 1)}; {n_conf} where the sources disagree. "
        "Open an event to read the sentences it comes from.</p>",
        '<ol class="timeline">',
        *(_entry(x, facts, by_fact, people, articles) for x in result.timeline),
        "</ol>",
    ]
    if not result.timeline:
        parts.append("<p>No dated or datable events were found.</p>")
    loose = [c for c in result.conflicts if not c.facts]
    if loose:
        parts.append("<h2>About the articles</h2>")
        parts += [
            f'<div class="conflict-note"><strong>{e(c.kind)}</strong>: {e(c.detail)}'
            + (f"<br><span class='meta'>{e(c.resolution)}</span>" if c.resolution else "")
            + "</div>"
            for c in loose
        ]
    if result.people:
        parts.append(
            "<h2>People</h2><table><tr><th>name</th><th>also called</th><th>described as</th>"
            "<th>articles</th></tr>"
        )
        parts += [
            f"<tr><td>{e(p.name)}</td><td>{e(', '.join(p.aliases))}</td>"
            f"<td>{e(', '.join(p.descriptors))}</td><td>{len(p.articles)}</td></tr>"
            for p in result.people
        ]
        parts.append("</table>")
    if result.articles:
        parts.append(
            "<h2>Sources</h2><table><tr><th>article</th><th>published</th><th>title</th><th>file</th><th>notes</th></tr>"
        )
        parts += [
            f"<tr><td><code>{e(a.id)}</code></td><td>{e(a.published or 'unknown')}"
            f"{' (inferred)' if a.published_source == 'inferred' else ''}</td><td>{e(a.title or '')}</td>"
            f"<td><code>{e(a.path)}</code></td><td>{e('; '.join(a.warnings))}</td></tr>"
            for a in result.articles
        ]
        parts.append("</table>")
    parts.append(
        f"<footer>Made by newsfacts {e(__version__)}. {CONFLICT_MARK} = the sources disagree; "
        "≈ = derived from an age or a duration.</footer></body></html>\n"
    )
    return "\n".join(parts)


__all__ = ["to_html"]
