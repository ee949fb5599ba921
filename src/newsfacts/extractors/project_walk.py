"""The tests of the walk from a title up the parse (``project_links``): which verbs tie their subject to
the title ("X is the star of Y", "known for Y", "plays for Y", "Her films include Y", "X starred in Y's
film Z") and where the walk stops (a date told by a work's event, a venue, a denial, an interview with a
cast, a rival's work, a report on a work)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, negated
from newsfacts.extractors.project_cues import singular
from newsfacts.extractors.project_title_shape import Title, past_quote


def listing_subject(verb: Token) -> Token | None:
    """ "Her films include X, Y and Z": the plural work noun whose members "include" lists."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "include":
        return None
    return next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and singular(c) in lx.WORK_NOUNS),
        None,
    )


# "plays for X", "writes for X": the verb with "for" names a team or a publication, not a part or a book
FOR_ROLES = {"play": "player", "write": "writer"}


def for_role(verb: Token, start: int) -> str | None:
    role = FOR_ROLES.get(verb.lemma_.lower())
    if role is None:
        return None
    via = next((c for c in verb.children if c.left_edge.i <= start <= c.right_edge.i), None)
    return role if via is not None and via.dep_ == "prep" and via.lower_ == "for" else None


COPULAS = frozenset({"be", "become", "remain"})


def holds_role(role_noun: Token | None, verb: Token) -> bool:
    """A role noun under the verb names the subject's role: "X is the star of Y"; a plural one only
    through a copula ("X is one of the stars of Y", "X and Z were the co-hosts of Y"), not as the
    object of another verb ("X met the stars of Y")."""
    if role_noun is None:
        return False
    return role_noun.tag_ != "NNS" or verb.lemma_.lower() in COPULAS


TIME_PREPS = frozenset({"before", "after", "until", "since"})


def time_marker(t: Token) -> bool:
    """ "days before the release of X": a work's event used to say when something else happened ties
    nobody in the clause to the work."""
    return (
        t.pos_ == "NOUN"
        and t.lower_ in lx.WORK_CONTEXT_NOUNS
        and t.dep_ == "pobj"
        and t.head.lower_ in TIME_PREPS
    )


def venue_of(noun: Token, title_root: Token) -> bool:
    """ "his birthday party at X", "her dinner at X": a title that is the place ("at") of a possessed
    noun of no work, role or work event names a venue, not the possessor's work."""
    if noun.lower_ in lx.WORK_NOUNS or noun.lower_ in lx.ROLE_NOUNS or noun.lower_ in lx.WORK_CONTEXT_NOUNS:
        return False
    return title_root.dep_ == "pobj" and title_root.head.lower_ == "at" and title_root.head.head == noun


PART_NOUNS = frozenset({"role", "part", "performance", "turn", "portrayal"})


def _known_for_part(verb: Token, first: Token) -> bool:
    """ "X is best known for her role in the drama Y": the parser may hang "in Y" on "known", beside the
    part "for" names; the work is still the one the part was played in."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and singular(g) in PART_NOUNS for g in c.children)
        for c in verb.children
    ) and any(
        c.dep_ == "prep" and _part_slot(c, first) and c.left_edge.i <= first.i <= c.right_edge.i
        for c in verb.children
    )


def _part_slot(prep: Token, first: Token) -> bool:
    """ "in Y", or "as <character> on Y" ("known for her role as Jo on Y"): not the character itself."""
    return prep.lower_ in {"in", "on"} or (
        prep.lower_ == "as"
        and any(p.dep_ == "prep" and p.lower_ in {"in", "on"} and p.i < first.i for p in prep.subtree)
    )


def thanks_to(t: Token) -> bool:
    """ "X built a career thanks to films like Y": the works the subject owes the clause to are hers
    ("to" under "thanks", or beside it under the verb)."""
    if t.lower_ == "thanks":
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
    return t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].lower_ == "thanks"


def known_for(verb: Token, first: Token) -> bool:
    """ "X, best known for “Y”", "X is known for Y": what a person is known for is their work."""
    if verb.lemma_.lower() == "know" and _known_for_part(verb, first):
        return True
    return verb.lemma_.lower() == "know" and any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(  # "has known for years about Y" is no work of theirs
            g.dep_ == "pobj"
            and g.ent_type_ not in ("DATE", "TIME")
            and g.left_edge.i <= first.i <= g.right_edge.i
            for g in c.children
        )
        for c in verb.children
    )


# "her main competitor, ABC's X": a work set against the possessor's, not hers
RIVAL_NOUNS = frozenset({"rival", "competitor", "competition", "nemesis", "opponent", "foe", "challenger"})
# "Henry's full report from the X premiere": a write-up about a work is its writer's report, not the work
REPORT_NOUNS = frozenset({"report", "review", "recap", "interview", "coverage", "column", "article"})


def denied(verb: Token) -> bool:
    """Negated or denied; a relative clause is its own claim: in "X, who stars in Y, denied the
    rumour" the denial above is not about the role."""
    if verb.dep_ != "relcl":
        return negated(verb)
    if any(c.dep_ == "neg" or c.lower_ in lx.NEGATIONS for c in verb.children):
        return True
    lemma = verb.lemma_.lower()  # "shot down the rumour" denies, "shot to fame" does not
    return lemma in lx.DENIAL_LEMMAS and (lemma != "shoot" or any(c.lower_ == "down" for c in verb.children))


TALK_NOUNS = frozenset({"interview", "chat", "conversation", "meeting", "sit-down", "q&a"})


def met_with(t: Token) -> bool:
    """ "an interview with the cast of X": the people of X are whom the subject met, not its makers."""
    return t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lower_ in TALK_NOUNS


def context_after(doc: Doc, title: Title, sent: Span) -> bool:
    """ "were in a “Night Desk” sketch": a work-life noun right after the title, however it is tagged."""
    j = past_quote(doc, title.end, sent)
    return j < sent.end and doc[j].lower_ in lx.WORK_CONTEXT_NOUNS


# Verbs that say their subject takes a part in another's work ("plays in", "signed on to", "joined");
# "appeared on Y's show" is mostly a guest on a host's show, "launched her show" a backer's deed.
PART_TAKING_ROLES = frozenset({"actor", "director", "producer", "choreographer"})
PART_TAKING_VERBS = frozenset({"sign", "work", "collaborate"})
GUEST_VERBS = frozenset({"appear", "guest"})


def _taking_part(verb: Token, work: Token) -> bool:
    """A verb of a part in another's work: an actor's verb, "sign on", "work" or "collaborate" with the
    possessed noun under a preposition ("starred in Y's film", "signed on to Y's comedy") or a part as
    its object ("played Y's daughter in Z"), never a work noun as its object ("played Y's song", "signed
    Y's album", "filmed Y's show"); a director's or producer's verb also with the work as its object."""
    lemma = verb.lemma_.lower()
    if lemma in GUEST_VERBS:
        return False
    role = lx.ROLE_VERBS.get(lemma)
    if role == "actor" or lemma in PART_TAKING_VERBS:
        return work.dep_ == "pobj" or work.lower_ not in lx.WORK_NOUNS
    return role in PART_TAKING_ROLES


def other_doers(ctx: Ctx, work: Token, verb: Token | None, owner: list[str]) -> list[str]:
    """The people a linking verb right above a possessed work noun is said of, when the owner is not
    among them: "X stars in Y's film Z", "X joined Y's new show Z"."""
    if verb is None or not owner or not _taking_part(verb, work) or negated(verb):
        return []
    above = work.head.head if work.dep_ == "pobj" and work.head.dep_ == "prep" else work.head
    if above != verb or work.dep_ not in ("pobj", "dobj"):
        return []
    doers = ctx.subjects(verb)
    return [] if any(k in owner for k in doers) else doers
