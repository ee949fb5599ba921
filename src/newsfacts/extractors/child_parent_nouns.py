"""Children from parent nouns: "X's mother, Y", "the father of X, Y", "X is the mother of A, 18, and B,
15", "X is close to her parents, A and B", "X and Y are parents to daughter A", "X and Y, parents of
three"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, confidence, future
from newsfacts.extractors.child_counts import MULTIPLES, PARENTS_OF, child_count, counted, noun_count
from newsfacts.extractors.child_guards import unborn
from newsfacts.extractors.child_names import (
    PLURAL_CHILD,
    age_after,
    age_before,
    child_fact,
    is_name,
    line_break,
    listed_names,
    named_child,
)
from newsfacts.extractors.child_parents import partner_on
from newsfacts.extractors.kinship import kin_negated, owner_of, relative_of
from newsfacts.schema import Child


def parent_noun_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X's mother, Y" / "the father of X, Y" / "Y, X's dad": Y is a parent of X."""
    for tok in sent:
        if tok.lower_ not in lx.PARENT_NOUNS or tok.pos_ != "NOUN" or kin_negated(tok):
            continue
        parent = relative_of(ctx, tok)
        child = [k for k in owner_of(ctx, tok) if k not in parent]
        # "X is the mom of A, 4, with husband Y": the spouse on the parent noun is the other parent
        parent = parent[:1] + [k for k in partner_on(ctx, tok, tok.i) if parent and k not in parent + child]
        listed = _aged_list_of(ctx, tok) if parent else []
        if len(listed) > 1:  # "X is the mother of A, 18, and B, 15": every child, with the age
            for name, name_tok, sex, age in listed:
                if name not in parent:
                    yield child_fact(ctx, sent, parent, name, sex, age, tok, name_tok, tok.lower_)
        elif parent and len(child) == 1:
            yield Child(
                parents=parent,
                child=child[0],
                confidence=confidence(0.75, sent),
                evidence=[ctx.evidence(sent)],
                cue=tok.lower_,
            )
        elif parent and tok.head.lower_ != "like":  # "X is mom to A, 10, and B, 8" (not "like a mother to")
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"):
                for name, name_tok, sex, age in listed_names(ctx, prep):
                    if name not in parent:
                        yield child_fact(ctx, sent, parent, name, sex, age, tok, name_tok, tok.lower_)


def _aged_list_of(ctx: Ctx, noun: Token) -> list[tuple[str, Token, str | None, int | None]]:
    """The children listed after "the mother of": "of A, 18, and B, 15" (each name with its age)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        listed = listed_names(ctx, prep)
        if len(listed) > 1 and all(age is not None for *_, age in listed):
            return listed
    return []


def _named_parents(ctx: Ctx, noun: Token) -> list[str]:
    """The two people a plural "parents" names in apposition: "her parents, A and B"."""
    out: list[str] = []
    for c in noun.children:
        if c.dep_ == "appos" and not line_break(noun, c):
            for t in (c, *(g for g in c.children if g.dep_ == "conj")):
                out += [k for k in ctx.cast.at(t) if k not in out]
    return out or _linear_parents(ctx, noun)


def _owner_named_here(ctx: Ctx, noun: Token, owner: str, sent: Span) -> bool:
    """ "X is feuding with her parents": a pronoun owner counts only where the sentence names that
    person (a possessive pronoun far from its name is too often someone else's)."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return True
    return any(owner in ctx.cast.at(t) for t in sent if is_name(ctx, t))


def _linear_parents(ctx: Ctx, noun: Token) -> list[str]:
    """ "parents, A and B" read left to right, where the parser has broken the apposition apart."""
    doc, j = noun.doc, noun.i + 1
    if j >= len(doc) or doc[j].text != ",":
        return []
    first = next(((e, k) for s, e, k in ctx.cast.name_spans if s == j + 1), None)
    if first is None or first[0] >= len(doc) or doc[first[0]].lower_ not in {"and", "&"}:
        return []
    second = next((k for s, _, k in ctx.cast.name_spans if s == first[0] + 1), None)
    return [first[1], second] if second is not None and second != first[1] else []


def parents_pair_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X is close to her parents, A and B": A and B are both parents of X."""
    for tok in sent:
        if tok.lower_ != "parents" or tok.pos_ != "NOUN" or kin_negated(tok):
            continue
        parents = _named_parents(ctx, tok)
        child = [k for k in owner_of(ctx, tok) if k not in parents]
        if len(parents) == 2 and len(child) == 1 and _owner_named_here(ctx, tok, child[0], sent):
            yield Child(
                parents=sorted(parents),
                child=child[0],
                confidence=confidence(0.75, sent),
                evidence=[ctx.evidence(sent)],
                cue=tok.lower_,
            )


def parents_of_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X and Y are parents to daughter A", "X and Y became parents of twins", "X and Y, parents of
    three, …": the two people the plural "parents" describes have the children its "to"/"of" phrase
    names or counts."""
    for tok in sent:
        if tok.lower_ != "parents" or tok.pos_ != "NOUN" or kin_negated(tok) or unborn(tok):
            continue
        couple = _described_pair(ctx, tok)
        if len(couple) != 2 or future(tok.head):
            continue
        doc = tok.doc
        if tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ not in {"to", "of"}:
            continue  # read left to right: the parser often hangs "to" on the verb
        listed = listed_names(ctx, doc[tok.i + 1])
        for name, name_tok, sex, age in listed:
            if name not in couple:
                yield child_fact(ctx, sent, couple, name, sex, age, tok, name_tok, tok.lower_)
        if not listed and doc[tok.i + 2].lower_ in {"a", "an"}:
            yield from _one_child_of(ctx, sent, couple, doc[tok.i + 1], tok)
            continue
        obj = doc[tok.i + 2]
        if listed or not (obj.like_num or obj.lower_ in PLURAL_CHILD or obj.lower_ in MULTIPLES):
            continue
        count = child_count(obj.text) if obj.like_num else noun_count(obj)
        if count:
            yield from counted(ctx, sent, couple, count, PLURAL_CHILD.get(obj.lower_), tok, PARENTS_OF)


def _one_child_of(
    ctx: Ctx, sent: Span, couple: list[str], prep: Token, parents_noun: Token
) -> Iterator[Child]:
    """ "X and Y are parents to a five-year-old daughter, A", "X and Y became parents of a baby boy", "…
    parents to a son, A, and a daughter, B": each child an indefinite object of "to"/"of" names (or leaves
    unnamed); its sex from son/daughter or boy/girl ("a baby girl")."""
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    nouns = [first, *first.conjuncts] if first is not None else []
    for noun in nouns:
        if noun.lower_ not in lx.CHILD_NOUNS or noun.lower_ in PLURAL_CHILD:
            continue
        sex = lx.CHILD_NOUNS[noun.lower_] or next(
            (
                lx.CHILD_NOUNS[c.lower_]
                for c in noun.children
                if c.dep_ == "compound" and c.lower_ in lx.CHILD_NOUNS
            ),
            None,
        )
        child, name_tok = named_child(ctx, noun)
        if child in couple:
            continue
        age = age_before(noun) or (age_after(name_tok) if name_tok is not None else None)
        yield child_fact(ctx, sent, couple, child, sex, age, parents_noun, name_tok, parents_noun.lower_)


def _described_pair(ctx: Ctx, noun: Token) -> list[str]:
    """Whom a plural "parents" describes: the subject of "are/became parents", or the names it stands
    in apposition to ("X and Y, parents of three")."""
    head = noun.head
    if noun.dep_ in ("attr", "oprd") and head.lemma_ in {"be", "become"}:
        return ctx.subjects(head)
    if noun.dep_ == "appos":
        return ctx.who(head)
    return []
