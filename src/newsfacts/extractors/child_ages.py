"""Per article: a named child's age from wherever the article states it, not only from the sentence
that names the parents.

"X's daughter Suri" gives the child; "11-year-old Suri" two sentences on gives her age. Every mention
of the child's name is read for an age in the journalistic forms `ages.py` knows ("N-year-old Y",
"Y, N,") and in a relative clause right after it ("Y, who is now two years old", "who just turned
seven", "who turns 5 in May"). When the mentions agree on one age, a child fact without an age takes
it (with ``age_as_of`` and the birth interval it implies); ages that disagree (a live blog written over
years) leave the fact without one.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsfacts import ages
from newsfacts.context import Ctx
from newsfacts.schema import Child, FactBase

_WHO = frozenset({"who", "which"})
_BE = frozenset({"is", "'s", "’s", "was"})
_SOFTENERS = frozenset({"now", "just", "only", "recently", "already", "soon"})
_TURN = frozenset({"turned", "turns", "turning"})


def _age_in_clause(doc: Doc, end: int) -> int | None:
    """ "…, who is now two years old" / "…, who just turned seven": the age in a relative clause that
    opens right after the name (``end`` is the first token after it)."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i >= len(doc) or doc[i].lower_ not in _WHO:
        return None
    i += 1
    saw_be = False
    while i < len(doc) and (doc[i].lower_ in _SOFTENERS or (doc[i].lower_ in _BE and not saw_be)):
        saw_be = saw_be or doc[i].lower_ in _BE
        i += 1
    if i < len(doc) and doc[i].lower_ in _TURN:
        return ages.number(doc[i + 1].text) if i + 1 < len(doc) else None
    if saw_be and i + 2 < len(doc) and doc[i + 1].lower_ in ages.YEAR_WORDS and doc[i + 2].lower_ == "old":
        return ages.number(doc[i].text)
    return None


def stated_ages(ctx: Ctx, key: str) -> set[int]:
    """The ages the article states at the mentions of one person's name."""
    doc = ctx.doc
    found: set[int] = set()
    i = 0
    while i < len(doc):
        if ctx.cast.at(i) != (key,) or doc[i].pos_ != "PROPN":
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and ctx.cast.at(j + 1) == (key,) and doc[j + 1].pos_ == "PROPN":
            j += 1
        for age in (ages.before(doc, i), ages.after(doc, j + 1), _age_in_clause(doc, j + 1)):
            if age is not None:
                found.add(age)
        i = j + 1
    return found


def settle_ages(ctx: Ctx, facts: Iterable[FactBase]) -> list[FactBase]:
    """Named children without an age take the one age the article states at their name."""
    out: list[FactBase] = []
    for fact in facts:
        if isinstance(fact, Child) and fact.child is not None and fact.age is None:
            found = stated_ages(ctx, fact.child)
            if len(found) == 1:
                age = next(iter(found))
                fact = fact.model_copy(
                    update={
                        "age": age,
                        "age_as_of": ctx.anchor.isoformat() if ctx.anchor else None,
                        "born": fact.born or ctx.birth_when(age),
                    }
                )
        out.append(fact)
    return out
