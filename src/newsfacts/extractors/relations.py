"""Couples: marriage, divorce, separation, engagement, relationship — from verbs and kinship nouns.

Verb rules read who did what from the parse: "X married Y", "X and Y wed in 2012", "X, who wed Y",
"the couple tied the knot", "X is married to Y", "X filed for divorce from Y", "X and Y split",
"X got engaged to Y", "X is dating Y". Noun rules read a possessor and a name beside the noun:
"X's husband Y", "X and wife Y", "her husband of 11 years, Y", "Y, X's ex-wife", "his girlfriend Y".
Negated, denied or future claims give no fact; hedged ones get a lower confidence.

Modules: ``couple_verbs`` (verb cues), ``couple_nouns`` (divorce, kinship, relation and split nouns),
``couple_idioms`` (idioms and predicates), ``couple_parties`` (who the two people are),
``couple_guards`` (hedged, asked, denied, wished or planned claims), ``couple_dates`` (when); this one
runs them in order and drops kin read as couples."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from newsfacts.context import Ctx
from newsfacts.extractors.couple_idioms import (
    couple_title_facts,
    on_off_facts,
    predicate_facts,
    romance_idioms,
    together_facts,
    years_of_marriage,
)
from newsfacts.extractors.couple_nouns import (
    divorce_noun_facts,
    noun_facts,
    relation_noun_facts,
    split_noun_facts,
)
from newsfacts.extractors.couple_verbs import verb_facts
from newsfacts.extractors.kinship import Fact
from newsfacts.schema import Child, Divorce, Engagement, FactBase, Marriage, Relationship, Separation

COUPLE_TYPES = (Marriage, Divorce, Separation, Engagement, Relationship)
ADULT_AGE = 18  # a child the article gives a lower age is no one's spouse or partner


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
    yield from verb_facts(ctx, sent)
    yield from divorce_noun_facts(ctx, sent)
    yield from noun_facts(ctx, sent)
    yield from relation_noun_facts(ctx, sent)
    yield from split_noun_facts(ctx, sent)
    yield from predicate_facts(ctx, sent)
    yield from together_facts(ctx, sent)
    yield from romance_idioms(ctx, sent)
    yield from on_off_facts(ctx, sent)
    yield from couple_title_facts(ctx, sent)
    yield from years_of_marriage(ctx, sent)
