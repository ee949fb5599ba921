"""An award for a work ties its winner or nominee to the work: "X, who scooped the Best Actress award
for 'Y'", "X was nominated for an Oscar for 'Y'", "X won a Golden Globe for her role in Y"."""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, negated

PART_NOUNS = frozenset({"role", "part", "performance", "turn", "work", "portrayal"})
CATEGORY_ROLES = {"actor": "actor", "actress": "actor", "director": "director", "directing": "director"}


def _award_word(tok: Token) -> bool:
    return tok.lower_ in lx.AWARD_HEADS or tok.lower_ in lx.NOMINATION_NOUNS


def _for_prep(root: Token) -> tuple[Token | None, bool]:
    """The "for" the title hangs from, directly or through "her role in"; and whether a part is named."""
    if root.dep_ != "pobj":
        return None, False
    prep = root.head
    part = prep.lower_ in {"in", "on"} and prep.head.lower_ in PART_NOUNS and prep.head.dep_ == "pobj"
    if part:
        prep = prep.head.head
    return (prep if prep.lower_ == "for" else None), part


def _award_verb(anchor: Token) -> Token | None:
    """The verb that wins or earns the award ``anchor`` is (or the verb ``anchor`` is, with an award)."""
    if anchor.pos_ == "VERB":
        awarded = any(c.dep_ in ("dobj", "pobj", "prep") and _holds_award(c) for c in anchor.children)
        lemma = anchor.lemma_.lower()
        ok = lemma in lx.AWARD_VERBS and (awarded or lemma in {"nominate", "award"})
        return anchor if ok else None
    if not _award_word(anchor):
        return None
    head = anchor.head.head if anchor.dep_ == "pobj" else anchor.head if anchor.dep_ == "dobj" else None
    if head is not None and head.pos_ == "VERB" and head.lemma_.lower() in lx.AWARD_VERBS:
        return head
    return None


def _holds_award(tok: Token) -> bool:
    return any(_award_word(t) for t in tok.subtree)


def _stated(verb: Token, part: bool) -> str | None:
    for t in verb.subtree:
        if t.lower_ in CATEGORY_ROLES and t.i < verb.i + 12:
            return CATEGORY_ROLES[t.lower_]
    return "actor" if part else None


def award_winners(ctx: Ctx, root: Token) -> list[tuple[str, str | None]]:
    """(person, stated role) of everyone the sentence gives an award or a nomination for the work whose
    title ``root`` heads."""
    prep, part = _for_prep(root)
    if prep is None:
        return []
    verb = _award_verb(prep.head)
    if verb is None or negated(verb):
        return []
    role = _stated(verb, part)
    if verb.dep_ == "relcl":  # "X, who scooped the award for Y, Z, who …": the antecedent alone
        return [(k, role) for k in ctx.cast.at(verb.head)]
    return [(k, role) for k in ctx.subjects(verb)]
