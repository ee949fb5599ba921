"""Couples: marriage, divorce, separation, engagement, relationship — from verbs and kinship nouns.

Verb rules read who did what from the parse: "X married Y", "X and Y wed in 2012", "X, who wed Y",
"the couple tied the knot", "X is married to Y", "X filed for divorce from Y", "X and Y split",
"X got engaged to Y", "X is dating Y". Noun rules read a possessor and a name beside the noun:
"X's husband Y", "X and wife Y", "her husband of 11 years, Y", "Y, X's ex-wife", "his girlfriend Y".
Negated, denied or future claims give no fact; hedged ones get a lower confidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, confidence, future, negated, usable_date
from newsfacts.doc_text import text_of
from newsfacts.extractors.kinship import (
    NOUN_TYPES,
    PLURAL_KIN,
    Fact,
    in_name,
    kin_negated,
    kin_read_as_verb,
    listed_relatives,
    next_name,
    owner_of,
    relative_of,
)
from newsfacts.extractors.on_off import on_off_after, on_off_before
from newsfacts.schema import Child, Divorce, Engagement, FactBase, Marriage, Relationship, Separation, When
from newsfacts.temporal import TimexMatch
from newsfacts.temporal import lexicon as tlx

COUPLE_TYPES = (Marriage, Divorce, Separation, Engagement, Relationship)
ADULT_AGE = 18  # a child the article gives a lower age is no one's spouse or partner


def pair(a: list[str], b: list[str]) -> list[str] | None:
    """Two distinct people from the two sides (or two on one side: "X and Y married")."""
    if len(a) >= 2 and not b:
        return sorted(a[:2])
    if a and b:
        for x in a:
            for y in b:
                if x != y:
                    return sorted((x, y))
    if len(b) >= 2 and not a:
        return sorted(b[:2])
    return None


def _date(ctx: Ctx, tok: Token, sent: Span) -> When | None:
    """The date of the cue's event: the nearest in its clause, not one that ends a state ("were
    wed until his death in 1981" is no wedding in 1981)."""
    near = [t for t in ctx.dates_near(tok, sent) if not _ends_state(ctx, t)]
    return ctx.when(near[0]) if near else None


def _until(ctx: Ctx, tok: Token, sent: Span) -> When | None:
    """The date a state of the cue lasted until ("were married until 2015")."""
    near = [t for t in ctx.dates_near(tok, sent) if _ends_state(ctx, t)]
    return ctx.when(near[0]) if near else None


def _ends_state(ctx: Ctx, t: TimexMatch) -> bool:
    """The date sits under "until"/"till" (through a noun: "until his death in 1981")."""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    return any(a.lower_ in ("until", "till") and a.dep_ == "prep" for a in list(span.root.ancestors)[:4])


def _date_at(ctx: Ctx, tok: Token) -> When | None:
    """The date the timex on ``tok`` gives, if ``tok`` lies in one."""
    for t in ctx.timexes_in(tok.sent.start_char, tok.sent.end_char):
        if t.start <= tok.idx < t.end and t.type == "DATE" and usable_date(t.value):
            return ctx.when(t)
    return None


def _date_range(ctx: Ctx, tok: Token) -> tuple[When, When] | None:
    """ "married to Y from 2003 to 2011": a "from … to/until …" pair of dates on the verb; "from
    2003-2011" written with a dash."""
    holders = [tok, tok.head] if tok.dep_ in ("acomp", "attr") else [tok]  # "was married to Y, from …"
    on_holders = [c for h in holders for c in h.children]
    for c in on_holders:
        if c.dep_ != "prep" or c.lower_ != "from":
            continue
        for start_tok in (p for p in c.children if p.dep_ == "pobj"):
            dashed = _dashed_range(ctx, start_tok)
            if dashed is not None:
                return dashed
            ends = [g for g in (*start_tok.children, *c.children, *on_holders) if g.dep_ == "prep"]
            for e in ends:
                if e.lower_ not in {"to", "until", "till", "through"}:
                    continue
                end_tok = next((p for p in e.children if p.dep_ == "pobj"), None)
                start, end = _date_at(ctx, start_tok), _date_at(ctx, end_tok) if end_tok is not None else None
                if start is not None and end is not None:
                    return start, end
    return None


def _dashed_range(ctx: Ctx, tok: Token) -> tuple[When, When] | None:
    """ "2003-2011", "2003 – 2011": two dates joined by a dash, the first on ``tok``."""
    found = [t for t in ctx.timexes_in(tok.sent.start_char, tok.sent.end_char) if t.type == "DATE"]
    for a, b in pairwise(found):
        dash = text_of(ctx.doc)[a.end : b.start].strip() in ("-", "–", "—")
        if a.start <= tok.idx < a.end and dash and usable_date(a.value) and usable_date(b.value):
            return ctx.when(a), ctx.when(b)
    return None


def _couple_of(ctx: Ctx, tok: Token, sent: Span) -> list[str] | None:
    """Parties of a verb cue: subject(s) and object(s), or "X and Y ..." on the subject side."""
    subj = ctx.subjects(tok) or _subject_on_auxiliary(ctx, tok)
    obj = ctx.objects(tok) or _to_role_then_name(ctx, tok) or _to_be_married_to(ctx, tok)
    got = pair(subj, obj)
    subj_tok = next((c for c in tok.children if c.dep_.startswith("nsubj")), None)
    plural = not obj and _plural_subject(tok)
    above = _coordinated_subject_above(ctx, tok) if plural else None
    if above is not None:
        # "X and Y announced they were separating": the pair that reports it, whoever else "they" might be
        return pair(above, [])
    if got is None and subj and not obj:
        # "the couple married", "they split": a plural subject that resolves to a pair
        got = pair(list(ctx.cast.at(subj_tok if subj_tok is not None else tok)), [])
    if got is None and tok.dep_ == "relcl" and tok.head.dep_ == "conj" and not obj:
        # "X and Y, who have been dating since May": the clause hangs on Y, its subject is both
        got = pair(ctx.who(tok.head.head), [])
    if got is None and plural:
        # "the two artists got engaged", "X married Y in 2002. They divorced in 2007.": the two people
        # coordinated or named before in the sentence, else the couple referred to last
        got = _the_two(ctx, sent, subj_tok.i if subj_tok is not None else tok.i)
    return got


def _coordinated_subject_above(ctx: Ctx, tok: Token) -> list[str] | None:
    """The people of a coordinated subject ("X and Y") of a verb the clause hangs under; None when
    there is no such subject (an empty list when there is one but not two known people in it)."""
    for verb in list(tok.ancestors)[:3]:
        for subj in (c for c in verb.children if c.dep_.startswith("nsubj")):
            if any(c.dep_ == "conj" for c in subj.children):
                people = sorted({k for t in (subj, *subj.conjuncts) for k in ctx.who(t)})
                return people if len(people) == 2 else []
    return None


def _plural_subject(tok: Token) -> bool:
    """The verb's subject is "they", "the couple/pair/exes" or "the two (stars)", no names of its own;
    also where the parser hung the verb on it as a reduced relative in a sentence with no other verb
    ("The couple divorced in 2007." read as a noun phrase)."""
    subjects = [c for c in tok.children if c.dep_.startswith("nsubj")]
    if tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBN"):
        subjects.append(tok.head)
    return any(c.lower_ in lx.PLURAL_PRONOUNS or _two_of(c) for c in subjects)


def _to_role_then_name(ctx: Ctx, tok: Token) -> list[str]:
    """ "married to actor Y", "engaged to film director Y": the tagger reads "to actor" as an infinitive
    and loses the object; by word order: "to" right after the cue, one to three lowercase words, a name."""
    doc = tok.doc
    start = tok.i + 2
    if start >= tok.sent.end or doc[tok.i + 1].lower_ != "to":
        return []
    k = start
    while k < min(start + 3, tok.sent.end - 1) and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    if k == start or doc[start].pos_ not in ("VERB", "NOUN"):
        return []  # "married to Y", "married to the actor Y" are parsed right; "engaged to be married"
    return [] if doc[start].lower_ in {"be", "have"} else list(ctx.cast.at(k))


def _to_be_married_to(ctx: Ctx, tok: Token) -> list[str]:
    """ "X is engaged to be married to Y": the partner hangs on "married" inside the infinitive."""
    if tok.lower_ != "engaged":
        return []
    for c in tok.children:
        if c.dep_ == "xcomp":
            for m in (c, *c.children):
                if m.lower_ == "married":
                    return ctx.objects(m)
    return []


def _subject_on_auxiliary(ctx: Ctx, tok: Token) -> list[str]:
    """ "X was previously married to Y": the parser may hang the subject on the auxiliary "was"."""
    return [
        k
        for aux in tok.children
        if aux.dep_ in ("aux", "auxpass")
        for s in aux.children
        if s.dep_ in ("nsubj", "nsubjpass")
        for k in ctx.who(s)
    ]


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


def _verb_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    for tok in sent:
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if (
            tok.pos_ not in ("VERB", "AUX", "ADJ")
            and low not in {"married", "engaged", "divorced", "wed"}
            and not _noun_with_subject(tok)
        ):
            continue
        if (lemma not in VERB_CUES and low not in VERB_CUES) or negated(tok) or _unasserted(tok):
            continue  # the cheap lexical test first: negation walks the parse
        is_marry = (
            lemma in lx.MARRY_LEMMAS
            or low in {"married", "wed", "weds", "wedded"}
            or (lemma == "tie" and any(c.lower_ == "knot" for c in tok.children))
            or (lemma == "exchange" and any(c.lower_ == "vows" for c in tok.children))
            or _got_hitched(tok)
            or _down_the_aisle(tok)
            or _renewed_vows(tok)
        )
        if is_marry:
            if _not_yet(tok) or _speculated(tok) or _planned(tok):
                continue
            if _other_object(ctx, tok, frozenset({"into"})):
                continue  # "married into the family": not to each other
            parties = _couple_of(ctx, tok, sent) or _amod_couple(ctx, tok)
            misread = False  # "X married actress Y on May 2" with "married" read as an adjective
            if not parties:
                parties = _linear_couple(ctx, tok)
                misread = parties is not None and tok.doc[tok.i - 1].lower_ not in lx.RELATIVE_COPULA
            if parties:
                start = _date(ctx, tok, sent) if low != "married" or _is_event(tok) or misread else None
                if _renewed_vows(tok):
                    start = None  # the renewal's date, not the wedding's
                span = _date_range(ctx, tok)
                if span is not None:
                    start = span[0]
                yield Marriage(
                    people=parties,
                    start=start,
                    end=span[1] if span is not None else _until(ctx, tok, sent),
                    confidence=confidence(0.9, sent),
                    evidence=[ctx.evidence(sent)],
                    cue=lemma,
                )
            continue
        if lemma == "divorce" or low == "divorced":
            parties = _couple_of(ctx, tok, sent) or _amod_couple(ctx, tok)
            if parties and not future(tok):
                d = _date(ctx, tok, sent)
                yield Divorce(
                    people=parties,
                    finalized=d,
                    place=_place(tok),
                    confidence=confidence(0.85, sent),
                    evidence=[ctx.evidence(sent)],
                    cue="divorce",
                )
                yield Marriage(
                    people=parties,
                    end_reason="divorce",
                    end=d,
                    confidence=confidence(0.8, sent),
                    evidence=[ctx.evidence(sent)],
                    cue="divorce",
                )
            continue
        popped = lemma == "pop" and any(c.lower_ == "question" and c.dep_ == "dobj" for c in tok.children)
        if lemma in lx.ENGAGE_LEMMAS or low == "engaged" or popped:  # "popped the question to Y"
            couple = _amod_couple(ctx, tok) if low == "engaged" else None  # "the engaged couple"
            if (
                couple is None
                and low == "engaged"
                and not any(c.lower_ == "to" for c in tok.children)
                and tok.dep_ not in ("acomp", "ROOT", "conj")
            ):
                continue
            if lemma == "engage" and any(_activity_in(c) for c in tok.children):
                continue  # "engaged in various projects"
            parties = couple or _couple_of(ctx, tok, sent) or _to_whom(ctx, tok)
            if parties and not _not_yet(tok) and not _speculated(tok):
                yield Engagement(
                    people=parties,
                    date=_date(ctx, tok, sent),
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
            parties = _couple_of(ctx, tok, sent) or (_linear_couple(ctx, tok) if lemma == "date" else None)
            if parties and not _ahead(tok):
                span = _date_range(ctx, tok)  # "dated from 2012 until 2015"
                yield Relationship(
                    people=parties,
                    start=span[0] if span is not None else _date(ctx, tok, sent),
                    end=span[1] if span is not None else _until(ctx, tok, sent),
                    confidence=confidence(0.8, sent),
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
            parties = _couple_of(ctx, tok, sent)
            if parties and not future(tok) and not _named_platonic(ctx, sent, parties):
                # not "X parted ways with her manager Y": a split between a named friend or relative
                when = _date(ctx, tok, sent)
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


def _to_whom(ctx: Ctx, tok: Token) -> list[str] | None:
    """ "X popped the question to Y": the parser reads "to Y" as a dative."""
    to = [k for c in tok.children if c.dep_ == "dative" for p in c.children for k in ctx.who(p)]
    return pair(ctx.subjects(tok), to)


def _ahead(tok: Token) -> bool:
    """ "ready to move on with", "will date": not yet; "is thought to have dated" is past; "is rumored to
    be dating", "were revealed to be dating": a report of now, not a plan."""
    return (
        future(tok)
        and not any(c.lower_ == "have" and c.dep_ == "aux" for c in tok.children)
        and not _reported_infinitive(tok)
    )


def _not_yet(tok: Token) -> bool:
    """A wedding or engagement still ahead ("will marry", "set to wed") — but not one reported as done:
    "is rumored to have married Y", "is said to be married to Y", "is believed to be engaged to Y"."""
    if not future(tok):
        return False
    verb = tok.head if tok.dep_ in ("acomp", "attr") and tok.head.lemma_ == "be" else tok
    perfect = any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)
    return not perfect and not _reported_infinitive(verb)


def _reported_infinitive(tok: Token) -> bool:
    """ "X is rumored / said / believed / revealed to be dating Y", "X seems to be dating Y": the
    infinitive of a passive reporting verb (or "seem") states what is reported, it plans nothing."""
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
    return head.lemma_.lower() in lx.REPORT_LEMMAS and (passive or head.lemma_.lower() in {"seem", "appear"})


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


def _unasserted(tok: Token) -> bool:
    """ "practically married", "almost split": it did not happen; "asked if she was dating X",
    "if they marry", "in the event they marry": a question or a condition, no claim; "might not get
    married" is negated (``context.negated``)."""
    return _conditional(tok) or _mark_or_near_miss(tok) or _yes_no_question(tok) or _called_false(tok)


def _called_false(tok: Token) -> bool:
    """ "X was falsely linked to Y", "wrongly rumored to be dating Y", "falsely accused of dating Y": an
    adverb on the cue or on a verb up to two steps above calls the claim untrue."""
    h = tok
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in lx.FALSE_CLAIM_ADVERBS for c in h.children):
            return True
        if h.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep") or h.head == h:
            return False  # not past the cue's own clause ("who was linked to Y, was wrongly accused")
        h = h.head
    return False


def _yes_no_question(tok: Token) -> bool:
    """ "Are they dating?", "Did X marry Y in secret?": an auxiliary before the subject in a sentence that
    ends in a question mark asks, it does not claim (a wh-question, "Why did X and Y split?", presumes the
    split and still counts)."""
    clause = tok.head if tok.dep_ in ("acomp", "xcomp") else tok
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.tag_ in ("WRB", "WP", "WDT") for c in clause.children):
        return False
    asks = any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in clause.children)
    return asks and tok.sent.text.rstrip(" \n\"'”’").endswith("?")


def _conditional(tok: Token) -> bool:
    """ "in the event (that) they marry", "in case she gets engaged": the clause right after a
    conditional phrase is a condition, not a claim."""
    doc = tok.doc
    clause = tok.head if tok.dep_ in ("acomp", "xcomp", "oprd") else tok  # "she got engaged"
    j = clause.left_edge.i - 1
    if j >= 0 and doc[j].lower_ == "that":
        j -= 1
    if j < 1 or doc[j].lower_ not in lx.CONDITION_NOUNS:
        return False
    before = doc[j - 2].lower_ if j >= 2 and doc[j - 1].lower_ == "the" else doc[j - 1].lower_
    return before == "in"


def _planned(tok: Token) -> bool:
    """ "they are getting married in August", "she is marrying him this weekend", "she's gonna wed him":
    a progressive or "gonna" wedding is one still planned."""
    if any(c.dep_ == "aux" and c.lemma_ == "to" and c.lower_ != "to" for c in tok.children):  # "gon na wed"
        return True
    verbs = [tok]
    if tok.dep_ == "acomp" and tok.head.lemma_ == "get":  # "are getting married"
        verbs.append(tok.head)
    verbs += [c for c in tok.children if c.dep_ == "auxpass" and c.lemma_ == "get"]  # "are getting married"
    return any(
        v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in (*v.children, *tok.children))
        for v in verbs
    )


def _speculated(tok: Token) -> bool:
    """ "fans are convinced they got married", "speculation that they wed", "fans wonder whether they
    got engaged": a wedding or engagement guessed at by onlookers, the clause of a guessing word."""
    return tok.dep_ in ("ccomp", "acl") and tok.head.lemma_.lower() in lx.SPECULATION_LEMMAS


def _mark_or_near_miss(tok: Token) -> bool:
    return any(
        (c.dep_ == "advmod" and c.lower_ in lx.NEAR_MISS)
        or (c.dep_ == "mark" and c.lower_ in lx.QUESTION_MARKS)
        for c in tok.children
    ) or any(
        c.dep_ == "mark" and c.lower_ in lx.QUESTION_MARKS
        for c in tok.head.children
        if tok.dep_ in ("acomp", "attr")
    )


def _noun_with_subject(tok: Token) -> bool:
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
        verb = tok.pos_ == "VERB" or _noun_with_subject(tok)
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


def _amod_couple(ctx: Ctx, tok: Token) -> list[str] | None:
    """ "the married couple", "the divorced pair": the adjective's noun refers to a pair."""
    if tok.dep_ == "amod":
        refs = ctx.cast.at(tok.head)
        if len(refs) == 2:
            return sorted(refs)
    return None


def _linear_couple(ctx: Ctx, tok: Token) -> list[str] | None:
    """ "X (later) married Y", "X, who is dating actress Y" that the parser read as an adjective
    ("married"/"dating" amod of Y): the name right before the verb (past "who is") and the next name
    after it."""
    if tok.dep_ != "amod":
        return None
    j = tok.i - 1
    while j >= 0 and (tok.doc[j].pos_ == "ADV" or tok.doc[j].lower_ in lx.RELATIVE_COPULA):
        j -= 1  # "X, who is (now) dating actress Y": the parser may read "dating" as an adjective of Y
    if j < 0 or not in_name(ctx, j) or in_name(ctx, j + 1):
        return None
    return pair(list(ctx.cast.at(j)), next_name(ctx, tok))


def _place(tok: Token) -> str | None:
    for t in tok.subtree:
        if t.ent_type_ in ("GPE", "LOC") and t.head.lower_ == "in" and t.ent_iob_ == "B":
            ent = next((e for e in t.doc.ents if e.start == t.i), None)
            if ent is not None:
                return ent.text
    return None


# -- divorce nouns: "filed for divorce", "her divorce from X", "the divorce was finalized" ----------


def _divorce_noun_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    for tok in sent:
        if tok.lower_ not in {"divorce", "divorces"} or tok.pos_ != "NOUN" or negated(tok):
            continue
        if _distributive_owner(tok):
            continue  # "in the wake of each artist's divorce": each from someone else
        ahead = _prospect(tok)  # "headed for a divorce": none yet, but the two are married
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.DIVORCE_TRADE_NOUNS:
            continue  # "famed divorce attorney X", "my divorce lawyer": a profession, no divorce
        parties: list[str] | None = None
        filed_by: str | None = None
        # who: poss ("her divorce", "X's divorce"), "divorce from/with Y", the filer, the couple in context;
        # on the noun a compound "divorce" modifies too ("his divorce proceedings from Y")
        holders = [tok, tok.head] if tok.dep_ == "compound" else [tok]
        owner = [k for h in holders for c in h.children if c.dep_ == "poss" for k in _possessors(ctx, c)]
        other = [
            k
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in {"from", "with"}  # "her divorce from Y", "X's divorce with Y"
            for p in c.children
            for k in ctx.who(p)
        ]
        other = other or _partner_after(ctx, tok, frozenset({"from", "with"}))
        head = tok.head
        while head.dep_ in ("compound", "prep", "pobj", "dobj") and head.pos_ != "VERB" and head.head != head:
            if head.dep_ == "prep" and head.lower_ == "from":
                pass
            head = head.head
        filer_verb = head if head.pos_ == "VERB" and head.lemma_.lower() in lx.FILE_LEMMAS else None
        if filer_verb is not None and _filing_ahead(filer_verb):
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
        when = _date(ctx, filer_verb or final_verb or tok, sent)
        own = _date_in_phrase(ctx, tok, sent) if filer_verb is None and final_verb is None else None
        yield Divorce(
            people=parties,
            filed=when if filer_verb is not None else None,
            filed_by=filed_by if filed_by in parties else None,
            finalized=when if final_verb is not None and filer_verb is None else own,
            place=_place(final_verb) if final_verb is not None else None,
            confidence=confidence(0.85 if filer_verb is not None or owner else 0.7, sent),
            evidence=[ctx.evidence(sent)],
            cue="divorce (noun)",
        )
        yield Marriage(
            people=parties,
            end_reason="divorce",
            end=own,
            confidence=confidence(0.8, sent),
            evidence=[ctx.evidence(sent)],
            cue="divorce (noun)",
        )


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


def _distributive_owner(noun: Token) -> bool:
    """ "each artist's divorce", "every star's marriage": the possessor is each of several people, each
    with a partner of their own — not a couple with each other."""
    return any(
        c.dep_ == "poss" and any(d.lower_ in lx.DISTRIBUTIVE_DETERMINERS for d in c.children)
        for c in noun.children
    )


def _date_in_phrase(ctx: Ctx, noun: Token, sent: Span) -> When | None:
    """A date inside the noun's own phrase: "their divorce in 2008", "the divorce, which was agreed in
    London in 2008" — when the divorce came about."""
    inside = {t.i for t in noun.subtree}
    for t in ctx.dates_near(noun, sent, max_tokens=20):
        span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.i in inside and not _ends_state(ctx, t):
            return ctx.when(t)
    return None


def _filing_ahead(verb: Token) -> bool:
    """ "ready to file", "set to file", "plans to file": a filing still ahead (not "decided to file")."""
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in lx.FILING_AHEAD_HEADS
    )


WISH_LEMMAS = frozenset({"want", "demand", "consider", "mull", "weigh", "need", "crave"})


def _prospect(noun: Token) -> bool:
    """ "headed for a divorce", "on the brink of divorce", "she wants a divorce": where a couple may be
    going, not a divorce."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in WISH_LEMMAS:
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head == prep:
        return False
    goal = prep.lower_ in {"for", "toward", "towards", "to"}
    goal = goal and prep.head.lemma_.lower() in lx.PROSPECT_LEMMAS
    return goal or (prep.lower_ in {"of", "to"} and prep.head.lower_ in lx.PROSPECT_NOUNS)


# -- kinship nouns: "X's husband Y", "X and wife Y", "her ex-boyfriend Y" (located by kinship.py) ------


def _noun_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
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


def _relation_noun_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "his marriage to Y", "X's romance with Y", "their engagement", "the couple's relationship"."""
    for tok in sent:
        kind = RELATION_NOUNS.get(tok.lower_)
        if kind is None or not _noun_like(tok) or negated(tok):
            continue
        planned = _wedding_planned(tok)  # "X's upcoming nuptials to Y", "plans for her wedding to Y"
        if planned:
            kind = Engagement
        elif _denied_or_wished(tok):
            continue
        if _distributive_owner(tok):
            continue  # "each star's marriage"
        if any(c.lower_ in lx.UNROMANTIC_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound")):
            continue  # "their working relationship", "a business relationship with Y"
        owner = _relation_owner(ctx, tok, sent) or _in_relation(ctx, tok)
        held = not owner and bool(_held_by(ctx, tok))
        owner = owner or _held_by(ctx, tok)
        if not owner and kind is Relationship:  # "X's on-again, off-again romance" (the parser lost the 's)
            owner = _linear_possessor(ctx, tok)
        if (
            tok.lower_ == "anniversary"
            and not any(c.lower_ in {"wedding", "marriage"} for c in tok.lefts)
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        ):
            continue  # "the film's 20th anniversary" is no marriage
        preps = [*tok.children]
        if tok.dep_ == "conj":  # "X's career and marriage to Y": the parser may hang "to Y" on "career"
            preps += [c for c in tok.head.children if c.i > tok.i]
        partner = _partners(ctx, preps, frozenset({"to", "with", "between"})) or _partner_after(
            ctx, tok, frozenset({"to", "with"})
        )
        if len(partner) > 1 and not any(c.dep_ == "prep" and c.lower_ == "between" for c in preps):
            continue  # "her tumultuous relationship with X and Y": a feud or a friendship, not a couple
        if tok.lower_ == "anniversary" and _partner_noun_before(tok):
            kind = Relationship  # "their anniversary with boyfriend Y": a couple's, not a wedding's
        if kind is Marriage and _wedding_ahead(tok):
            continue  # "they will move to Rome after their wedding": the wedding is still to come
        named_after = bool(_partner_after(ctx, tok, frozenset({"with"})))  # "had a secret affair with Y"
        if held and not (_partner_named(ctx, tok) or named_after) and not _held_by_two(tok, owner):
            continue  # "she had an affair with her director": a description, too often misread
        parties = pair(owner, partner) or _between(ctx, tok, sent)
        if parties is None and tok.lower_ == "anniversary":
            parties = _anniversary_couple(ctx, tok, sent, owner)
        if parties is None or (kind is Relationship and _named_platonic(ctx, sent, parties)):
            continue
        ev = [ctx.evidence(sent)]
        if kind is Marriage:
            ender = _marriage_ender(tok)
            yield Marriage(
                people=parties,
                start=_wedding_date(ctx, tok, sent),
                end=_date(ctx, ender, sent) if ender is not None else None,
                confidence=confidence(0.8, sent),
                evidence=ev,
                cue=tok.lower_,
            )
        elif kind is Engagement:
            yield Engagement(
                people=parties,
                date=None
                if planned
                else _date(ctx, tok, sent),  # a planned wedding's date is not the engagement's
                confidence=confidence(0.7 if planned else 0.8, sent),
                evidence=ev,
                cue="wedding ahead" if planned else tok.lower_,
            )
        else:
            yield Relationship(people=parties, confidence=confidence(0.7, sent), evidence=ev, cue=tok.lower_)


def _wedding_date(ctx: Ctx, tok: Token, sent: Span) -> When | None:
    """When a wedding noun was held: the date nearest "wedding"; in "their 1992 wedding anniversary"
    only the date on "wedding" itself (not "their 20th anniversary in 2012")."""
    if tok.lower_ == "wedding":
        return _date(ctx, tok, sent)
    wedding = next((c for c in tok.lefts if c.lower_ == "wedding"), None)
    if tok.lower_ != "anniversary" or wedding is None:
        return None
    right_before = [t for t in ctx.dates_near(wedding, sent, max_tokens=1) if t.end <= wedding.idx]
    return ctx.when(right_before[0]) if right_before else None


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


def _partners(ctx: Ctx, preps: list[Token], words: frozenset[str]) -> list[str]:
    """People in the objects of those of ``preps`` that are one of ``words`` ("her marriage to Y", "his split
    from Y"), leaving out relatives and friends ("with her sister Y")."""
    return [
        k
        for c in preps
        if c.dep_ == "prep" and c.lower_ in words
        for p in c.children
        if not _platonic(p)
        for k in ctx.who(p)
    ]


def _partner_after(ctx: Ctx, noun: Token, words: frozenset[str]) -> list[str]:
    """ "following her divorce from actor Y", "her marriage to actor Y": the preposition right after the
    noun, read left to right where the parser hung it on the verb (or read "to" as an infinitive marker),
    and the one name it opens past a determiner, adjectives and descriptions ("actor", "rapper")."""
    doc = noun.doc
    j = noun.i + 1
    if j >= noun.sent.end or doc[j].lower_ not in words or doc[j].head == noun:
        return []
    for t in doc[j + 1 : min(j + 7, noun.sent.end)]:
        if in_name(ctx, t.i):
            return list(ctx.cast.at(t))[:1]
        if not (
            t.lower_ in {"the", "a", "an", "-", "–", "—"}
            or t.pos_ == "ADJ"
            or t.lower_ in lx.DESCRIPTOR_NOUNS
        ):
            return []
    return []


def _partner_noun_before(noun: Token) -> bool:
    """ "her anniversary with boyfriend Y", "marked her second anniversary with Y … her beau": the
    sentence calls the partner a boyfriend/girlfriend (any case: headlines are title-cased)."""
    return any(t.lower_ in lx.PARTNER_NOUNS for t in noun.sent)


SPLIT_NOUNS = frozenset({"split", "breakup", "break-up"})


def _split_noun_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "her split from Y", "X, whose split from Y was announced": the owner and the "from/with" person
    ended their couple — a separation, and (with Y named) an ended relationship as for the verb, which
    reconcile drops where the article says the two are married or engaged. (Without that drop the noun
    made relationship false alarms: most splits in the news are of married couples.)"""
    for tok in sent:
        low = tok.lower_
        if low not in SPLIT_NOUNS or tok.pos_ not in ("NOUN", "PROPN") or _noun_with_subject(tok):
            continue  # a "split" with a subject is the verb, read by the verb rules
        if negated(tok) or _denied_or_wished(tok):
            continue  # "denied a split", "a rumoured split", "a possible split"
        partner = _partners(ctx, list(tok.children), frozenset({"from", "with"})) or _partner_after(
            ctx, tok, frozenset({"from", "with"})
        )
        owner = _relation_owner(ctx, tok, sent) or _held_by(ctx, tok)
        parties = pair(owner, partner)
        if parties is None:
            continue
        when = _date(ctx, tok, sent)
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


def _named_platonic(ctx: Ctx, sent: Span, parties: list[str]) -> bool:
    """ "Her best friend X stands by her, but their relationship is targeted by rumours": the sentence
    itself names one of the two as a friend or relative of the other, so "their relationship" is no
    romance."""
    return any(
        (tok.lower_ in lx.PLATONIC_NOUNS or tok.lower_ in lx.FRIEND_NOUNS)
        and bool(set(relative_of(ctx, tok)) & set(parties))
        and not _kin_of_someone_else(ctx, tok, parties)
        for tok in sent
    )


def _kin_of_someone_else(ctx: Ctx, noun: Token, parties: list[str]) -> bool:
    """ "X is the mother to daughter Z, from her relationship to Y": the noun ties X to a third person
    (its owner or a "to/of" object outside the pair), not to Y."""
    tied = set(owner_of(ctx, noun)) | {
        k
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("to", "of")
        for p in c.children
        if p.dep_ == "pobj"
        for k in ctx.who(p)
    }
    tied -= set(relative_of(ctx, noun))  # the relative is not whose relative it is
    return bool(tied) and not tied & set(parties)


def _linear_possessor(ctx: Ctx, noun: Token) -> list[str]:
    """ "X and Y's on-again, off-again relationship" that the parser breaks apart: the name before the
    "'s" that stands right before the noun's modifiers (adjectives, adverbs, hyphens, commas)."""
    doc = noun.doc
    j = noun.i - 1
    while (
        j > noun.i - 9
        and j > 0
        and (doc[j].pos_ in ("ADJ", "ADV", "PUNCT") or doc[j].lower_ in {"on", "off"})
    ):
        if doc[j].lower_ in {"'s", "’s"}:
            break
        j -= 1
    if j < 1 or doc[j].lower_ not in {"'s", "’s"} or not in_name(ctx, j - 1):
        return []
    got = list(ctx.cast.at(j - 1))
    k = ctx.cast.name_start(j - 1) - 1
    if k >= 1 and doc[k].lower_ in {"and", "&"} and in_name(ctx, k - 1):
        got += [p for p in ctx.cast.at(k - 1) if p not in got]  # "X and Y's"
    return got


def _in_relation(ctx: Ctx, noun: Token) -> list[str]:
    """ "X was in a relationship with Y", "X was involved in a romance with Y": the one who is in it is
    the subject of the verb the "in" phrase hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "into"} or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return [] if negated(prep.head) else ctx.subjects(prep.head)


def _wedding_ahead(noun: Token) -> bool:
    """ "will move after their wedding", "should they move following their wedding?": a wedding in a
    time phrase of a verb that speaks of the future (or a modal), or one being planned, has not taken
    place."""
    prep = noun.head
    if noun.lower_ not in {"wedding", "nuptials"}:
        return False
    if _planned_for(noun):
        return True  # "her wedding plans", "plans for her nuptials to Y": a wedding being planned
    if noun.dep_ != "pobj" or prep.lower_ not in {"after", "following", "before"}:
        return False
    verb = prep.head
    modal = any(c.dep_ == "aux" and c.lower_ in lx.WEDDING_AHEAD_MODALS for c in verb.children)
    return modal or future(verb)


PLAN_LEMMAS = frozenset({"plan", "planning", "preparation", "prep"})


def _wedding_planned(noun: Token) -> bool:
    """ "their upcoming wedding", "her wedding plans for her nuptials to Y", "planning their wedding": a
    wedding being prepared, so the two are engaged (not a rumoured, possible or cancelled one)."""
    if noun.lower_ not in {"wedding", "nuptials"}:
        return False
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "advmod")}
    if mods & lx.DOUBTED_WEDDING_MODIFIERS or any(
        t.lower_ in lx.HEDGE_WORDS for t in noun.lefts for t in t.subtree
    ):
        return False  # "their allegedly upcoming nuptials": an engagement inferred from a guess is too weak
    return bool(mods & lx.PLANNED_WEDDING_MODIFIERS) or _planned_for(noun)


def _planned_for(noun: Token) -> bool:
    """The wedding is what plans are for: "wedding plans", "plans for (her) nuptials", "planning the
    wedding" (within three steps up the parse, which may hang "nuptials to Y" on a misread name)."""
    return any(a.lemma_.lower() in PLAN_LEMMAS for a in list(noun.ancestors)[:3])


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


# verbs whose "from" object is something the subject had and left: "moved on from a fling with Y"
MOVED_ON_LEMMAS = frozenset({"move", "recover", "heal", "emerge", "bounce"})


def _held_by(ctx: Ctx, noun: Token) -> list[str]:
    """ "X ended a brief fling with Y", "X had an affair with Y": the subject of a verb that takes the
    relation noun as its object is one of the pair (not where the verb is denied or only wished)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "from" and verb.head.lemma_.lower() in MOVED_ON_LEMMAS:
        verb = verb.head  # "X has moved on from a relationship with Y": X held it
        return [] if negated(verb) or _unasserted(verb) else ctx.subjects(verb)
    if noun.dep_ not in ("dobj", "advcl") or noun.i < verb.i:
        return []
    if verb.lemma_.lower() not in lx.RELATION_HOLD_LEMMAS or negated(verb) or _unasserted(verb):
        return []
    return ctx.subjects(verb)


def _platonic(noun: Token) -> bool:
    """ "her sister Y", "his friend, Y", "daughter Y": a relative or companion, named by a platonic noun."""
    return noun.lower_ in lx.PLATONIC_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lower_ in lx.PLATONIC_NOUNS for c in noun.lefts
    )


def _between(ctx: Ctx, tok: Token, sent: Span) -> list[str] | None:
    """ "the engagement is off between the two stars": a "between" phrase of the noun's clause names
    the couple, by name or as "the two"/"the pair" (the couple coordinated last before it)."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return None
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "between" or prep.i < tok.i:
            continue
        for p in prep.children:
            named = pair(ctx.who_plural(p, sent), [])
            if named is None and _two_of(p):
                named = _the_two(ctx, sent, p.i)
            if named is not None:
                return named
    return None


def _subject_pair(ctx: Ctx, verb: Token, sent: Span, partner: list[str]) -> list[str] | None:
    """The couple of a predicate: its subject(s) with the "with" partner, or a subject "the two" / "the
    pair" standing for the couple named last."""
    parties = pair(ctx.subjects(verb), partner)
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if parties is None and subj is not None and _two_of(subj):
        parties = _the_two(ctx, sent, subj.i)
    return parties


def _two_of(noun: Token) -> bool:
    """ "the two stars", "the two", "the pair": a plural reference to two people."""
    return (
        noun.lower_ in lx.COUPLE_NOUNS
        or noun.lower_ == "two"
        or any(c.dep_ == "nummod" and c.lower_ == "two" for c in noun.children)
    )


def _the_two(ctx: Ctx, sent: Span, before: int) -> list[str] | None:
    """Whom "the two" before token ``before`` means: the last two people coordinated in the sentence
    ("X and Y"), else the only two it names before it, else the couple referred to last."""
    for t in reversed(sent[: before - sent.start]):
        if any(c.dep_ == "conj" for c in t.children):
            got = pair(ctx.who(t), [])
            if got is not None:
                return got
    named = ctx.cast.in_span(sent.start, before)
    return pair(named, []) if len(named) == 2 else pair(list(ctx.pair_before(before, sent)), [])


def _relation_owner(ctx: Ctx, tok: Token, sent: Span) -> list[str]:
    """Whose relationship: "X's marriage", "their engagement" (the couple), "X's career and marriage"
    (the possessor of the first conjunct)."""
    for holder in (tok, tok.head if tok.dep_ == "conj" else None):
        if holder is None:
            continue
        for c in holder.children:
            if c.dep_ == "poss":
                if c.lower_ in lx.PLURAL_PRONOUNS:
                    return ctx.who_plural(c, sent)
                got = _possessors(ctx, c)
                if got:
                    return got
            if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in {"'s", "’s"} for g in c.subtree):
                return ctx.who(c)  # "X and Y's marriage" that the parser reads as a noun modifier
    return []


def _possessors(ctx: Ctx, poss: Token) -> list[str]:
    """ "X's", and "X and Y's" (joint: the parser hangs only Y's on the noun, X as its conjunct)."""
    got = ctx.who(poss)
    j = poss.left_edge.i - 1
    if got and j >= 1 and poss.doc[j].lower_ in {"and", "&"} and in_name(ctx, j - 1):
        got += [k for k in ctx.cast.at(j - 1) if k not in got]
    return got


def _denied_or_wished(tok: Token) -> bool:
    """ "rumoured relationship", "a fake romance", "hopes for a marriage", "postponed their wedding"."""
    return any(
        c.lower_
        in {
            "fake",
            "rumored",
            "rumoured",
            "alleged",
            "possible",
            "potential",
            "future",
            "upcoming",
            "planned",
        }
        for c in tok.children
    ) or (tok.lower_ == "wedding" and tok.dep_ in ("dobj", "nsubjpass") and _unheld(tok.head))


def _unheld(verb: Token) -> bool:
    """ "postpone", "cancel", "plan", "call off" (not "call it a dream") a wedding: it has not taken place."""
    lemma = verb.lemma_.lower()
    return lemma in lx.UNHELD_LEMMAS and (lemma != "call" or any(c.lower_ == "off" for c in verb.children))


def _predicate_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
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
        parties = _subject_pair(ctx, be, sent, partner)
        if parties:
            yield kind(
                people=parties,
                confidence=confidence(0.75, sent),
                evidence=[ctx.evidence(sent)],
                cue=tok.lower_,
            )


def _on_off_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "X and Y have been on-and-off for years", "X has been on again, off again with Y": a romance that
    broke and resumed, told by "be" and the phrase alone (not "were friends on and off", "on-and-off
    work"): the couple is the subject pair, or the subject and the "with" partner."""
    for tok in sent:
        if tok.lemma_ != "be" or not on_off_after(tok):
            continue
        if negated(tok) or _unasserted(tok) or _wished(tok) or _speculated(tok):
            continue
        if any(c.dep_ in ("attr", "acomp") and c.i > tok.i for c in tok.children):
            continue  # "they have been friends on and off"
        partner = [
            k for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "with" for k in _pobj_people(ctx, c)
        ]
        parties = _subject_pair(ctx, tok, sent, partner)
        if parties and not _named_platonic(ctx, sent, parties):
            yield Relationship(
                people=parties,
                confidence=confidence(0.7, sent),
                evidence=[ctx.evidence(sent)],
                cue="on-and-off",
            )


def _pobj_people(ctx: Ctx, prep: Token) -> list[str]:
    return [k for p in prep.children if p.dep_ == "pobj" for k in ctx.who(p)]


def _romance_idioms(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """Idioms of a romance between the clause's subject and a named person: "X is back together with
    Y", "X and Y are back together", "X is (crazy) in love with Y", "X is hooking up with Y", "X cheated
    on Y", "X and Y made their debut as a couple". Not where denied, asked, wished or planned ("should
    get back together", "will fall in love"), nor guessed by onlookers."""
    for tok in sent:
        found = _romance_anchor(ctx, tok)
        if found is None:
            continue
        verb, partner = found
        if negated(tok) or negated(verb) or _unasserted(verb) or _speculated(verb) or _wished(verb):
            continue
        parties = pair(ctx.subjects(verb), partner)
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if parties is None and not partner and subj is not None and _two_of(subj):
            parties = _the_two(ctx, sent, subj.i)
        if parties and not _named_platonic(ctx, sent, parties):
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
    ):
        partner = _prep_people(ctx, (tok,), "with")
        return (tok, partner) if partner else None
    if lemma == "cheat" and tok.pos_ == "VERB":
        partner = _prep_people(ctx, (tok,), "on")
        return (tok, partner) if partner else None
    if low == "couple" and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
        return tok.head.head, []
    return None


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


def _wished(verb: Token) -> bool:
    """ "should get back together", "will fall in love", "wants to get back together": not (yet) so."""
    if future(verb):
        return True
    return any(c.dep_ == "aux" and c.lower_ in lx.WISH_MODALS for c in verb.children)


def _couple_title_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
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


def _together_facts(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    """ "X and Y have been together since 2013", "the couple has been together for three years", "X has
    been together with Y since May": a couple, not (or not yet) said to be married — reconcile drops
    the relationship where a marriage of the pair is told. Only the perfect "have been together" with a
    "since"/"for" phrase of time counts: "they were together in the studio" is no romance."""
    for tok in sent:
        if tok.lower_ != "together" or tok.dep_ != "advmod" or tok.head.lemma_ != "be":
            continue
        be = tok.head
        if not _perfect(be) or not _lasting(ctx, be, sent) or negated(be) or _unasserted(be):
            continue
        if _together_in_something(be):
            continue  # "have been together in the band since 1999": fellow members, no couple
        partner = [k for c in be.children if c.dep_ == "prep" and c.lower_ == "with" for k in ctx.objects(be)]
        parties = _subject_pair(ctx, be, sent, partner)
        if parties:
            yield Relationship(
                people=parties,
                start=_date(ctx, be, sent) if _has_prep(be, "since") else None,
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


def _years_of_marriage(ctx: Ctx, sent: Span) -> Iterator[Fact]:
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


def drop_kin_couples(facts: list[FactBase]) -> list[FactBase]:
    """Per article: kin are no couple. A child the article gives an age under 18 is no one's spouse or
    partner ("her divorce from Y" read as her young daughter's). A parent and the child a sentence lists
    as theirs are no couple in that sentence ("X's children A, B, whom she had while married to Y"); a
    couple stated elsewhere outweighs a child fact that may itself be misread. Two children of the same
    parent have no romantic relationship ("their relationship" read as the children's), nor a child
    together ("they adopted Y" read as the twins named last)."""
    kids: dict[str, set[str]] = {}
    minors: set[str] = set()
    told: set[tuple[frozenset[str], int]] = set()  # (parent and child, sentence start)
    for f in facts:
        if isinstance(f, Child) and f.child is not None:
            for parent in f.parents:
                kids.setdefault(parent, set()).add(f.child)
                told.update((frozenset((parent, f.child)), e.start) for e in f.evidence)
            if f.age is not None and f.age < ADULT_AGE:
                minors.add(f.child)
    kin = [group | {parent} for parent, group in kids.items()]  # a parent's family: each pair is kin

    def kin_couple(f: FactBase) -> bool:
        if isinstance(f, Child):  # co-parents are a couple: two siblings are not ("they adopted Y")
            return len(f.parents) == 2 and any(set(f.parents) <= group for group in kids.values())
        if not isinstance(f, COUPLE_TYPES):
            return False
        if minors & set(f.people) or any((frozenset(f.people), e.start) in told for e in f.evidence):
            return True
        return isinstance(f, Relationship) and any(set(f.people) <= group for group in kin)

    return [f for f in facts if not kin_couple(f)]


def extract(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    for fact in _all(ctx, sent):
        if isinstance(fact, Marriage | Engagement | Relationship | Divorce | Separation) and fact.evidence:
            ctx.remember_pair(sent.start, tuple(fact.people))
        if _ended(fact) and len(fact.people) == 2:
            ctx.former_pairs.append((sent.start, tuple(sorted(fact.people))))
        yield fact


def _ended(fact: Fact) -> bool:
    """A couple fact that says the couple is over: a divorce or split, a marriage or romance with an end."""
    if isinstance(fact, Divorce | Separation):
        return True
    if isinstance(fact, Marriage):
        return fact.end is not None or fact.end_reason is not None
    return isinstance(fact, Relationship) and fact.end is not None


def _all(ctx: Ctx, sent: Span) -> Iterator[Fact]:
    yield from _verb_facts(ctx, sent)
    yield from _divorce_noun_facts(ctx, sent)
    yield from _noun_facts(ctx, sent)
    yield from _relation_noun_facts(ctx, sent)
    yield from _split_noun_facts(ctx, sent)
    yield from _predicate_facts(ctx, sent)
    yield from _together_facts(ctx, sent)
    yield from _romance_idioms(ctx, sent)
    yield from _on_off_facts(ctx, sent)
    yield from _couple_title_facts(ctx, sent)
    yield from _years_of_marriage(ctx, sent)
