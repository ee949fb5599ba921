"""When a couple fact happened: the date of a cue's event, the date a state lasted until, "from … to …"
ranges, a date inside a noun's phrase, a wedding's date, and the marriage a divorce ends (on its date)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from newsfacts.context import Ctx, confidence, usable_date
from newsfacts.doc_text import text_of
from newsfacts.schema import Marriage, When
from newsfacts.temporal import TimexMatch


def event_date(ctx: Ctx, tok: Token, sent: Span) -> When | None:
    """The date of the cue's event: the nearest in its clause, not one that ends a state ("were
    wed until his death in 1981" is no wedding in 1981)."""
    near = [t for t in ctx.dates_near(tok, sent) if not _ends_state(ctx, t)]
    return ctx.when(near[0]) if near else None


def until_date(ctx: Ctx, tok: Token, sent: Span) -> When | None:
    """The date a state of the cue lasted until ("were married until 2015")."""
    near = [t for t in ctx.dates_near(tok, sent) if _ends_state(ctx, t)]
    return ctx.when(near[0]) if near else None


def _ends_state(ctx: Ctx, t: TimexMatch) -> bool:
    """The date sits under "until"/"till" (through a noun: "until his death in 1981")."""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    return any(a.lower_ in ("until", "till") and a.dep_ == "prep" for a in list(span.root.ancestors)[:4])


def _date_at(ctx: Ctx, tok: Token) -> When | None:
    """The date the timex on ``tok`` gives, if ``tok`` lies in one."""
    for t in ctx.timexes_in(tok.sent.start_char, tok.sent.end_char):
        if t.start <= tok.idx < t.end and t.type == "DATE" and usable_date(t.value):
            return ctx.when(t)
    return None


def date_range(ctx: Ctx, tok: Token) -> tuple[When, When] | None:
    """ "married to Y from 2003 to 2011": a "from … to/until …" pair of dates on the verb; "from
    2003-2011" written with a dash."""
    holders = [tok, tok.head] if tok.dep_ in ("acomp", "attr") else [tok]  # "was married to Y, from …"
    on_holders = [c for h in holders for c in h.children]
    for c in on_holders:
        if c.dep_ != "prep" or c.lower_ != "from":
            continue
        for start_tok in (p for p in c.children if p.dep_ == "pobj"):
            dashed = _dashed_range(ctx, start_tok)
            if dashed is not None:
                return dashed
            ends = [g for g in (*start_tok.children, *c.children, *on_holders) if g.dep_ == "prep"]
            for e in ends:
                if e.lower_ not in {"to", "until", "till", "through"}:
                    continue
                end_tok = next((p for p in e.children if p.dep_ == "pobj"), None)
                start, end = _date_at(ctx, start_tok), _date_at(ctx, end_tok) if end_tok is not None else None
                if start is not None and end is not None:
                    return start, end
    return None


def _dashed_range(ctx: Ctx, tok: Token) -> tuple[When, When] | None:
    """ "2003-2011", "2003 – 2011": two dates joined by a dash, the first on ``tok``."""
    found = [t for t in ctx.timexes_in(tok.sent.start_char, tok.sent.end_char) if t.type == "DATE"]
    for a, b in pairwise(found):
        dash = text_of(ctx.doc)[a.end : b.start].strip() in ("-", "–", "—")
        if a.start <= tok.idx < a.end and dash and usable_date(a.value) and usable_date(b.value):
            return ctx.when(a), ctx.when(b)
    return None


def date_in_phrase(ctx: Ctx, noun: Token, sent: Span) -> When | None:
    """A date inside the noun's own phrase: "their divorce in 2008", "the divorce, which was agreed in
    London in 2008" — when the divorce came about."""
    inside = {t.i for t in noun.subtree}
    for t in ctx.dates_near(noun, sent, max_tokens=20):
        span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.i in inside and not _ends_state(ctx, t):
            return ctx.when(t)
    return None


def wedding_date(ctx: Ctx, tok: Token, sent: Span) -> When | None:
    """When a wedding noun was held: the date nearest "wedding"; in "their 1992 wedding anniversary"
    only the date on "wedding" itself (not "their 20th anniversary in 2012")."""
    if tok.lower_ == "wedding":
        return event_date(ctx, tok, sent)
    wedding = next((c for c in tok.lefts if c.lower_ == "wedding"), None)
    if tok.lower_ != "anniversary" or wedding is None:
        return None
    right_before = [t for t in ctx.dates_near(wedding, sent, max_tokens=1) if t.end <= wedding.idx]
    return ctx.when(right_before[0]) if right_before else None


def ended_by_divorce(ctx: Ctx, sent: Span, parties: list[str], end: When | None, cue: str) -> Marriage:
    """The marriage a divorce of the two ends, on the divorce's date when it has one."""
    return Marriage(
        people=parties,
        end_reason="divorce",
        end=end,
        confidence=confidence(0.8, sent),
        evidence=[ctx.evidence(sent)],
        cue=cue,
    )
