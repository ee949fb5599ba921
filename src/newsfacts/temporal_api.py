"""``newsfacts dates``: a document's temporal expressions as output records (the engine stays pure)."""

from __future__ import annotations

from datetime import date

from newsfacts.load import Document
from newsfacts.pipeline import decide_anchor
from newsfacts.schema import Article, Timex
from newsfacts.temporal import TimexMatch, find_timexes


def to_timex(m: TimexMatch, base: int, anchor: date | None) -> Timex:
    return Timex(
        text=m.text,
        start=m.start + base,
        end=m.end + base,
        type=m.type,  # type: ignore[arg-type]
        value=m.value,
        precision=m.precision,  # type: ignore[arg-type]
        earliest=m.earliest.isoformat() if m.earliest else None,
        latest=m.latest.isoformat() if m.latest else None,
        approximate=m.approximate,
        anchor=anchor.isoformat() if anchor else None,
    )


def tag_document(doc: Document, published: date | None = None) -> tuple[list[Timex], Article]:
    """Every temporal expression of ``doc`` (offsets into the text as read), and the anchor decision.

    An explicit ``published`` wins; else the header, corrected or inferred from the text.
    """
    if published is not None:
        doc.header_date = published
        doc.header_source = "record"
        doc.warnings = [w for w in doc.warnings if "header" not in w]
    article = decide_anchor(doc)
    anchor = published or (date.fromisoformat(article.published) if article.published else None)
    items = [to_timex(m, doc.body_start, anchor) for m in find_timexes(doc.body, anchor)]
    return items, article
