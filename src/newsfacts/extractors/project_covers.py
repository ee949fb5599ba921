"""Magazine covers: "X graced the cover of Y", "X appeared on the cover of Y", "X is on the cover of Y",
"X covered Y magazine". The labels count a magazine a person is tied to as a project of kind `other`
(tests/data/README.md); a cover is such a tie, with the person as its model.

Only the cover's own subject holds it: "A refused to put X on the cover of Y" gives nothing (the verb is
no verb of being on a cover), nor does a negated verb ("X shouldn't be on the cover of Y"). The title is
the capitalised run after "of", past a possessor ("Ms. Vale's Harbor Magazine" → "Harbor Magazine");
with the verb "cover", the object must be a magazine noun with a capitalised name before it ("covered
the story" and "covered 'Song'" are not covers).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence, negated
from newsfacts.extractors.project_cues import cap
from newsfacts.schema import Project

# Verbs whose subject is on the cover the clause names: "graced/landed/fronted/made the cover of Y",
# "appeared/posed/was on the cover of Y", "was featured on the cover of Y".
COVER_VERBS = frozenset(
    {
        "grace",
        "land",
        "front",
        "make",
        "score",
        "nab",
        "snag",
        "earn",
        "appear",
        "pose",
        "be",
        "feature",
        "star",
    }
)
NAME_INNER = frozenset({"of", "&", "and"})
POSSESSIVE = frozenset({"'s", "’s"})
UP_TO_VERB = 4  # heads from "cover" to its verb ("appeared in X and on the cover of Y")


def _name_after(sent: Span, i: int) -> Span | None:
    """The capitalised run from token ``i``, past a possessor, with inner "of"/"&"."""
    doc = sent.doc
    if i + 1 < sent.end and doc[i].lower_ == "the" and cap(doc[i + 1]):
        i += 1  # "the cover of the Harbor Times": "the" in lower case is no part of the name
    start = end = i
    j = i
    while j < sent.end:
        t = doc[j]
        if t.text in POSSESSIVE and j > start:
            start = end = j + 1  # "Ms. Vale's Harbor Magazine": the magazine, not its editor
        elif cap(t) and not t.is_punct:
            end = j + 1
        elif not (t.lower_ in NAME_INNER and j + 1 < sent.end and cap(doc[j + 1])) and t.text != ".":
            break
        j += 1
    return doc[start:end] if end > start else None


def _cover_verb(cover: Token) -> Token | None:
    t = cover
    for _ in range(UP_TO_VERB):
        if t.head == t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t if t.lemma_.lower() in COVER_VERBS else None
    return None


def _covers_of(ctx: Ctx, sent: Span) -> Iterator[tuple[Token, Span]]:
    """(verb, magazine) for "… the cover of Y"."""
    doc = sent.doc
    for tok in sent:
        if (
            tok.lower_ != "cover"
            or tok.pos_ != "NOUN"
            or tok.i + 2 >= sent.end
            or doc[tok.i + 1].lower_ != "of"
        ):
            continue
        verb = _cover_verb(tok)
        name = _name_after(sent, tok.i + 2)
        if verb is not None and name is not None and not any(ctx.cast.at(t) for t in name):
            yield verb, name


def _covered(ctx: Ctx, sent: Span) -> Iterator[tuple[Token, Span]]:
    """(verb, magazine) for "X covered Y magazine"."""
    for tok in sent:
        if tok.lemma_.lower() != "cover" or tok.pos_ != "VERB":
            continue
        for obj in tok.children:
            if obj.dep_ != "dobj" or obj.lower_ not in lx.MAGAZINE_HEADS:
                continue
            start = obj.i
            while start > obj.left_edge.i and cap(sent.doc[start - 1]) and not sent.doc[start - 1].is_punct:
                start -= 1
            name = sent.doc[start : obj.i]
            if len(name) and not any(ctx.cast.at(t) for t in name):
                yield tok, name


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    seen: set[tuple[str, str]] = set()
    for verb, name in [*_covers_of(ctx, sent), *_covered(ctx, sent)]:
        if negated(verb):
            continue
        for person in ctx.subjects(verb):
            if (person, name.text) in seen:
                continue
            seen.add((person, name.text))
            yield Project(
                person=person,
                title=name.text,
                kind="other",
                role="model",
                confidence=confidence(0.65, sent),
                evidence=[ctx.evidence(sent)],
                cue="magazine cover",
            )
