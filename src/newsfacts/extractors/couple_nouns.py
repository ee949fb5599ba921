"""Couple facts from nouns: divorce nouns ("filed for divorce", "her divorce from Y"), kinship nouns ("X's
husband Y", "his girlfriend Y"), relation nouns ("his marriage to Y", "their engagement") and split
nouns ("her split from Y")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, confidence, future, negated
from newsfacts.extractors.couple_dates import date_in_phrase, ended_by_divorce, event_date, wedding_date
from newsfacts.extractors.couple_guards import (
    denied_or_wished,
    distributive_owner,
    filing_ahead,
    prospect,
    wedding_ahead,
    wedding_planned,
)
from newsfacts.extractors.couple_parties import (
    between,
    held_by,
    in_relation,
    linear_possessor,
    named_platonic,
    pair,
    partner_after,
    partners,
    possessors,
    relation_owner,
)
from newsfacts.extractors.couple_verbs import noun_with_subject, place_of
from newsfacts.extractors.kinship import (
    NOUN_TYPES,
    PLURAL_KIN,
    Fact,
    in_name,
    kin_negated,
    kin_read_as_verb,
    listed_relatives,
    owner_of,
    relative_of,
)
from newsfacts.extractors.on_off import on_off_before
from newsfacts.schema import Divorce, Engagement, Marriage, Relationship, Separation

# -- divorce nouns: "filed for divorce", "her divorce from X", "the divorce was finalized" ----------


def divorce_noun_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    for tok in sent:
        if tok.lower_ not in {"divorce", "divorces"} or tok.pos_ != "NOUN" or negated(tok):
            continue
        if distributive_owner(tok):
            continue  # "in the wake of each artist's divorce": each from someone else
        ahead = prospect(tok)  # "headed for a divorce": none yet, but the two are married
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.DIVORCE_TRADE_NOUNS:
            continue  # "famed divorce attorney X", "my divorce lawyer": a profession, no divorce
        parties: list[str] | None = None
        filed_by: str | None = None
        # who: poss ("her divorce", "X's divorce"), "divorce from/with Y", the filer, the couple in context;
        # on the noun a compound "divorce" modifies too ("his divorce proceedings from Y")
        holders = [tok, tok.head] if tok.dep_ == "compound" else [tok]
        owner = [k for h in holders for c in h.children if c.dep_ == "poss" for k in possessors(ctx, c)]
        other = [
            k
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in {"from", "with"}  # "her divorce from Y", "X's divorce with Y"
            for p in c.children
            for k in ctx.who(p)
        ]
        other = other or partner_after(ctx, tok, frozenset({"from", "with"}))
        head = tok.head
        while head.dep_ in ("compound", "prep", "pobj", "dobj") and head.pos_ != "VERB" and head.head != head:
            if head.dep_ == "prep" and head.lower_ == "from":
                pass
            head = head.head
        filer_verb = head if head.pos_ == "VERB" and head.lemma_.lower() in lx.FILE_LEMMAS else None
        if filer_verb is not None and filing_ahead(filer_verb):
            ahead = True  # "is ready to file for divorce", "plans to file for divorce": not filed yet
        if filer_verb is not None:
            owner = owner or ctx.subjects(filer_verb)
            other = other or ctx.objects(filer_verb, frozenset({"from", "against"}))
            for c in filer_verb.subtree:
                if c.dep_ == "prep" and c.lower_ == "from":
                    other = other or [k for p in c.children for k in ctx.who(p)]
            subj = ctx.subjects(filer_verb)
            filed_by = subj[0] if len(subj) == 1 else None
        parties = pair(owner, other)
        if parties is None and _earlier_spouse(holders):
            continue  # not the couple told of before: an unnamed earlier spouse
        if parties is None and len(owner) == 1:
            couple = ctx.pair_before(tok.i, sent)
            if owner[0] in couple:
                parties = sorted(couple)
        if parties is None and not owner:
            # "X and Y agreed to a divorce settlement": the clause's two subjects; else the couple referred
            # to last, if the clause's subject is in it ("X hit her husband with divorce papers": X's)
            actors = ctx.subjects(clause_verb(tok))
            couple = tuple(actors) if len(actors) == 2 else ctx.pair_before(tok.i, sent)
            parties = sorted(couple) if couple and (not actors or set(actors) & set(couple)) else None
        if not parties:
            continue
        if ahead:
            yield Marriage(
                people=parties,
                confidence=confidence(0.7, sent),
                evidence=[ctx.evidence(sent)],
                cue="divorce ahead",
            )
            continue
        final_verb = next(
            (h for h in [tok.head, *tok.ancestors] if h.lemma_.lower() in lx.FINAL_LEMMAS), None
        )
        if final_verb is None and any(c.lemma_.lower() in lx.FINAL_LEMMAS for c in tok.head.children):
            final_verb = tok.head
        when = event_date(ctx, filer_verb or final_verb or tok, sent)
        own = date_in_phrase(ctx, tok, sent) if filer_verb is None and final_verb is None else None
        yield Divorce(
            people=parties,
            filed=when if filer_verb is not None else None,
            filed_by=filed_by if filed_by in parties else None,
            finalized=when if final_verb is not None and filer_verb is None else own,
            place=place_of(final_verb) if final_verb is not None else None,
            confidence=confidence(0.85 if filer_verb is not None or owner else 0.7, sent),
            evidence=[ctx.evidence(sent)],
            cue="divorce (noun)",
        )
        yield ended_by_divorce(ctx, sent, parties, own, "divorce (noun)")


def _earlier_spouse(holders: list[Token]) -> bool:
    """ "a divorce from his first wife", "her divorce from her previous husband": an unnamed spouse before
    the current one, so not the couple the article spoke of last."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"from", "with"}
        and p.lower_ in NOUN_TYPES
        and m.lower_ in lx.EARLIER
        for h in holders
        for c in h.children
        for p in c.children
        for m in p.children
        if m.dep_ in ("amod", "advmod")
    )


# -- kinship nouns: "X's husband Y", "X and wife Y", "her ex-boyfriend Y" (located by kinship.py) ------


def noun_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    for tok in sent:
        low = tok.lower_.replace("’", "'")
        plural = low in PLURAL_KIN
        low = PLURAL_KIN.get(low, low)
        kind = NOUN_TYPES.get(low)
        if kind is None or not _nominal(tok, low) or kin_negated(tok) or _played(tok):
            continue
        own = owner_of(ctx, tok)
        rels = [[k] for k in listed_relatives(ctx, tok)] if plural else [relative_of(ctx, tok)]
        for rel in rels:
            yield from _kin_fact(ctx, sent, tok, low, kind, own, rel)


def _nominal(tok: Token, low: str) -> bool:
    """A kinship noun; a hyphenated one ("ex-girlfriend", "wife-to-be") even where the tagger calls it
    a verb. Not "ex" glued to a hyphen: "ex-presenter Y" is a former presenter (the kin words with
    "ex-" are single tokens)."""
    doc = tok.doc
    if low == "ex" and not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–"):
        return False
    return tok.pos_ in ("NOUN", "PROPN") or "-" in low or kin_read_as_verb(tok)


def _played(noun: Token) -> bool:
    """ "her television husband", "his on-screen wife", "they played husband and wife": a role in a work,
    not a relative."""
    np = noun.head if noun.dep_ == "conj" else noun
    if np.dep_ == "dobj" and np.head.lemma_.lower() in lx.PLAY_LEMMAS:
        return True
    return any(
        c.lower_ in lx.ROLE_MODIFIERS
        or (c.dep_ in ("nmod", "prep") and any(g.lower_ in lx.ROLE_MODIFIERS for g in c.children))
        for c in noun.lefts
    )


def _kin_fact(
    ctx: Ctx, sent: Span, tok: Token, low: str, kind: type[Fact], own: list[str], rel: list[str]
) -> Iterator[Fact]:
    parties = pair(own, rel)
    if not parties:
        return
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"ex", "ex-", "former"} and kind is Marriage:
        low = "ex-" + low
    ev = [ctx.evidence(sent)]
    conf = confidence(0.85, sent)
    if kind is Marriage:
        start = None
        for d in ctx.durations_near(tok, sent):
            start = ctx.start_from(d, None) if low in lx.SPOUSE_NOUNS else None
            break
        yield Marriage(people=parties, start=start, confidence=conf, evidence=ev, cue=low)
    elif kind is Engagement:
        yield Engagement(people=parties, confidence=conf, evidence=ev, cue=low)
    else:
        yield Relationship(people=parties, confidence=confidence(0.75, sent), evidence=ev, cue=low)


RELATION_NOUNS: dict[str, type[Fact]] = {
    "marriage": Marriage,
    "wedding": Marriage,
    "nuptials": Marriage,
    "relationship": Relationship,
    "romance": Relationship,
    "affair": Relationship,
    "fling": Relationship,
    "engagement": Engagement,
    "anniversary": Marriage,
}


def relation_noun_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "his marriage to Y", "X's romance with Y", "their engagement", "the couple's relationship"."""
    for tok in sent:
        kind = RELATION_NOUNS.get(tok.lower_)
        if kind is None or not _noun_like(tok) or negated(tok):
            continue
        planned = wedding_planned(tok)  # "X's upcoming nuptials to Y", "plans for her wedding to Y"
        if planned:
            kind = Engagement
        elif denied_or_wished(tok):
            continue
        if distributive_owner(tok):
            continue  # "each star's marriage"
        if any(c.lower_ in lx.UNROMANTIC_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound")):
            continue  # "their working relationship", "a business relationship with Y"
        owner = relation_owner(ctx, tok, sent) or in_relation(ctx, tok)
        held = not owner and bool(held_by(ctx, tok))
        owner = owner or held_by(ctx, tok)
        if not owner and kind is Relationship:  # "X's on-again, off-again romance" (the parser lost the 's)
            owner = linear_possessor(ctx, tok)
        if (
            tok.lower_ == "anniversary"
            and not any(c.lower_ in {"wedding", "marriage"} for c in tok.lefts)
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        ):
            continue  # "the film's 20th anniversary" is no marriage
        preps = [*tok.children]
        if tok.dep_ == "conj":  # "X's career and marriage to Y": the parser may hang "to Y" on "career"
            preps += [c for c in tok.head.children if c.i > tok.i]
        partner = partners(ctx, preps, frozenset({"to", "with", "between"})) or partner_after(
            ctx, tok, frozenset({"to", "with"})
        )
        if len(partner) > 1 and not any(c.dep_ == "prep" and c.lower_ == "between" for c in preps):
            continue  # "her tumultuous relationship with X and Y": a feud or a friendship, not a couple
        if tok.lower_ == "anniversary" and _partner_noun_before(tok):
            kind = Relationship  # "their anniversary with boyfriend Y": a couple's, not a wedding's
        if kind is Marriage and wedding_ahead(tok):
            continue  # "they will move to Rome after their wedding": the wedding is still to come
        named_after = bool(partner_after(ctx, tok, frozenset({"with"})))  # "had a secret affair with Y"
        if held and not (_partner_named(ctx, tok) or named_after) and not _held_by_two(tok, owner):
            continue  # "she had an affair with her director": a description, too often misread
        parties = pair(owner, partner) or between(ctx, tok, sent)
        if parties is None and tok.lower_ == "anniversary":
            parties = _anniversary_couple(ctx, tok, sent, owner)
        if parties is None or (kind is Relationship and named_platonic(ctx, sent, parties)):
            continue
        ev = [ctx.evidence(sent)]
        if kind is Marriage:
            ender = _marriage_ender(tok)
            yield Marriage(
                people=parties,
                start=wedding_date(ctx, tok, sent),
                end=event_date(ctx, ender, sent) if ender is not None else None,
                confidence=confidence(0.8, sent),
                evidence=ev,
                cue=tok.lower_,
            )
        elif kind is Engagement:
            yield Engagement(
                people=parties,
                date=None
                if planned
                else event_date(ctx, tok, sent),  # a planned wedding's date is not the engagement's
                confidence=confidence(0.7 if planned else 0.8, sent),
                evidence=ev,
                cue="wedding ahead" if planned else tok.lower_,
            )
        else:
            yield Relationship(people=parties, confidence=confidence(0.7, sent), evidence=ev, cue=tok.lower_)


def _marriage_ender(tok: Token) -> Token | None:
    """The verb that ends the marriage a noun names: "her marriage to Y broke up / fell apart in 2008"
    (the noun its subject), "X ended her marriage to Y in 2008" (its object)."""
    if tok.lower_ != "marriage" or tok.head == tok:
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in lx.MARRIAGE_END_LEMMAS or negated(verb):
        return None
    particle = lx.MARRIAGE_END_PARTICLES.get(lemma)
    if particle is not None and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children
    ):
        return None
    if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "dobj" and lemma == "end"):
        return verb
    return None


def _partner_noun_before(noun: Token) -> bool:
    """ "her anniversary with boyfriend Y", "marked her second anniversary with Y … her beau": the
    sentence calls the partner a boyfriend/girlfriend (any case: headlines are title-cased)."""
    return any(t.lower_ in lx.PARTNER_NOUNS for t in noun.sent)


SPLIT_NOUNS = frozenset({"split", "breakup", "break-up"})


def split_noun_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "her split from Y", "X, whose split from Y was announced": the owner and the "from/with" person
    ended their couple — a separation, and (with Y named) an ended relationship as for the verb, which
    reconcile drops where the article says the two are married or engaged. (Without that drop the noun
    made relationship false alarms: most splits in the news are of married couples.)"""
    for tok in sent:
        low = tok.lower_
        if low not in SPLIT_NOUNS or tok.pos_ not in ("NOUN", "PROPN") or noun_with_subject(tok):
            continue  # a "split" with a subject is the verb, read by the verb rules
        if negated(tok) or denied_or_wished(tok):
            continue  # "denied a split", "a rumoured split", "a possible split"
        partner = partners(ctx, list(tok.children), frozenset({"from", "with"})) or partner_after(
            ctx, tok, frozenset({"from", "with"})
        )
        owner = relation_owner(ctx, tok, sent) or held_by(ctx, tok)
        parties = pair(owner, partner)
        if parties is None:
            continue
        when = event_date(ctx, tok, sent)
        ev = [ctx.evidence(sent)]
        yield Separation(people=parties, date=when, confidence=confidence(0.75, sent), evidence=ev, cue=low)
        if partner and not future(clause_verb(tok)):
            # like the verb: a split ends a couple; reconcile drops it where the pair is married or engaged
            yield Relationship(
                people=parties, end=when, confidence=confidence(0.7, sent), evidence=ev, cue=low
            )


def _anniversary_couple(ctx: Ctx, tok: Token, sent: Span, owner: list[str]) -> list[str] | None:
    """A wedding anniversary's couple where the parser hangs the partner on the verb ("X celebrated her
    wedding anniversary with Y"), or "their" stands for the two people the sentence names before it
    ("X surprised Y on their wedding anniversary")."""
    verb = tok.head if tok.dep_ == "dobj" else None
    if owner and verb is not None:
        got = pair(owner, ctx.objects(verb, frozenset({"with"})))
        if got is not None:
            return got
    if any(c.dep_ == "poss" and c.lower_ in lx.PLURAL_PRONOUNS for c in tok.children):
        named = ctx.cast.in_span(sent.start, tok.i)
        return pair(named, []) if len(named) == 2 else None
    return None


ROMANCE_NOUNS = frozenset({"romance", "fling", "affair"})


def _held_by_two(noun: Token, holders: list[str]) -> bool:
    """ "X and Y enjoyed a brief romance", "X and Y had a fling": two subjects hold a romantic noun with no
    third party ("with Z") — a couple; not "a relationship" alone ("X and Y have a close relationship" is
    as often a friendship or a family tie) unless called "romantic"."""
    romantic = (
        noun.lower_ in ROMANCE_NOUNS
        or any(c.lower_ == "romantic" for c in noun.children if c.dep_ == "amod")
        or on_off_before(noun)  # "X and Y had an on-again, off-again relationship"
    )
    with_other = any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in noun.children)
    return romantic and not with_other and len(holders) == 2


def _partner_named(ctx: Ctx, noun: Token) -> bool:
    """The "with"/"to" phrase of a relation noun is one person's name ("a fling with Y"), not a
    description ("her director") nor a list."""
    objs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "with"} for p in c.children]
    return len(objs) == 1 and in_name(ctx, objs[0].i) and not any(c.dep_ == "conj" for c in objs[0].children)


def _noun_like(tok: Token) -> bool:
    """A noun, also one the tagger calls a verb though a determiner opens it or it stands as an object
    ("ended a brief summer fling")."""
    return tok.pos_ == "NOUN" or (
        tok.pos_ == "VERB"
        and (tok.dep_ in ("dobj", "pobj") or any(t.dep_ == "det" and t.i < tok.i for t in tok.subtree))
    )
