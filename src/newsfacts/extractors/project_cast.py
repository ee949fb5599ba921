"""The work the text is telling, named only by context:
- cast in brackets: a plot summary names the actor after the character ("a loner (Guy Pearce)",
  "the women (played by A, B and C)");
- a role in "the film" / "the show" ("the director of the film X", "the film's director X").
The work is the last film/show title of the sentence before the cue, else of the three sentences
before it.

A bracket after a real-world description ("the singer (X)", "her mother (X)") or after a known or
full name is no cast: only a character's name or a plain noun may stand before it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence, future, negated
from newsfacts.extractors.project_cues import singular, skip_space
from newsfacts.extractors.project_titles import Title, titles
from newsfacts.extractors.projects import title_text, work_kind
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
LOOK_BACK = 3  # sentences


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


def _work_roles(ctx: Ctx, sent: Span) -> Iterator[tuple[Token, list[str], str]]:
    """ "the director of the film X", "the show's host X": a role in a work the text names only by
    "the film" / "the show" (token patterns, which survive the parser's bracketing errors)."""
    doc = sent.doc
    for tok in sent:
        if singular(tok) not in lx.WORK_NOUNS or tok.i == sent.start or tok.i + 3 >= sent.end:
            continue
        if doc[tok.i - 1].lower_ != "the":
            continue
        role, named = None, ()
        if (
            tok.i >= sent.start + 3
            and doc[tok.i - 2].lower_ == "of"
            and doc[tok.i - 3].lower_ in lx.ROLE_NOUNS
        ):
            role = doc[tok.i - 3].lower_  # the director of the film X
            j = skip_space(doc, tok.i + 1, sent)
            named = ctx.cast.at(doc[j]) if j < sent.end else ()
        elif doc[tok.i + 1].text in {"'s", "’s"} and doc[tok.i + 2].lower_ in lx.ROLE_NOUNS:
            role = doc[tok.i + 2].lower_  # the film's director X
            named = ctx.cast.at(doc[tok.i + 3])
        role_name = lx.ROLE_NOUNS.get(role or "")
        if role_name and len(named) == 1:
            yield tok, list(named), role_name


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


BACK_NOUNS = {"film": "film", "movie": "film", "show": "tv", "series": "tv"}
BACK_CUE = "the work named before"


def _back_links(ctx: Ctx, sent: Span) -> Iterator[tuple[Token, list[str], str]]:
    """ "X, who directs and stars in the movie": a bare "the movie" / "the show" as the object of a
    verb of making, when the article has named exactly one work of that kind before (no guessing
    between two)."""
    doc = sent.doc
    for tok in sent:
        kind = BACK_NOUNS.get(tok.lower_)
        if kind is None or tok.i == sent.start or doc[tok.i - 1].lower_ != "the":
            continue
        if any(c.dep_ != "det" for c in tok.children) or tok.dep_ not in ("dobj", "pobj"):
            continue  # "the film X", "the NBC show", "the show's host": not a bare back-reference
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lx.ROLE_VERBS or lemma in lx.PLAY_LEMMAS:
            continue
        if negated(verb) or future(verb):
            continue  # "hoping she will join the show": not (yet) so
        doers = ctx.subjects(verb)
        if doers and _only_work(ctx, sent, kind) is not None:
            yield tok, doers, lx.ROLE_VERBS[lemma] or "actor"


def _only_work(ctx: Ctx, sent: Span, kind: str) -> tuple[Title, Span] | None:
    """The one work of ``kind`` (or of no stated kind) the article names before ``sent``; None if it
    names none, or more than one film/show/stage work."""
    seen: dict[str, tuple[Title, Span]] = {}
    for here in sent.doc.sents:
        if here.start >= sent.start:
            break
        for t in _staged(ctx, here, here.end):
            seen.setdefault(t.span(sent.doc).text.strip(" '\"‘’“”").lower(), (t, here))
    if len(seen) != 1:
        return None
    title, where = next(iter(seen.values()))
    return (title, where) if work_kind(sent.doc, title, where) in (kind, None) else None


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    found = [(b, cast, "actor", "cast in brackets") for b, cast in _brackets(ctx, sent)]
    found += [(t, named, role, "role in the work told") for t, named, role in _work_roles(ctx, sent)]
    found += [(t, named, role, BACK_CUE) for t, named, role in _back_links(ctx, sent)]
    doc = sent.doc
    for at, cast, role, cue in found:
        back = BACK_NOUNS[at.lower_] if cue == BACK_CUE else None
        work = _only_work(ctx, sent, back) if back else _current_work(ctx, sent, at.i)
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
                kind=work_kind(doc, title, where) or back or "film",  # type: ignore[arg-type]
                role=role,
                confidence=confidence(0.65, sent),
                evidence=[ctx.evidence(sent)],
                cue=cue,
            )
