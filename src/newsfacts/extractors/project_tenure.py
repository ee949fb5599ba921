"""Work at a show: "X, who spent 15 years at Y, was fired", "X had been at Y for two months", "X worked at
Y", "his job at Y", "her tenure at Y". Only where Y is a title the article has already named as a show
(a TV kind remembered for it, a talk show included) or a one-word name it calls a show anywhere ("the
Today show"): "at" otherwise names places ("spent the night at
Y Medical Center", "spent years at Y Hall") and companies.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.context import Ctx, confidence, negated
from newsfacts.extractors.project_anaphora import TALK
from newsfacts.extractors.project_cues import cap
from newsfacts.schema import Project

# Verbs of working somewhere: "worked at Y", "spent 15 years at Y", "had been at Y", "stayed at Y".
TENURE_VERBS = frozenset({"work", "spend", "be", "stay", "remain", "serve"})
# Nouns of a job held somewhere: "his job at Y", "her tenure at Y", "his stint at Y".
TENURE_NOUNS = frozenset({"job", "tenure", "stint", "career", "gig", "run", "years", "decade"})
SPAN_NOUNS = frozenset({"year", "month", "week", "decade"})
SHOW_KINDS = frozenset({"tv", TALK})


def _shows(ctx: Ctx, doc: Doc, before: int) -> dict[str, str]:
    """Titles named before token ``before`` that the article gave a TV kind, and capitalised names that
    stand anywhere in it right before the word "show" ("the Today show"), by lower-cased text."""
    out = {text.lower(): text for at, text, kind, _ in ctx.works if at < before and kind in SHOW_KINDS}
    for tok in doc:
        if tok.lower_ == "show" and tok.is_lower and tok.i > 0 and cap(doc[tok.i - 1]):
            name = doc[tok.i - 1]
            if not ctx.cast.at(name) and name.is_alpha:
                out.setdefault(name.lower_, name.text)  # the word before "show": "NBC Today show" → "Today"
    return out


def _lasting(verb: Token) -> bool:
    """A verb of being somewhere said with a span of time: "had been at Y for two months", "spent 15
    years at Y" ("was at Y on Monday" is a visit, "spent the morning at Y" too)."""
    lemma = verb.lemma_.lower()
    if lemma == "work":
        return True
    if lemma == "spend":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in SPAN_NOUNS for c in verb.children)
    return any(
        c.dep_ == "prep" and c.lower_ in {"for", "since"} and any(g.ent_type_ == "DATE" for g in c.subtree)
        for c in verb.children
    )


def _holders(ctx: Ctx, head: Token) -> list[str]:
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in TENURE_VERBS and not negated(head):
        return ctx.subjects(head) if _lasting(head) else []
    if head.pos_ == "NOUN" and head.lower_ in TENURE_NOUNS:
        poss = [c for c in head.children if c.dep_ == "poss"]
        if poss:
            return ctx.who(poss[0])
        if head.dep_ in ("dobj", "npadvmod") and head.head.lemma_.lower() in TENURE_VERBS:
            return _holders(ctx, head.head)  # "spent 15 years at Y": "at" hangs on "years"
    return []


def tenures(ctx: Ctx, sent: Span) -> Iterator[tuple[str, str]]:
    """(person, show) for every "at <show>" under a verb or noun of working."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ != "at" or tok.dep_ != "prep" or tok.i + 1 >= sent.end or not cap(doc[tok.i + 1]):
            continue
        shows = _shows(ctx, doc, sent.start)
        if not shows:
            continue
        end = tok.i + 1
        while end < sent.end and cap(doc[end]) and not doc[end].is_punct:
            end += 1
        show = shows.get(doc[tok.i + 1 : end].text.lower())
        if show is None:
            continue
        for person in _holders(ctx, tok.head):
            yield person, show


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    for person, show in tenures(ctx, sent):
        yield Project(
            person=person,
            title=show,
            kind="tv",
            role=None,
            confidence=confidence(0.65, sent),
            evidence=[ctx.evidence(sent)],
            cue="tenure at a show",
        )
