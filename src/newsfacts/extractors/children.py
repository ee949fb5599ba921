"""Children: "their 12-year-old son X", "the exes share daughter X, 12, and son Y, 10",
"X and wife Y welcomed their first child, a son named Z, on Nov. 21", "X's daughter Y", "Y, the son of X".

Parents are every person the text names for the child: a possessor ("their" → the couple), the
subject of share/have/welcome/raise, and "with Y". Age as stated, ``age_as_of`` the anchor date, and
``born`` either stated ("born in 2012", "welcomed … on Nov. 21") or derived from the age (approximate).

Modules: ``child_names`` (a child noun's name, age and list of names; the Child record),
``child_parents`` (whose child a noun names), ``child_guards`` (children to come, parts played,
births that took place), ``child_births`` (born to, gave birth to, adopted by), ``child_counts``
(unnamed children by count or possessor), ``child_parent_nouns`` ("X's mother, Y", "her parents, A
and B", "parents of three"), ``child_shared`` ("A, whom X shares with Y"); this one reads the child
nouns of a sentence and runs the rest in order."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.extractors.child_births import BIRTH_CUE, adopted_by_facts, birth_object_facts, born_to_facts
from newsfacts.extractors.child_births import birth_spouses as birth_spouses
from newsfacts.extractors.child_counts import MULTIPLES, counted_before, counted_facts, possessed_child
from newsfacts.extractors.child_counts import settle_counts as settle_counts
from newsfacts.extractors.child_guards import birth_event
from newsfacts.extractors.child_names import (
    PLURAL_CHILD,
    age_after,
    age_before,
    child_fact,
    listed_names,
    named_child,
)
from newsfacts.extractors.child_parent_nouns import parent_noun_facts, parents_of_facts, parents_pair_facts
from newsfacts.extractors.child_parents import bare_owner, couple_subject, parents_of
from newsfacts.extractors.child_shared import shared_child_facts
from newsfacts.extractors.kinship import kin_negated
from newsfacts.schema import Child


def extract(ctx: Ctx, sent: Span) -> Iterator[Child]:
    yield from parent_noun_facts(ctx, sent)
    yield from parents_pair_facts(ctx, sent)
    yield from parents_of_facts(ctx, sent)
    yield from born_to_facts(ctx, sent)
    yield from birth_object_facts(ctx, sent)
    yield from adopted_by_facts(ctx, sent)
    yield from counted_facts(ctx, sent)
    yield from shared_child_facts(ctx, sent)
    named: dict[str, Child] = {}
    unnamed: list[tuple[Child, Token]] = []
    kids_here = _children_named_in(ctx, sent)  # "son A and daughter B": neither is the other's parent
    possessed: list[Child] = []
    for tok in sent:
        low = tok.lower_
        if not _noun(tok) or (low not in PLURAL_CHILD and low not in lx.CHILD_NOUNS) or kin_negated(tok):
            continue
        if tok.dep_ == "compound" and tok.head.lower_ in lx.CHILD_NOUNS and not ctx.cast.at(tok.head):
            continue  # "a baby boy", "a baby girl": the head noun tells the child (and its sex)
        if low in PLURAL_CHILD:
            listed = listed_names(ctx, tok)
            parents = (parents_of(ctx, tok, None) or counted_before(ctx, tok)) if listed else []
            siblings = {c for c, *_ in listed}
            for child, name_tok, sex, age in listed:
                ps = [p for p in parents if p not in siblings]  # a listed child is no parent
                if child not in named and ps:
                    named[child] = child_fact(ctx, sent, ps, child, sex, age, tok, name_tok, low)
            continue
        if low not in lx.CHILD_NOUNS:
            continue
        child, name_tok = named_child(ctx, tok)
        if child is None and not birth_event(tok):
            possessed += possessed_child(ctx, sent, tok)
            continue
        if child is not None and child in named:
            continue
        parents = [p for p in parents_of(ctx, tok, child) if p not in kids_here]
        if len(parents) < 2:
            parents = couple_subject(ctx, tok, child) or parents
        if not parents and child is not None:
            parents = [p for p in bare_owner(ctx, tok, child) if p not in kids_here]
        if not parents:
            continue
        age = age_before(tok) or (age_after(name_tok) if name_tok is not None else None) or age_after(tok)
        cue = BIRTH_CUE if len(parents) == 1 and birth_event(tok) else low
        fact = child_fact(ctx, sent, parents, child, lx.CHILD_NOUNS[low], age, tok, name_tok, cue)
        if child is None:
            unnamed.append((fact, tok))
        else:
            named[child] = fact
    yield from named.values()
    if not named:  # "welcomed their first child, a son named X": the named child is that child
        yield from _distinct_unnamed(unnamed)
    yield from possessed


def _distinct_unnamed(unnamed: list[tuple[Child, Token]]) -> list[Child]:
    """The first unnamed child of the sentence ("welcomed their first child, a son": one child told
    twice), and the others coordinated with it ("gave birth to a boy and a girl": two)."""
    if not unnamed:
        return []
    first = unnamed[0][1]
    return [unnamed[0][0], *(f for f, tok in unnamed[1:] if tok in first.conjuncts)]


def _noun(tok: Token) -> bool:
    """A common noun, also one the tagger calls a proper noun though it is written in lower case ("and
    son Leo"); not a capitalised one after a possessive, which names a band or a day ("Destiny's
    Child", "Father's Day")."""
    if tok.text[:1].isupper() and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "POS":
        return False
    return (
        tok.pos_ == "NOUN"
        or (tok.pos_ == "PROPN" and tok.is_lower)
        or (tok.lower_ in BORN_NOUNS and tok.dep_ == "amod")  # "their newborn, X" read as an adjective
        # "welcomed twins X": the tagger's verb "twins", hung on the real verb as its object
        or (tok.lower_ in MULTIPLES and tok.pos_ == "VERB" and tok.dep_ in MISREAD_VERB_DEPS)
    )


# "welcomed twins Ana and Bea": the tagger may read "twins" as a verb hung on the real one as its object
MISREAD_VERB_DEPS = frozenset({"dobj", "ccomp", "xcomp", "conj", "appos", "pobj"})


BORN_NOUNS = frozenset({"newborn", "firstborn"})


def _children_named_in(ctx: Ctx, sent: Span) -> set[str]:
    """Everyone a singular child noun of the sentence names ("son A", "daughter B", "A, his son")."""
    out: set[str] = set()
    for tok in sent:
        if _noun(tok) and tok.lower_ in lx.CHILD_NOUNS and tok.lower_ not in PLURAL_CHILD:
            child, _ = named_child(ctx, tok)
            if child is not None:
                out.add(child)
    return out
