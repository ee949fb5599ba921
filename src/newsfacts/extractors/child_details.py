"""Per article: a named child's age and sex from wherever the article states them, not only from the
sentence that names the parents.

"X's daughter Suri" gives the child; "11-year-old Suri" two sentences on gives her age. Every mention
of the child's name is read for an age in the journalistic forms `ages.py` knows ("N-year-old Y",
"Y, N,") and in a relative clause right after it ("Y, who is now two years old", "who just turned
seven", "who turns 5 in May"). When the mentions agree on one age, a child fact without an age takes
it (with ``age_as_of`` and the birth interval it implies); ages that disagree (a live blog written over
years) leave the fact without one. The sex likewise, from a child noun or a royal title at a mention
("their daughter Y", "Y, their son,", "Princess Y"), when the mentions agree.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsfacts import ages
from newsfacts import lexicon as lx
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
    for i, end in _mentions(ctx, key):
        for age in (ages.before(doc, i), ages.after(doc, end), _age_in_clause(doc, end)):
            if age is not None:
                found.add(age)
    return found


# Words right before or after a name that give its sex: a child noun ("daughter Y", "Y, her son,") or a
# royal title ("Princess Y").
TITLE_SEX = {"prince": "male", "princess": "female"}


def _sex_at(doc: Doc, start: int, end: int) -> str | None:
    words = [doc[start].lower_]  # "Princess Y" inside the name
    if start > 0:
        words.append(doc[start - 1].lower_)
    if end + 2 < len(doc) and doc[end].text == ",":
        words += [doc[end + 1].lower_, doc[end + 2].lower_]  # "Y, her son," / "Y, a daughter"
    for w in words:
        sex = TITLE_SEX.get(w) or lx.CHILD_NOUNS.get(w)
        if sex is not None:
            return sex
    return None


def _mentions(ctx: Ctx, key: str) -> list[tuple[int, int]]:
    """(start, end) of every name span the cast gives the one person ``key``."""
    return [(start, end) for start, end, k in ctx.cast.name_spans if k == key]


def stated_sexes(ctx: Ctx, key: str) -> set[str]:
    """The sexes the words at the mentions of one person's name give."""
    return {s for a, b in _mentions(ctx, key) if (s := _sex_at(ctx.doc, a, b)) is not None}


def settle_children(ctx: Ctx, facts: Iterable[FactBase]) -> list[FactBase]:
    """Named children without an age or a sex take the one the article states at their name."""
    out: list[FactBase] = []
    for fact in facts:
        if isinstance(fact, Child) and fact.child is not None:
            update: dict[str, object] = {}
            if fact.age is None and len(found := stated_ages(ctx, fact.child)) == 1:
                age = next(iter(found))
                update["age"] = age
                update["age_as_of"] = ctx.anchor.isoformat() if ctx.anchor else None
                update["born"] = fact.born or ctx.birth_when(age)
            if fact.sex is None and len(sexes := stated_sexes(ctx, fact.child)) == 1:
                update["sex"] = next(iter(sexes))
            elif fact.sex is None and not sexes and (rec := ctx.cast.people.get(fact.child)) and rec.gender:
                update["sex"] = rec.gender  # the pronouns (or given name) the article uses for the child
            if update:
                fact = fact.model_copy(update=update)
        out.append(fact)
    return out
