"""Couple facts from idioms and predicates: "X and Y are an item", "husband and wife", "on-and-off",
"back together", "in love with Y", "exes X and Y", "have been together since 2013", "after 11 years of
marriage"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, confidence, future, negated
from newsfacts.extractors.couple_dates import event_date
from newsfacts.extractors.couple_guards import speculated, unasserted, wished
from newsfacts.extractors.couple_parties import named_platonic, pair, subject_pair, the_two, two_of
from newsfacts.extractors.kinship import Fact, in_name
from newsfacts.extractors.on_off import on_off_after
from newsfacts.schema import Marriage, Relationship


def predicate_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "X and Y are an item", "X was an item with Y", "the two are an item": a couple, not yet married;
    "X and Y are (now) husband and wife": married."""
    for tok in sent:
        kind = _couple_predicate(tok)
        if kind is None or negated(tok):
            continue
        be = tok.head
        if tok.lower_ == "couple" and any(
            c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in be.children
        ):
            continue  # "they are a perfect couple": too often the parts two actors play
        partner = [
            k
            for c in (*tok.children, *be.children)
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            for k in ctx.who(p)
        ]
        parties = subject_pair(ctx, be, sent, partner)
        if parties:
            yield kind(
                people=parties,
                confidence=confidence(0.75, sent),
                evidence=[ctx.evidence(sent)],
                cue=tok.lower_,
            )


def on_off_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "X and Y have been on-and-off for years", "X has been on again, off again with Y": a romance that
    broke and resumed, told by "be" and the phrase alone (not "were friends on and off", "on-and-off
    work"): the couple is the subject pair, or the subject and the "with" partner."""
    for tok in sent:
        if tok.lemma_ != "be" or not on_off_after(tok):
            continue
        if negated(tok) or unasserted(tok) or wished(tok) or speculated(tok):
            continue
        if any(c.dep_ in ("attr", "acomp") and c.i > tok.i for c in tok.children):
            continue  # "they have been friends on and off"
        partner = [
            k for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "with" for k in _pobj_people(ctx, c)
        ]
        parties = subject_pair(ctx, tok, sent, partner)
        if parties and not named_platonic(ctx, sent, parties):
            yield Relationship(
                people=parties,
                confidence=confidence(0.7, sent),
                evidence=[ctx.evidence(sent)],
                cue="on-and-off",
            )


def _pobj_people(ctx: Ctx, prep: Token) -> list[str]:
    return [k for p in prep.children if p.dep_ == "pobj" for k in ctx.who(p)]


def romance_idioms(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """Idioms of a romance between the clause's subject and a named person: "X is back together with
    Y", "X and Y are back together", "X is (crazy) in love with Y", "X is hooking up with Y", "X cheated
    on Y", "X and Y made their debut as a couple". Not where denied, asked, wished or planned ("should
    get back together", "will fall in love"), nor guessed by onlookers."""
    for tok in sent:
        found = _romance_anchor(ctx, tok)
        if found is None:
            continue
        verb, partner = found
        if negated(tok) or negated(verb) or unasserted(verb) or speculated(verb) or wished(verb):
            continue
        parties = pair(ctx.subjects(verb), partner)
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if parties is None and not partner and subj is not None and two_of(subj):
            parties = the_two(ctx, sent, subj.i)
        if parties and not named_platonic(ctx, sent, parties):
            yield Relationship(
                people=parties,
                confidence=confidence(0.7, sent),
                evidence=[ctx.evidence(sent)],
                cue=tok.lower_,
            )


def _romance_anchor(ctx: Ctx, tok: Token) -> tuple[Token, list[str]] | None:
    """The verb a romance idiom hangs on, and the people of its "with"/"on" phrase (may be none where the
    subject names both: "X and Y are back together")."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low == "together" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "back":
        verb = clause_verb(tok)
        return verb, _prep_people(ctx, (tok, verb), "with") or _with_head(ctx, tok)
    if low == "love" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        verb = clause_verb(tok)
        return verb, _prep_people(ctx, (tok, verb), "with")
    if (
        lemma == "hook"
        and tok.pos_ == "VERB"
        and any(c.lower_ == "up" for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children)  # "hooked up the speakers"
        and not _teamed_up(tok)
    ):
        partner = _prep_people(ctx, (tok,), "with")
        # "X and Y hooked up": the subject names both, and no one else (not "X and Y hooked up with two
        # fans", nor "X, Y and Z hooked up for a jam session": a group)
        joint = (
            not any(c.lower_ == "with" for c in tok.children)
            and any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in tok.children)
            and len(ctx.subjects(tok)) == 2
        )
        return (tok, partner) if partner or joint else None
    if lemma == "cheat" and tok.pos_ == "VERB":
        partner = _prep_people(ctx, (tok,), "on")
        return (tok, partner) if partner else None
    if low == "couple" and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
        return tok.head.head, []
    return None


def _teamed_up(verb: Token) -> bool:
    """ "hooked up with Y to record a song", "hooked up with Y for a new track": a purpose or a work says
    the two teamed up, not that they are a couple."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
        work = any(p.lower_ in lx.WORK_NOUNS or p.lower_ in TEAM_UP_NOUNS for p in c.children)
        if c.dep_ == "prep" and c.lower_ == "for" and work:
            return True
    return False


TEAM_UP_NOUNS = frozenset({"collaboration", "collab", "duet", "remix", "performance", "gig", "campaign"})


def _with_head(ctx: Ctx, tok: Token) -> list[str]:
    """ "back together with Y" that the parser reads with "together" hanging on "with"."""
    prep = tok.head
    if prep.lower_ != "with":
        return []
    return [k for p in prep.children if p.dep_ == "pobj" for k in ctx.who(p)]


def _prep_people(ctx: Ctx, holders: tuple[Token, ...], word: str) -> list[str]:
    """The people of a ``word`` phrase ("with Y", "on Y") on any of the holder tokens."""
    return [
        k
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == word
        for p in c.children
        if p.dep_ == "pobj"
        for k in ctx.who(p)
    ]


def couple_title_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """A couple noun as the title of two coordinated names: "exes X and Y", "the lovebirds, X and Y, …"
    (a romance, perhaps over); "newlyweds X and Y" (married)."""
    for tok in sent:
        low = tok.lower_
        kind = (
            Relationship
            if low in lx.COUPLE_TITLES_ROMANCE
            else Marriage
            if low in lx.COUPLE_TITLES_MARRIED
            else None
        )
        if kind is None or tok.pos_ not in ("NOUN", "PROPN") or negated(tok):
            continue
        if any(c.dep_ == "poss" for c in tok.children):
            continue  # "his exes X and Y": each is his ex, not the other's (the kinship rules read them)
        if tok.dep_ == "compound" and in_name(ctx, tok.head.i):
            named = ctx.who(tok.head)
        else:
            named = [k for c in tok.children if c.dep_ == "appos" and in_name(ctx, c.i) for k in ctx.who(c)]
        if len(named) != 2:
            continue
        yield kind(
            people=sorted(named),
            confidence=confidence(0.7, sent),
            evidence=[ctx.evidence(sent)],
            cue=low,
        )


def together_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "X and Y have been together since 2013", "the couple has been together for three years", "X has
    been together with Y since May": a couple, not (or not yet) said to be married — reconcile drops
    the relationship where a marriage of the pair is told. Only the perfect "have been together" with a
    "since"/"for" phrase of time counts: "they were together in the studio" is no romance."""
    for tok in sent:
        if tok.lower_ != "together" or tok.dep_ != "advmod" or tok.head.lemma_ != "be":
            continue
        be = tok.head
        if not _perfect(be) or not _lasting(ctx, be, sent) or negated(be) or unasserted(be):
            continue
        if _together_in_something(be):
            continue  # "have been together in the band since 1999": fellow members, no couple
        partner = [k for c in be.children if c.dep_ == "prep" and c.lower_ == "with" for k in ctx.objects(be)]
        parties = subject_pair(ctx, be, sent, partner)
        if parties:
            yield Relationship(
                people=parties,
                start=event_date(ctx, be, sent) if _has_prep(be, "since") else None,
                confidence=confidence(0.7, sent),
                evidence=[ctx.evidence(sent)],
                cue="been together",
            )


def _together_in_something(verb: Token) -> bool:
    """ "together in the band", "together on the show", "together at the label": a shared place of work."""
    return any(
        c.dep_ == "prep" and c.lower_ in {"in", "on", "at"} and any(p.pos_ == "NOUN" for p in c.children)
        for c in verb.children
    )


def _perfect(verb: Token) -> bool:
    """ "have been", "has been", "had been": a perfect, a state that has lasted."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _has_prep(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in verb.children)


def _lasting(ctx: Ctx, verb: Token, sent: Span) -> bool:
    """A "since" phrase, or a "for" phrase of years or months ("for three years"): how long it has lasted."""
    if _has_prep(verb, "since"):
        return True
    spans = [
        d
        for d in ctx.durations_near(verb, sent, max_tokens=8)
        if d.value[-1:] in ("Y", "M") and "T" not in d.value
    ]
    return _has_prep(verb, "for") and bool(spans)


def _couple_predicate(tok: Token) -> type[Marriage | Relationship] | None:
    """The fact a predicate noun of "be" states of its subject: "an item", "husband and wife"."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return None
    if tok.lower_ == "item" and any(c.lower_ == "an" for c in tok.children):
        return Relationship
    if (
        tok.lower_ == "couple"
        and any(c.lower_ == "a" for c in tok.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    ):
        return Relationship  # "X and Y are a couple" (not "a couple of friends")
    if tok.lower_ in lx.SPOUSE_NOUNS | {"man"} and any(
        c.dep_ == "conj" and c.lower_ in lx.SPOUSE_NOUNS for c in tok.children
    ):
        return Marriage
    return None


def years_of_marriage(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "after 11 years of marriage", "going on 15 years of marriage", "X and Y marked 15 years of
    marriage", "X celebrated nine years of wedded bliss with Y": a marriage, its start derived from the
    duration where the article's date allows."""
    for tok in sent:
        if not _span_of_marriage(tok) or negated(tok) or future(clause_verb(tok)):
            continue
        durs = ctx.durations_near(tok, sent, max_tokens=3)
        if not durs:
            continue
        couple = (
            tuple(k for c in tok.children if c.dep_ == "poss" for k in ctx.who(c))
            or tuple(_clause_couple(ctx, tok))
            or ctx.pair_before(tok.i, sent)
        )
        if len(couple) != 2:
            continue
        others = [d for d in ctx.dates_near(tok, sent, max_tokens=20)]
        as_of = others[0].latest if others and others[0].latest else None
        yield Marriage(
            people=sorted(couple),
            start=ctx.start_from(durs[0], as_of),
            confidence=confidence(0.7, sent),
            evidence=[ctx.evidence(sent)],
            cue="years of marriage",
        )


def _span_of_marriage(tok: Token) -> bool:
    """A noun for a time spent married: "marriage", "wedlock", "wedded bliss", "married life"."""
    low = tok.lower_
    if low in lx.MARRIAGE_SPAN_NOUNS:
        return tok.pos_ == "NOUN"
    return low in lx.MARRIED_STATE_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lx.MARRIED_MODIFIERS for c in tok.children
    )


def _clause_couple(ctx: Ctx, tok: Token) -> list[str]:
    """ "X and Y marked 15 years of marriage", "X celebrated ten years of marriage with Y": the two
    subjects of the clause verb, or its subject and the person of its "with" phrase."""
    verb = clause_verb(tok)
    if verb.pos_ not in ("VERB", "AUX") or verb is tok:
        return []
    partner = ctx.objects(verb, frozenset({"with"})) + [
        k
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in {"with", "to"}
        for p in c.children
        if p.dep_ == "pobj"
        for k in ctx.who(p)
    ]
    return pair(ctx.subjects(verb), partner) or []
