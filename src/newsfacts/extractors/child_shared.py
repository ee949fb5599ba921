"""A named child told by a relative clause of sharing: "X, 6 months, whom Y shares with Z", "A, who she
shares with ex-husband B" — the name, the sharer and the one after "with" are child and parents. Read by
tokens: the parser often takes "shares" for a noun in this clause."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts.context import Ctx
from newsfacts.extractors.child_names import age_after, child_fact, is_name
from newsfacts.schema import Child

SHARE_WORDS = frozenset({"share", "shares", "shared"})
RELATIVES = frozenset({"whom", "who"})
AGE_WORDS = frozenset({",", "year", "years", "month", "months", "old", "-", "weeks", "week"})


def shared_child_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    doc = sent.doc
    for rel in sent:
        if rel.lower_ not in RELATIVES:
            continue
        name = _name_before(ctx, rel, sent)
        share = _share_after(rel, sent)
        if name is None or share is None:
            continue
        # the sharer is the person named last before the verb ("whom her brother, Y, shares": Y)
        sharer = _people(ctx, doc[rel.i + 1 : share.i])[-1:]
        if not sharer or share.i + 1 >= sent.end or doc[share.i + 1].lower_ != "with":
            continue
        after = [k for k in _people(ctx, doc[share.i + 2 : min(sent.end, share.i + 9)]) if k not in sharer]
        child = next(iter(ctx.cast.at(name)))
        parents = [k for k in (*sharer, *after[:1]) if k != child]
        if len(parents) == 2:
            yield child_fact(ctx, sent, parents, child, None, age_after(name), name, name, "shares")


def _name_before(ctx: Ctx, rel: Token, sent: Span) -> Token | None:
    """The name the relative follows, past a comma and an age ("Ana, 6 months, whom")."""
    doc = rel.doc
    j = rel.i - 1
    while j > sent.start and (doc[j].lower_ in AGE_WORDS or doc[j].like_num):
        j -= 1
    if j < sent.start or doc[j + 1].text != "," or not is_name(ctx, doc[j]) or len(ctx.cast.at(doc[j])) != 1:
        return None
    return doc[j]


def _share_after(rel: Token, sent: Span) -> Token | None:
    """The sharing word within a few tokens after the relative ("whom her brother, Y, shares")."""
    doc = rel.doc
    return next((t for t in doc[rel.i + 1 : min(sent.end, rel.i + 9)] if t.lower_ in SHARE_WORDS), None)


def _people(ctx: Ctx, span: Span) -> list[str]:
    """The people a span's tokens refer to, in order."""
    out: list[str] = []
    for t in span:
        out.extend(k for k in ctx.cast.at(t) if k not in out)
    return out
