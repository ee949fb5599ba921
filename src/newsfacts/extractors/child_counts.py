"""Unnamed children: those a count gives ("X has two kids with Y", "their three children", "a mother of
three"), one of a named owner ("X was seen with her daughter", "X has a son with Y"), each counted once
however often told; and, per article, counted children the article also names are dropped."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import ages
from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, future, negated
from newsfacts.extractors.child_births import BARE_BIRTH, BIRTH_CUE, born_to
from newsfacts.extractors.child_guards import child_ahead, in_law, played_child, unborn
from newsfacts.extractors.child_names import PLURAL_CHILD, child_fact, is_name, named_child
from newsfacts.extractors.child_parents import parents_of, possessors
from newsfacts.extractors.kinship import NOUN_TYPES, relative_of
from newsfacts.people_descriptions import count_before_possessive
from newsfacts.schema import Child, FactBase

MULTIPLES = {"twins": 2, "twin": 2, "triplets": 3, "quadruplets": 4}
BROOD_NOUNS = frozenset({"brood"})  # "their brood of six": the children alone (not "family of five")
COUNT_CUES = frozenset({*PLURAL_CHILD, *MULTIPLES, *lx.PARENT_NOUNS, *BROOD_NOUNS})
MAX_COUNT = 12


def noun_count(noun: Token) -> int | None:
    """How many children a plural noun counts: "two kids", "3 children", "twins"; None if unsaid."""
    if noun.lower_ in MULTIPLES:
        return MULTIPLES[noun.lower_]
    for c in noun.children:
        if c.dep_ == "nummod":
            return child_count(c.text)
        if c.lower_ in MULTIPLES and c.dep_ in ("amod", "compound"):  # "twin girls"
            return MULTIPLES[c.lower_]
    return None


def child_count(text: str) -> int | None:
    """A number of children in digits or words, 1 to MAX_COUNT; None otherwise."""
    n = ages.number(text)
    return n if n is not None and 0 < n <= MAX_COUNT else None


def _parent_of_count(ctx: Ctx, noun: Token) -> tuple[list[str], int | None, str | None]:
    """ "a mother of three", "the father of two sons", "mom of twins", "the mother of his child"
    (one, unnamed): (parent, count, sex)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "to"}:  # "mother of three", "mom to twins"
            continue
        number = count_before_possessive(prep)  # "the mom of three's nightmare"
        if number is not None:
            who = (list(ctx.cast.at(noun)) or _as_parent(ctx, noun))[:1]
            return who, child_count(number.text), None
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.like_num:
                count, sex = child_count(obj.text), None
            elif obj.lower_ in PLURAL_CHILD or obj.lower_ in MULTIPLES:
                count, sex = noun_count(obj), PLURAL_CHILD.get(obj.lower_)
            elif obj.lower_ in lx.CHILD_NOUNS and named_child(ctx, obj)[0] is None:
                count, sex = 1, lx.CHILD_NOUNS[obj.lower_]
            else:
                continue
            who = (list(ctx.cast.at(noun)) or relative_of(ctx, noun) or _as_parent(ctx, noun))[:1]
            other = [k for c in obj.children if c.dep_ == "poss" for k in ctx.who(c) if k not in who]
            return (who + other[:1] if who else []), count, sex  # "the father of her twins": both
    return [], None, None


def _as_parent(ctx: Ctx, noun: Token) -> list[str]:
    """ "As a mother of two, X knows …", "as the father of three daughters, I believe …": the parent noun
    after "as" on a verb is its subject (one person)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return []
    subj = ctx.subjects(noun.head.head)
    return subj if len(subj) == 1 else []


def _names_follow(noun: Token) -> bool:
    """ "two daughters, Ana and Bea" / "twins Ana and Bea": the children are named (or
    meant to be) right after the count; the named facts speak for them."""
    doc = noun.doc
    j = noun.i + 1
    if j < noun.sent.end and doc[j].pos_ == "PROPN":  # "twins Rumi and Sir"
        return True
    if j >= noun.sent.end or doc[j].text not in {",", ":", "-", "–", "—", "("}:
        return False
    return any(t.pos_ == "PROPN" for t in doc[j + 1 : min(j + 9, noun.sent.end)])


def _unresolved_subject(ctx: Ctx, noun: Token) -> bool:
    """ "The Ohio Hawks forward has two kids with Y": the verb's subject names nobody we know, so the
    parents would be half known."""
    if noun.dep_ != "dobj":
        return False
    subj = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and subj[0].pos_ in ("NOUN", "PROPN") and not ctx.who(subj[0])


def settle_counts(facts: list[FactBase]) -> list[FactBase]:
    """Per article: children told only by a count ("two kids") are the named children of the same
    parent where the article names them ("Max, 9, and Emme, 9"), so that many counted ones go."""
    named: dict[str, set[str]] = {}
    for f in facts:
        if isinstance(f, Child) and f.child is not None:
            for par in f.parents:
                named.setdefault(par, set()).add(f.child)
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, f in enumerate(facts):
        if (
            isinstance(f, Child)
            and f.child is None
            and (f.cue in COUNT_CUES or f.cue in lx.SINGLE_CHILD_NOUNS or f.cue in (PARENTS_OF, BIRTH_CUE))
        ):
            groups.setdefault(tuple(f.parents), []).append(i)
    drop: set[int] = set()
    for parents, idx in groups.items():
        known: set[str] = set().union(*(named.get(par, set()) for par in parents))
        drop.update(idx[: len(known)])
    # a bare "X gave birth" is the birth another fact of X's tells of (a sex, a name, a date), if any
    births: dict[str, list[int]] = {}
    told: set[str] = set()
    for i, f in enumerate(facts):
        if isinstance(f, Child) and f.cue == BARE_BIRTH:
            births.setdefault(f.parents[0], []).append(i)
        elif isinstance(f, Child) and (
            f.cue in (BIRTH_CUE, "gave birth") or (f.born is not None and not f.born.approximate)
        ):
            told.update(f.parents)
    for parent, idx in births.items():
        drop.update(idx if parent in told else idx[1:])
    return [f for i, f in enumerate(facts) if i not in drop]


def counted(
    ctx: Ctx, sent: Span, parents: list[str], count: int, sex: str | None, noun: Token, cue: str | None = None
) -> Iterator[Child]:
    """``count`` unnamed children, less those the article has already told of."""
    for _ in range(count - _told(ctx, parents, sex, count)):
        yield child_fact(ctx, sent, parents, None, sex, None, noun, None, cue or noun.lower_)


def _told(ctx: Ctx, parents: list[str], sex: str | None, count: int) -> int:
    """How many children the article has already told of for the same parents, or for some of them or
    more ("their three daughters" … "his three daughters": the same girls); now ``count`` are told."""
    told = max(
        (
            n
            for (ps, s), n in ctx.counted.items()
            if s == sex and (set(ps) <= set(parents) or set(parents) <= set(ps))
        ),
        default=0,
    )
    ctx.counted[(tuple(sorted(parents)), sex)] = max(told, count)
    return told


def counted_before(ctx: Ctx, noun: Token) -> list[str]:
    """ "the three kids — A, 9; B, 7; C, 4": a definite, counted child noun with no owner of its own
    means the children the article has already counted for one set of parents ("their three kids")."""
    if any(c.dep_ == "poss" for c in noun.children) or not any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children
    ):
        return []
    count = noun_count(noun)
    groups = {ps for (ps, _), n in ctx.counted.items() if n == count}
    return list(next(iter(groups))) if count and len(groups) == 1 else []


DEFINITE = frozenset({"the", "these", "those"})


def counted_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X has two kids with Y", "their three children", "a mother of three": unnamed children by count."""
    for tok in sent:
        low = tok.lower_
        if tok.pos_ != "NOUN" or low not in COUNT_CUES or negated(tok) or unborn(tok):
            continue
        if low in lx.PARENT_NOUNS:
            parents, count, sex = _parent_of_count(ctx, tok)
        elif low in BROOD_NOUNS:
            count, sex = _brood_count(tok), None
            parents = parents_of(ctx, tok, None) if count else []
        elif (low in PLURAL_CHILD or low in MULTIPLES) and not _names_follow(tok):
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in COURTING_LEMMAS:
                continue  # "he dated only two girls": no children
            count, sex = noun_count(tok), PLURAL_CHILD.get(low)
            born = [
                c for c in tok.children if c.dep_ == "acl" and c.lower_ == "born"
            ]  # "four children born to"
            parents = born_to(ctx, born[0]) if born else []
            if not parents and count and not _unresolved_subject(ctx, tok):
                parents = parents_of(ctx, tok, None)
        else:
            if low in PLURAL_CHILD and (count := noun_count(tok)) and (parents := parents_of(ctx, tok, None)):
                # "their three children, A, B and C": all three are told (named), even a name the cast
                # missed, so a later "their three children" adds no unnamed ones
                _told(ctx, parents, PLURAL_CHILD.get(low), count)
            continue
        if parents and count and len(parents) == 2 and _each(tok):
            for one in parents:  # "X and Y each have two kids": two of X's, two of Y's
                yield from counted(ctx, sent, [one], count, sex, tok)
        elif parents and count:
            yield from counted(ctx, sent, parents, count, sex, tok)


def _brood_count(noun: Token) -> int | None:
    """ "their brood of six", "a brood of 4": the number after "of" on a brood noun."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((child_count(o.text) for o in prep.children if o.dep_ == "pobj" and o.like_num), None)
    return None


COURTING_LEMMAS = frozenset({"date", "romance", "kiss", "woo", "court", "bed", "marry", "wed"})


def _each(noun: Token) -> bool:
    """ "X and Y each have two kids", "each of them has two kids": the count is every parent's own."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None:
        return False
    return any(c.lower_ == "each" for c in verb.children) or any(
        g.lower_ == "each" for c in verb.children if c.dep_.startswith("nsubj") for g in c.subtree
    )


PARENTS_OF = "parents of"  # the cue of children counted by "X and Y are parents of three"


def possessed_child(ctx: Ctx, sent: Span, noun: Token) -> list[Child]:
    """ "X was seen with her daughter", "David's son", "X and Y took their son to school", "X has a son
    with Y" (``_had``): one unnamed
    child of a named owner, counted once per owner and sex however often told (``_told``); reconcile's
    ``settle_counts`` drops it where the article names the owner's children. Only where the owner is a
    name, or a pronoun for the clause's subject when no one else is named (``_sole_owners``); not a
    child to come ("her next child", "their daughter on the way", "pregnant with her child"), a part
    played ("played X's daughter"), a likeness ("like a son to her"), an in-law, nor a noun that
    modifies another ("her baby bump")."""
    low = noun.lower_
    if low not in lx.SINGLE_CHILD_NOUNS or noun.dep_ in ("compound", "amod") or unborn(noun):
        return []
    if child_ahead(noun) or played_child(noun) or in_law(noun) or noun.head.lower_ in {"like", "as"}:
        return []
    if noun.head.lower_ == "of" and noun.head.head.lower_ in lx.PARENT_NOUNS:
        return []  # "the father of her child": the parent-noun rules read it (a named parent, or none)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        parents = _had(ctx, noun)
    else:
        parents = possessors(ctx, noun, None)
        if poss.pos_ == "PRON" and parents and not _sole_owners(ctx, noun, parents, sent):
            return []
    if not parents:
        return []
    return list(counted(ctx, sent, parents[:2], 1, lx.CHILD_NOUNS[low], noun))


def _had(ctx: Ctx, noun: Token) -> list[str]:
    """ "X has a son with Y", "X and Y share a daughter", "X had a son and a daughter": an indefinite
    child noun as the object of a having verb; the parents are its subject(s) and "with Y". Not "is
    having a son" (a birth to come), nor "wants to have", "would have" (a wish)."""
    t = noun
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    verb = t.head
    if t.dep_ != "dobj" or verb.lemma_.lower() not in lx.HAVE_CHILD_LEMMAS or verb.tag_ == "VBG":
        return []
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return []
    if future(verb) or any(c.dep_ == "aux" and c.lower_ in lx.WISH_MODALS for c in verb.children):
        return []
    parents = parents_of(ctx, noun, None)
    siblings = [c for c in (t, *t.children) if c.dep_ == "conj" or c is t]  # "a son and a daughter with Y"
    parents += [k for c in siblings for k in _prep_with(ctx, c) if k not in parents]
    return parents


def _prep_with(ctx: Ctx, tok: Token) -> list[str]:
    """The people of the "with" phrase: "with Y", and "with wife Y" where the parser hung Y elsewhere."""
    return [
        k
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
        for k in ctx.who(p) or (relative_of(ctx, p) if p.lower_ in NOUN_TYPES else [])
    ]


def _sole_owners(ctx: Ctx, noun: Token, owners: list[str], sent: Span) -> bool:
    """A possessive pronoun ("her daughter", "their son") is trusted only where the owners are the
    people the sentence names, all of them and no one else, and the subject of the noun's clause (or
    the name it is coordinated with): in "X alleges that Y pulled her daughter's hair" the pronoun may
    be X's or Y's, so neither."""
    named = {k for t in sent if is_name(ctx, t) for k in ctx.cast.at(t)}
    return named == set(owners) and set(owners) <= set(_clause_people(ctx, noun))


def _clause_people(ctx: Ctx, noun: Token) -> list[str]:
    """Whom a possessive pronoun on the noun may safely mean: the subject of the noun's clause ("X was
    seen with her daughter", "X and Y took their son"), or the name the noun is coordinated with ("X and
    her son"); not just anyone the sentence names ("… shows for Z, … in which his daughter walked")."""
    t = noun
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    out = [k for k in ctx.who(t) if t is not noun]
    verb = clause_verb(noun)
    if verb is not noun:
        out += ctx.subjects(verb)
        if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):  # "X said his son loves Rome"
            out += ctx.subjects(verb.head)
    return out
