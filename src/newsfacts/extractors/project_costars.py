"""Projects through a partner noun with no title of its own: "Ryan Vale joined Night Shift, and he and his
co-host Kelly Moss …", "Milo Reed stars in Iron Coast. … Milo's co-star Lena Moss said …", "He was
joined by co-stars A and B". The people a co-star / co-host noun names share the work of the person it
is relative to (the possessor, else the subject of the clause that "with"/"by"/"alongside" hangs on):
that person's work tied in this sentence, else the last one the article tied to them in the six
sentences before it. A verb of starring that names no work does the same for its partners ("She stars
alongside A and B", "he will star opposite A"), and a crew role inside a co-star list is that name's
role ("co-stars A and B, writer and co-director C").

Only when the noun itself carries no title ("her Iron Coast co-star Y" is ``projects``' own) and its
person has exactly one candidate work of a fitting kind in the nearest sentence that has any.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, confidence, negated
from newsfacts.extractors import projects
from newsfacts.extractors.project_cues import misread_star, partners
from newsfacts.schema import Project

# partner noun → (role it gives, kinds of work it can share)
PARTNER_NOUNS: dict[str, tuple[str, frozenset[str | None]]] = {
    "co-star": ("actor", frozenset({"film", "tv", "stage"})),
    "costar": ("actor", frozenset({"film", "tv", "stage"})),
    "castmate": ("actor", frozenset({"film", "tv", "stage"})),
    # "X joined Live": a show's kind may be unknown (other) or guessed from an actor's trade (film)
    "co-host": ("host", frozenset({"tv", "other", "film"})),
    "cohost": ("host", frozenset({"tv", "other", "film"})),
}
RELATIVE_PREPS = frozenset({"with", "by", "alongside"})
LOOK_BACK = 6  # sentences before the partner noun's own where its person's work may have been named


def _singular(tok: Token) -> str:
    low = tok.lower_
    return low[:-1] if low.endswith("s") and low[:-1] in PARTNER_NOUNS else low


# "co-stars A and B, writer and co-director C": a crew role before a name of the list is that name's role
CREW_ROLES = {
    "director": "director",
    "producer": "producer",
    "writer": "writer",
    "screenwriter": "writer",
    "creator": "creator",
    "showrunner": "producer",
    "choreographer": "choreographer",
    "composer": "composer",
}
CREW_JOINERS = frozenset({"and", "&", "co", "-", "executive"})


def _crew_role(doc: Doc, i: int, end: int) -> tuple[str | None, int]:
    """The crew role a run of role words from ``i`` states ("writer and co-director"), and where it ends."""
    role, j = None, i
    while j < end and (doc[j].lower_ in CREW_JOINERS or doc[j].lower_.removeprefix("co-") in CREW_ROLES):
        role = CREW_ROLES.get(doc[j].lower_.removeprefix("co-"), role)
        j += 1
    return (role, j) if role is not None else (None, i)


def _named_after(ctx: Ctx, sent: Span, noun: Token) -> list[tuple[str, str | None]]:
    """People named right after the noun, each with the crew role the list states for them, if any:
    "co-star Y", "co-host, Y", "co-stars A, B and C", "co-stars A and B, writer and co-director C"."""
    doc = sent.doc
    i = noun.i + 1
    if i < sent.end and doc[i].text == ",":
        i += 1
    out: list[tuple[str, str | None]] = []
    stated: str | None = None
    while i < sent.end:
        keys = ctx.cast.at(doc[i])
        if not keys:
            break
        key = keys[0]
        if key not in [k for k, _ in out]:
            out.append((key, stated))
        while i < sent.end and key in ctx.cast.at(doc[i]):
            i += 1
        if noun.tag_ != "NNS":
            break
        if i + 1 < sent.end and doc[i].lower_ in {",", "and", "&"}:
            i += 2 if doc[i].text == "," and doc[i + 1].lower_ in {"and", "&"} else 1
            crew, i = _crew_role(doc, i, sent.end)
            stated = crew or stated
            continue
        break
    return out


def _relative_to(ctx: Ctx, noun: Token) -> list[str]:
    """Whose partner: the possessor ("his co-host Y", "Milo's co-star Y"), else the subject of the clause
    the noun's "with"/"by"/"alongside" phrase hangs on ("he was joined by co-stars A and B")."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return ctx.who(poss[0])
    if noun.dep_ == "compound" and noun.head.dep_ == "pobj":
        noun = noun.head  # "by co-stars A and B": the parser may read the noun as a modifier of the name
    if noun.dep_ == "pobj" and noun.head.lower_ in RELATIVE_PREPS:
        verb = clause_verb(noun.head)
        if not negated(verb):
            return ctx.subjects(verb)
    return []


Ties = dict[int, list[tuple[str, str, str]]]


def _ties(ctx: Ctx, sent: Span, seen: Ties) -> list[tuple[str, str, str]]:
    """(person, title, kind) of every project ``projects`` finds in the sentence, read once per
    sentence for all the cues of one (``seen``, by the sentence's first token)."""
    if sent.start not in seen:
        seen[sent.start] = [(f.person, f.title, f.kind) for f in projects.extract(ctx, sent)]
    return seen[sent.start]


def _shared_work(
    ctx: Ctx, sent: Span, anchors: list[str], kinds: frozenset[str | None], seen: Ties
) -> tuple[str, str] | None:
    """The one work of a fitting kind tied to every anchor in the nearest sentence (this one first,
    then back up to LOOK_BACK sentences: a work named long before may be an old one) that ties them to any."""
    sents = [s for s in sent.doc.sents if s.start <= sent.start and not s.text.isspace()]
    for s in reversed(sents[-1 - LOOK_BACK :]):
        ties = _ties(ctx, s, seen)
        works = {
            (t, k)
            for p, t, k in ties
            if k in kinds and all((a, t) in {(q, u) for q, u, _ in ties} for a in anchors) and p == anchors[0]
        }
        if works:
            return next(iter(works)) if len(works) == 1 else None
    return None


Cue = tuple[Token, str, frozenset[str | None], list[tuple[str, str | None]], list[str]]
STAGE_KINDS: frozenset[str | None] = frozenset({"film", "tv", "stage"})
STAR_LEMMAS = frozenset({"star", "co-star", "costar"})


def _noun_cues(ctx: Ctx, sent: Span) -> Iterator[Cue]:
    """ "co-stars A and B" relative to whose co-stars they are."""
    for noun in sent:
        entry = PARTNER_NOUNS.get(_singular(noun))
        if entry is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        listed = _named_after(ctx, sent, noun)
        anchors = [k for k in _relative_to(ctx, noun) if k not in [p for p, _ in listed]]
        yield noun, entry[0], entry[1], listed, anchors


def _verb_cues(ctx: Ctx, sent: Span) -> Iterator[Cue]:
    """ "She stars alongside A and B", "he will star opposite A": the partners of a verb of starring
    that names no work, relative to its subject."""
    for verb in sent:
        misread = misread_star(ctx, verb)
        if not misread and (verb.pos_ != "VERB" or verb.lemma_.lower() not in STAR_LEMMAS or negated(verb)):
            continue
        named = partners(ctx, verb, lx.CO_PART_PREPS)
        anchors = list(ctx.cast.at(sent.doc[verb.i - 1])) if misread else ctx.subjects(verb)
        yield verb, "actor", STAGE_KINDS, [(k, None) for k in named if k not in anchors], anchors


def extract(ctx: Ctx, sent: Span) -> Iterator[Project]:
    seen: Ties = {}
    for cue, role, kinds, listed, anchors in [*_noun_cues(ctx, sent), *_verb_cues(ctx, sent)]:
        if not listed or not anchors:
            continue
        have = {p for p, _, _ in _ties(ctx, sent, seen)}
        listed = [(k, r) for k, r in listed if k not in have]  # "her Iron Coast co-star Y": its own title
        if not listed:
            continue
        work = _shared_work(ctx, sent, anchors, kinds, seen)
        if work is None:
            continue
        title, kind = work
        for person, crew in listed:
            yield Project(
                person=person,
                title=title,
                kind="tv" if role == "host" else kind,  # type: ignore[arg-type]
                role=crew or role,
                confidence=confidence(0.6, sent),
                evidence=[ctx.evidence(sent)],
                cue=f"{cue.lower_} of {ctx.cast.people[anchors[0]].name}",
            )
