"""Who a cast noun lists: "the cast of X includes A and B", "X features an ensemble cast including A, B and
C", "a cast of A and B", "A, B and C round out the cast", "A joins B in the cast of X", "the cast of X is
led by A", "her co-stars in X include A and B". Every person so listed is in the work the cast noun
belongs to (a title in its "of"/"in" phrase, the subject of "X features a cast", or the work "the cast"
points back to). Also whom a fronted participle names after its copula ("Also starring in X are A and
B")."""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, negated

# "the cast includes A", "her co-stars include A": verbs whose object lists the subject's members
LIST_VERBS = frozenset({"include", "feature", "boast"})
# "a cast including A", "an ensemble cast of A, B and C", "a cast featuring A"
MEMBER_PREPS = frozenset({"including", "include", "of", "featuring", "feature"})
# "A and B round out the cast", "A completes the cast", "A joins the cast": the subject enters the cast
ENTRY_VERBS = frozenset({"round", "complete", "join", "fill"})
# "the cast is led by A and B": verbs whose agent heads the cast
LEAD_VERBS = frozenset({"lead", "head", "headline", "front", "anchor"})


def inverted_doers(ctx: Ctx, verb: Token) -> list[str]:
    """ "Also starring in X are A and B", "Joining her in the cast are A and B": the doers of a fronted
    participle stand after the copula the parser hangs on it."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [
        k
        for a in verb.children
        if a.dep_ == "aux" and a.lemma_.lower() == "be" and a.i > verb.i
        for c in a.children
        if c.dep_ in ("attr", "nsubj")
        for k in ctx.who(c)
    ]


def cast_noun(tok: Token) -> bool:
    """A noun of a work's whole cast ("the cast", "the ensemble"), or a plural cast noun ("co-stars")."""
    return tok.pos_ == "NOUN" and (
        (tok.lower_ in lx.CAST_NOUNS and tok.tag_ == "NN")
        or (tok.lower_ in lx.CAST_PLURAL_NOUNS and tok.lower_ not in {"stars", "actors", "actresses"})
    )


def holder_of(title_root: Token) -> Token | None:
    """The cast noun whose work the title names: "the cast of X", "her co-stars in X"."""
    if title_root.dep_ != "pobj" or title_root.head.dep_ != "prep":
        return None
    prep, noun = title_root.head, title_root.head.head
    if not cast_noun(noun):
        return None
    if prep.lower_ == "of" and noun.lower_ in lx.CAST_NOUNS:
        return noun
    return noun if prep.lower_ in {"in", "on"} and noun.tag_ == "NNS" else None


def members(ctx: Ctx, noun: Token) -> list[str]:
    """People a cast noun lists: in its own phrase ("a cast including A, B", "a cast of A and B"), as the
    object of "include" when it is the subject ("the cast includes A"), or as the subject of a verb of
    entering it ("A and B round out the cast")."""
    out: list[str] = []
    for c in noun.children:
        if c.dep_ in ("prep", "acl") and c.lower_ in MEMBER_PREPS:
            out.extend(k for g in c.children if g.dep_ in ("pobj", "dobj") for k in ctx.who(g))
        elif c.dep_ == "appos":
            out.extend(ctx.who(c))
    verb = noun.head
    if verb.pos_ == "ADP" and verb.dep_ in ("prt", "prep") and verb.lower_ == "out":
        verb = verb.head  # "round out the cast": the parser may hang the cast on the particle
    elif verb.lower_ == "in" and verb.dep_ == "prep" and verb.head.lemma_.lower() == "join":
        verb = verb.head  # "A joins B in the cast of X": both are in it
        if not negated(verb):
            out.extend(k for c in verb.children if c.dep_ == "dobj" for k in ctx.who(c))
    if verb.pos_ == "VERB" and not negated(verb):
        lemma = verb.lemma_.lower()
        if noun.dep_ == "nsubj" and lemma in LIST_VERBS:
            out.extend(k for c in verb.children if c.dep_ == "dobj" for k in ctx.who(c))
        elif noun.dep_ in ("dobj", "pobj") and lemma in ENTRY_VERBS and noun.lower_ in lx.CAST_NOUNS:
            # "A and B round out the cast", "A joins B in the cast": the subject enters it
            out.extend(ctx.subjects(verb) or inverted_doers(ctx, verb))
        elif noun.dep_ == "nsubjpass" and lemma in LEAD_VERBS:  # "the cast is led by A and B"
            out.extend(k for c in verb.children if c.dep_ == "agent" for g in c.children for k in ctx.who(g))
    return list(dict.fromkeys(out))
