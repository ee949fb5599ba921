"""Who a couple fact is about: the two people of a verb cue (subject and object, "X and Y", "the couple",
"the two"), the owner and partner of a relation noun ("X's marriage to Y", "their split"), and the
friends or relatives that make a pair no couple."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, negated
from newsfacts.extractors.couple_guards import unasserted
from newsfacts.extractors.kinship import in_name, next_name, owner_of, relative_of


def pair(a: list[str], b: list[str]) -> list[str] | None:
    """Two distinct people from the two sides (or two on one side: "X and Y married"; three or more on
    one side are no couple: "A, B and C are back together")."""
    if len(a) >= 2 and not b:
        return sorted(a) if len(a) == 2 else None
    if a and b:
        for x in a:
            for y in b:
                if x != y:
                    return sorted((x, y))
    if len(b) >= 2 and not a:
        return sorted(b) if len(b) == 2 else None
    return None


def couple_of(ctx: Ctx, tok: Token, sent: Span) -> list[str] | None:
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
        got = the_two(ctx, sent, subj_tok.i if subj_tok is not None else tok.i)
    return got


def other_partners(ctx: Ctx, tok: Token, parties: list[str]) -> list[list[str]]:
    """ "X was married to A and B", "X has dated A, B and C": the further people coordinated with the
    partner in the verb's object, each a couple with the one subject (not appositions, not "X and Y
    married A": a plural subject pairs with nobody else)."""
    subj = ctx.subjects(tok)
    if len(subj) != 1 or subj[0] not in parties:
        return []
    heads = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
    heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for p in c.children]
    out: list[list[str]] = []
    for head in heads:
        if head.dep_ not in ("dobj", "attr", "pobj"):
            continue
        for conj in head.conjuncts:
            people = ctx.cast.at(conj)
            if len(people) == 1 and people[0] not in parties and people[0] != subj[0]:
                couple = sorted((subj[0], people[0]))
                if couple not in out:
                    out.append(couple)
    return out


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
    return any(c.lower_ in lx.PLURAL_PRONOUNS or two_of(c) for c in subjects)


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


def to_whom(ctx: Ctx, tok: Token) -> list[str] | None:
    """ "X popped the question to Y": the parser reads "to Y" as a dative."""
    to = [k for c in tok.children if c.dep_ == "dative" for p in c.children for k in ctx.who(p)]
    return pair(ctx.subjects(tok), to)


def amod_couple(ctx: Ctx, tok: Token) -> list[str] | None:
    """ "the married couple", "the divorced pair": the adjective's noun refers to a pair."""
    if tok.dep_ == "amod":
        refs = ctx.cast.at(tok.head)
        if len(refs) == 2:
            return sorted(refs)
    return None


def linear_couple(ctx: Ctx, tok: Token) -> list[str] | None:
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


def partners(ctx: Ctx, preps: list[Token], words: frozenset[str]) -> list[str]:
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


def partner_after(ctx: Ctx, noun: Token, words: frozenset[str]) -> list[str]:
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


def named_platonic(ctx: Ctx, sent: Span, parties: list[str]) -> bool:
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


def linear_possessor(ctx: Ctx, noun: Token) -> list[str]:
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


def in_relation(ctx: Ctx, noun: Token) -> list[str]:
    """ "X was in a relationship with Y", "X was involved in a romance with Y": the one who is in it is
    the subject of the verb the "in" phrase hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "into"} or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return [] if negated(prep.head) else ctx.subjects(prep.head)


# verbs whose "from" object is something the subject had and left: "moved on from a fling with Y"
MOVED_ON_LEMMAS = frozenset({"move", "recover", "heal", "emerge", "bounce"})


def held_by(ctx: Ctx, noun: Token) -> list[str]:
    """ "X ended a brief fling with Y", "X had an affair with Y": the subject of a verb that takes the
    relation noun as its object is one of the pair (not where the verb is denied or only wished)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "from" and verb.head.lemma_.lower() in MOVED_ON_LEMMAS:
        verb = verb.head  # "X has moved on from a relationship with Y": X held it
        return [] if negated(verb) or unasserted(verb) else ctx.subjects(verb)
    if noun.dep_ not in ("dobj", "advcl") or noun.i < verb.i:
        return []
    if verb.lemma_.lower() not in lx.RELATION_HOLD_LEMMAS or negated(verb) or unasserted(verb):
        return []
    return ctx.subjects(verb)


def _platonic(noun: Token) -> bool:
    """ "her sister Y", "his friend, Y", "daughter Y": a relative or companion, named by a platonic noun."""
    return noun.lower_ in lx.PLATONIC_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lower_ in lx.PLATONIC_NOUNS for c in noun.lefts
    )


def between(ctx: Ctx, tok: Token, sent: Span) -> list[str] | None:
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
            if named is None and two_of(p):
                named = the_two(ctx, sent, p.i)
            if named is not None:
                return named
    return None


def subject_pair(ctx: Ctx, verb: Token, sent: Span, partner: list[str]) -> list[str] | None:
    """The couple of a predicate: its subject(s) with the "with" partner, or a subject "the two" / "the
    pair" standing for the couple named last."""
    parties = pair(ctx.subjects(verb), partner)
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if parties is None and subj is not None and two_of(subj):
        parties = the_two(ctx, sent, subj.i)
    return parties


def two_of(noun: Token) -> bool:
    """ "the two stars", "the two", "the pair": a plural reference to two people."""
    return (
        noun.lower_ in lx.COUPLE_NOUNS
        or noun.lower_ == "two"
        or any(c.dep_ == "nummod" and c.lower_ == "two" for c in noun.children)
    )


def the_two(ctx: Ctx, sent: Span, before: int) -> list[str] | None:
    """Whom "the two" before token ``before`` means: the last two people coordinated in the sentence
    ("X and Y"), else the only two it names before it, else the couple referred to last."""
    for t in reversed(sent[: before - sent.start]):
        if any(c.dep_ == "conj" for c in t.children):
            got = pair(ctx.who(t), [])
            if got is not None:
                return got
    named = ctx.cast.in_span(sent.start, before)
    return pair(named, []) if len(named) == 2 else pair(list(ctx.pair_before(before, sent)), [])


def relation_owner(ctx: Ctx, tok: Token, sent: Span) -> list[str]:
    """Whose relationship: "X's marriage", "their engagement" (the couple), "X's career and marriage"
    (the possessor of the first conjunct)."""
    for holder in (tok, tok.head if tok.dep_ == "conj" else None):
        if holder is None:
            continue
        for c in holder.children:
            if c.dep_ == "poss":
                if c.lower_ in lx.PLURAL_PRONOUNS:
                    return ctx.who_plural(c, sent)
                got = possessors(ctx, c)
                if got:
                    return got
            if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in {"'s", "’s"} for g in c.subtree):
                return ctx.who(c)  # "X and Y's marriage" that the parser reads as a noun modifier
    return []


def possessors(ctx: Ctx, poss: Token) -> list[str]:
    """ "X's", and "X and Y's" (joint: the parser hangs only Y's on the noun, X as its conjunct)."""
    got = ctx.who(poss)
    j = poss.left_edge.i - 1
    if got and j >= 1 and poss.doc[j].lower_ in {"and", "&"} and in_name(ctx, j - 1):
        got += [k for k in ctx.cast.at(j - 1) if k not in got]
    return got
