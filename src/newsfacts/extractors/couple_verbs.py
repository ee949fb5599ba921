"""Couple facts from verb cues: "X married Y", "X and Y wed in 2012", "the couple tied the knot", "X is
engaged to Y", "X is dating Y", "X and Y split", "X filed … divorced", and the senses of those verbs that
are no couple event ("married into the family", "engaged in talks", "broke up the fight")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence, future, negated
from newsfacts.extractors.couple_dates import date_range, ended_by_divorce, event_date, until_date
from newsfacts.extractors.couple_guards import ahead, not_yet, planned, speculated, unasserted
from newsfacts.extractors.couple_parties import (
    amod_couple,
    couple_of,
    linear_couple,
    named_platonic,
    other_partners,
    to_whom,
)
from newsfacts.extractors.kinship import NOUN_TYPES, PLURAL_KIN, Fact
from newsfacts.schema import Divorce, Engagement, Marriage, Relationship, Separation
from newsfacts.temporal import lexicon as tlx

VERB_CUES = frozenset(
    {
        *lx.MARRY_LEMMAS,
        *lx.ENGAGE_LEMMAS,
        *lx.SPLIT_LEMMAS,
        "married",
        "wed",
        "weds",
        "wedded",
        "tie",
        "exchange",
        "divorce",
        "divorced",
        "engaged",
        "hitch",
        "walk",
        "renew",
        "link",
        "date",
        "romance",
        "move",
        "pop",
    }
)


WED_FORMS = frozenset({"wed", "weds", "wedded"})


def verb_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    for tok in sent:
        low = tok.lower_
        lemma = "wed" if low in WED_FORMS else tok.lemma_.lower()  # the tagger lemmatises "wed" as "we"
        if (
            tok.pos_ not in ("VERB", "AUX", "ADJ")
            and low not in {"married", "engaged", "divorced", "wed"}
            and not noun_with_subject(tok)
        ):
            continue
        if (lemma not in VERB_CUES and low not in VERB_CUES) or negated(tok) or unasserted(tok):
            continue  # the cheap lexical test first: negation walks the parse
        is_marry = (
            lemma in lx.MARRY_LEMMAS
            or low == "married"
            or low in WED_FORMS
            or (lemma == "tie" and any(c.lower_ == "knot" for c in tok.children))
            or (lemma == "exchange" and any(c.lower_ == "vows" for c in tok.children))
            or _got_hitched(tok)
            or _down_the_aisle(tok)
            or _renewed_vows(tok)
        )
        if is_marry:
            if not_yet(tok) or speculated(tok) or planned(tok):
                continue
            if _other_object(ctx, tok, frozenset({"into"})):
                continue  # "married into the family": not to each other
            parties = couple_of(ctx, tok, sent) or amod_couple(ctx, tok)
            misread = False  # "X married actress Y on May 2" with "married" read as an adjective
            if not parties:
                parties = linear_couple(ctx, tok)
                misread = (
                    parties is not None and tok.i > 0 and tok.doc[tok.i - 1].lower_ not in lx.RELATIVE_COPULA
                )
            if parties:
                start = event_date(ctx, tok, sent) if low != "married" or _is_event(tok) or misread else None
                if _renewed_vows(tok):
                    start = None  # the renewal's date, not the wedding's
                span = date_range(ctx, tok)
                if span is not None:
                    start = span[0]
                yield Marriage(
                    people=parties,
                    start=start,
                    end=span[1] if span is not None else until_date(ctx, tok, sent),
                    confidence=confidence(0.9, sent),
                    evidence=[ctx.evidence(sent)],
                    cue=lemma,
                )
                for couple in other_partners(ctx, tok, parties):  # "married to A and B": no date for B
                    yield Marriage(
                        people=couple,
                        confidence=confidence(0.8, sent),
                        evidence=[ctx.evidence(sent)],
                        cue=lemma,
                    )
            continue
        if lemma == "divorce" or low == "divorced":
            parties = couple_of(ctx, tok, sent) or amod_couple(ctx, tok)
            if parties and not future(tok):
                d = event_date(ctx, tok, sent)
                yield Divorce(
                    people=parties,
                    finalized=d,
                    place=place_of(tok),
                    confidence=confidence(0.85, sent),
                    evidence=[ctx.evidence(sent)],
                    cue="divorce",
                )
                yield ended_by_divorce(ctx, sent, parties, d, "divorce")
            continue
        popped = lemma == "pop" and any(c.lower_ == "question" and c.dep_ == "dobj" for c in tok.children)
        if lemma in lx.ENGAGE_LEMMAS or low == "engaged" or popped:  # "popped the question to Y"
            couple = amod_couple(ctx, tok) if low == "engaged" else None  # "the engaged couple"
            if (
                couple is None
                and low == "engaged"
                and not any(c.lower_ == "to" for c in tok.children)
                and tok.dep_ not in ("acomp", "ROOT", "conj")
            ):
                continue
            if lemma == "engage" and any(_activity_in(c) for c in tok.children):
                continue  # "engaged in various projects"
            parties = couple or couple_of(ctx, tok, sent) or to_whom(ctx, tok)
            if parties and not not_yet(tok) and not speculated(tok):
                yield Engagement(
                    people=parties,
                    date=event_date(ctx, tok, sent),
                    confidence=confidence(0.85, sent),
                    evidence=[ctx.evidence(sent)],
                    cue=lemma,
                )
            continue
        romantic_link = (
            lemma in {"link", "tie"}
            and tok.tag_ == "VBN"
            and (
                _linked_to_someone(ctx, tok)  # "X has been linked to Y" (not "to the scandal")
                or (lemma == "link" and _linked_pair(tok))  # "X and Y were first linked in 2013"
            )
            and not any(c.lower_ == "knot" for c in tok.children)
        )
        moved_on = lemma == "move" and any(c.lower_ == "on" and c.dep_ == "prt" for c in tok.children)
        if (lemma in {"date", "romance"} and tok.pos_ == "VERB") or romantic_link or moved_on:
            if lemma == "date" and _other_object(ctx, tok, frozenset()):
                continue  # "they are dating other people"
            parties = couple_of(ctx, tok, sent) or (linear_couple(ctx, tok) if lemma == "date" else None)
            if parties and not ahead(tok):
                span = date_range(ctx, tok)  # "dated from 2012 until 2015"
                yield Relationship(
                    people=parties,
                    start=span[0] if span is not None else event_date(ctx, tok, sent),
                    end=span[1] if span is not None else until_date(ctx, tok, sent),
                    confidence=confidence(0.8, sent),
                    evidence=[ctx.evidence(sent)],
                    cue=lemma,
                )
                for couple in other_partners(ctx, tok, parties):  # "dated A and B"
                    yield Relationship(
                        people=couple,
                        confidence=confidence(0.7, sent),
                        evidence=[ctx.evidence(sent)],
                        cue=lemma,
                    )
            continue
        if (
            lemma in lx.SPLIT_LEMMAS
            and _is_split(tok)
            and not _other_object(ctx, tok, frozenset({"from", "with"}))
        ):
            # not "broke up the fight", "split from the band", "parted ways with their label"
            parties = couple_of(ctx, tok, sent)
            if parties and not future(tok) and not named_platonic(ctx, sent, parties):
                # not "X parted ways with her manager Y": a split between a named friend or relative
                when = event_date(ctx, tok, sent)
                ev = [ctx.evidence(sent)]
                yield Separation(
                    people=parties, date=when, confidence=confidence(0.75, sent), evidence=ev, cue=lemma
                )
                if _split_names_both(ctx, tok):
                    # a split ends a relationship; reconcile drops it where the pair is married or engaged
                    yield Relationship(
                        people=parties, end=when, confidence=confidence(0.7, sent), evidence=ev, cue=lemma
                    )


def _down_the_aisle(tok: Token) -> bool:
    """ "X walked down the aisle with Y", "X and Y walked down the aisle in 2012": the idiom for a
    wedding; not "walked her daughter down the aisle" (a parent giving the bride away)."""
    return (
        tok.lemma_.lower() == "walk"
        and any(
            c.dep_ == "prep" and c.lower_ == "down" and any(p.lower_ == "aisle" for p in c.children)
            for c in tok.children
        )
        and not any(c.dep_ == "dobj" for c in tok.children)
    )


def _renewed_vows(tok: Token) -> bool:
    """ "X and Y renewed their (wedding) vows": a married couple."""
    return tok.lemma_.lower() == "renew" and any(
        c.dep_ == "dobj" and c.lower_ == "vows" for c in tok.children
    )


def _got_hitched(tok: Token) -> bool:
    """ "X and Y got hitched", "X got hitched to Y": the idiom for a wedding, a passive "hitched" with
    "get" (not "hitched a ride")."""
    return (
        tok.lemma_.lower() == "hitch"
        and tok.tag_ == "VBN"
        and any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "get" for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children)
    )


def _linked_to_someone(ctx: Ctx, tok: Token) -> bool:
    """ "linked to Y", "linked with each other": the "to/with" object is a person; "X and Y were linked to
    the fraud case", "tied to the project" link them to a thing, not to each other."""
    objs = [p for c in tok.children if c.lower_ in {"to", "with"} for p in c.children if p.dep_ == "pobj"]
    return any(ctx.who(p) or p.lower_ in {"other", "another"} for p in objs)


def _linked_pair(tok: Token) -> bool:
    """ "X and Y were (romantically) linked", "the pair have been linked since 2015": a passive "linked"
    whose subject is two people (coordinated, or a couple noun) and that is no link to a thing."""
    subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not subj or tok.dep_ not in ("ROOT", "relcl", "conj", "ccomp"):
        return False
    if any(c.dep_ in ("prep", "agent") and c.lower_ in {"to", "with", "by"} for c in tok.children):
        return False  # "X and Y were linked to the fraud case": linked to something else
    who = tok.head if tok.dep_ == "relcl" and subj[0].lower_ in {"who", "that"} else subj[0]
    return any(c.dep_ == "conj" for c in who.children) or who.lower_ in lx.COUPLE_NOUNS


def _other_object(ctx: Ctx, tok: Token, preps: frozenset[str]) -> bool:
    """Does the cue verb take an object that is no person — a direct object ("broke up the fight",
    "dating other people") or one of ``preps`` ("split from the band", "married into the family")?
    Then the event is not between its subjects. Idioms ("tied the knot", "parted ways") and "each
    other" do not count."""
    for c in tok.children:
        if (
            c.dep_ == "dobj"
            and c.pos_ in ("NOUN", "PROPN")  # not a misparsed "that" of "news that they are dating"
            and c.lower_ not in lx.COUPLE_IDIOM_OBJECTS
            and not _person_like(ctx, c)
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in preps
            and any(
                p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not _person_like(ctx, p)
                for p in c.children
            )
        ):
            return True
    return False


def _person_like(ctx: Ctx, tok: Token) -> bool:
    """A person the cast knows, a pronoun, "each other", or a kinship noun ("her boyfriend")."""
    return bool(
        ctx.who(tok)
        or tok.pos_ == "PRON"
        or tok.lower_ in {"other", "another"}
        or tok.lower_ in NOUN_TYPES
        or PLURAL_KIN.get(tok.lower_)
        or tok.lower_ in lx.DESCRIPTOR_NOUNS
    )


def _is_event(tok: Token) -> bool:
    """ "married in 2012" is the wedding; "is married to" is a state."""
    return (
        not any(
            c.lemma_ == "be" and c.dep_ in ("auxpass", "aux") and c.lower_ in {"is", "are", "'s", "am"}
            for c in tok.children
        )
        and tok.dep_ != "amod"
    )


def _activity_in(prep: Token) -> bool:
    """ "engaged in talks", "engaged in a feud": "in" + an activity is the other sense of "engaged";
    "engaged in Paris", "in 2015", "in December", "in the summer", "in secret", "in front of …" is
    where, when or how a couple got engaged."""
    if prep.lower_ != "in":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return True
    return not (
        obj.ent_type_ in WHERE_OR_WHEN_ENTS
        or obj.like_num
        or obj.lower_ in tlx.MONTHS
        or obj.lower_ in tlx.SEASONS
        or obj.lower_ in lx.ENGAGED_IN_MANNER
    )


WHERE_OR_WHEN_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})


def noun_with_subject(tok: Token) -> bool:
    """ "Later, X and Y split.": the tagger read the verb as a noun, but a noun has no subject."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children)


def _is_split(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "break":  # "broke up", "broke things off (with Y)"
        return any(c.lower_ == "up" for c in tok.children) or _broken_off(tok)
    if lemma == "part":
        return any(c.lower_ == "ways" for c in tok.children)
    if lemma == "call":  # "X and Y called it quits"
        return any(c.lower_ == "quits" for c in tok.children)
    if lemma == "split":
        verb = tok.pos_ == "VERB" or noun_with_subject(tok)
        return verb and not any(c.dep_ == "dobj" for c in tok.children)
    # "were separated by X" is a seating plan, not a split
    return (
        lemma == "separate"
        and tok.pos_ in ("VERB", "ADJ")
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _broken_off(tok: Token) -> bool:
    """ "X broke things off with Y", "they broke it off": "off" with an empty object ("things", "it"),
    not a thing broken off ("broke off the talks")."""
    objects = [c.lower_ for c in tok.children if c.dep_ == "dobj"]
    return any(c.lower_ == "off" and c.dep_ == "prt" for c in tok.children) and (
        len(objects) == 1 and objects[0] in lx.BROKEN_OFF_OBJECTS
    )


def _split_names_both(ctx: Ctx, tok: Token) -> bool:
    """ "X split from Y", "X and Y broke up": both sides named in the clause, not a bare "they split"
    (whose couple is only a guess)."""
    return bool(ctx.objects(tok)) or any(
        c.dep_.startswith("nsubj") and any(g.dep_ == "conj" for g in c.children) for c in tok.children
    )


def place_of(tok: Token) -> str | None:
    for t in tok.subtree:
        if t.ent_type_ in ("GPE", "LOC") and t.head.lower_ == "in" and t.ent_iob_ == "B":
            ent = next((e for e in t.doc.ents if e.start == t.i), None)
            if ent is not None:
                return ent.text
    return None
