"""Cast in brackets: a plot summary names the actor after the character ("a loner (Guy Pearce)",
"the women (played by A, B and C)"). The work is the one the text is telling: the last title of the
sentence before the bracket, else the last title of the two sentences before it.

A bracket after a real-world description ("the singer (X)", "her mother (X)") or after a known or
full name is no cast: only a character's name or a plain noun may stand before it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence
from newsfacts.extractors.projects import Title, title_text, titles, work_kind
from newsfacts.schema import Project

NOT_A_CHARACTER = frozenset(
    {
        *lx.DESCRIPTOR_NOUNS,
        *lx.SPOUSE_NOUNS,
        *lx.EX_SPOUSE_NOUNS,
        *lx.PARTNER_NOUNS,
        *lx.EX_PARTNER_NOUNS,
        *lx.FIANCE_NOUNS,
        *lx.CHILD_NOUNS,
        *lx.PARENT_NOUNS,
    }
)
STAGE_KINDS = frozenset({"film", "tv", "stage", None})
LOOK_BACK = 2  # sentences


def _cast_in(ctx: Ctx, inner: Span) -> list[str]:
    """The people a bracket consists of: one name, or "played by" and a list of names."""
    words = [t for t in inner if not t.is_punct and t.lower_ not in {"and", "&"}]
    if len(words) > 2 and words[0].lower_ == "played" and words[1].lower_ == "by":
        words = words[2:]
    out: list[str] = []
    for t in words:
        refs = ctx.cast.at(t)
        if len(refs) != 1:
            return []
        if refs[0] not in out:
            out.append(refs[0])
    return out


def _brackets(ctx: Ctx, sent: Span) -> Iterator[tuple[Token, list[str]]]:
    doc = sent.doc
    for tok in sent:
        if tok.text != "(" or tok.i == sent.start:
            continue
        close = next((t.i for t in doc[tok.i + 1 : min(sent.end, tok.i + 16)] if t.text == ")"), None)
        before = doc[tok.i - 1]
        if close is None or ctx.cast.at(before) or before.lower_ in NOT_A_CHARACTER:
            continue
        if before.pos_ not in ("NOUN", "PROPN") or (before.ent_type_ == "PERSON" and before.ent_iob_ == "I"):
            continue  # "Robert Pattinson (Edward Cullen)": a full name is the actor, the bracket the role
        cast = _cast_in(ctx, doc[tok.i + 1 : close])
        if cast:
            yield tok, cast


def _staged(ctx: Ctx, sent: Span, before: int) -> list[Title]:
    return [
        t
        for t in titles(ctx, sent)
        if t.start < before
        and work_kind(sent.doc, t, sent) in STAGE_KINDS
        and not t.span(sent.doc)[0].like_num
    ]


def _current_work(ctx: Ctx, sent: Span, at: int) -> tuple[Title, Span] | None:
    """The last film/show title before ``at`` in this sentence or the ``LOOK_BACK`` before it."""
    here: Span | None = sent
    for _ in range(LOOK_BACK + 1):
        if here is None:
            return None
        found = _staged(ctx, here, at if here == sent else here.end)
        if found:
            return found[-1], here
        here = sent.doc[here.start - 1].sent if here.start > 0 else None
    return None


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    doc = sent.doc
    for bracket, cast in _brackets(ctx, sent):
        work = _current_work(ctx, sent, bracket.i)
        if work is None:
            continue
        title, where = work
        text = title_text(doc, title)
        if not text:
            continue
        for person in cast:
            yield Project(
                person=person,
                title=text,
                kind=work_kind(doc, title, where) or "film",  # type: ignore[arg-type]
                role="actor",
                confidence=confidence(0.65, sent),
                evidence=[ctx.evidence(sent)],
                cue="cast in brackets",
            )
