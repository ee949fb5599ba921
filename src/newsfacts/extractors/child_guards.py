"""Guards of child facts: a child still to come ("her next child", "when the baby is born", "plans to
adopt a baby"), a part played ("played X's daughter"), an in-law, and whether a child noun tells of a
birth that took place ("welcomed a son", not "accuses X of fathering her child")."""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts import lexicon as lx
from newsfacts.context import future

ACCUSE_LEMMAS = frozenset({"accuse", "allege", "charge", "sue"})


def child_ahead(noun: Token) -> bool:
    """ "her next child", "their unborn son", "their daughter on the way", "pregnant with her child",
    "trying for a fifth child": a child still to come."""
    if any(
        c.lower_ in lx.UNBORN_MODIFIERS for c in noun.children if c.dep_ in ("amod", "advmod", "compound")
    ):
        return True
    doc = noun.doc
    if [t.lower_ for t in doc[noun.i + 1 : noun.i + 4]] == ["on", "the", "way"]:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and (
        (prep.lower_ == "with" and prep.head.lower_ == "pregnant")
        or (prep.lower_ == "for" and prep.head.lemma_.lower() in {"try", "hope", "wish"})
    )


def played_child(noun: Token) -> bool:
    """ "she played X's daughter", "the role of his son": a part in a work."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in lx.PLAY_LEMMAS:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in {"role", "part"}


def in_law(noun: Token) -> bool:
    """ "her son-in-law", "his daughter-in-law": a relative by marriage."""
    doc = noun.doc
    return noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].lower_ == "in"


def birth_event(tok: Token) -> bool:
    """ "welcomed a son", "gave birth to", "fathered a child" (the verb, not "the father of her child"),
    a birth that has taken place (not "plans to adopt a baby"); "a boy and a girl": the first noun's."""
    if tok.dep_ == "conj" and tok.head.lower_ in lx.CHILD_NOUNS:
        return birth_event(tok.head)
    if any(a.lemma_.lower() in ACCUSE_LEMMAS for a in list(tok.ancestors)[:5]):
        return False  # "a woman accuses X of fathering her child": a charge, no birth the text states
    return not unborn(tok) and any(
        a.lemma_.lower() in {"welcome", "birth", "deliver", "bear", "adopt"}
        or (a.lemma_.lower() == "father" and a.pos_ == "VERB")
        or (a.lemma_.lower() == "give" and any(c.dep_ == "dobj" and c.lower_ == "birth" for c in a.children))
        for a in [tok.head, *tok.ancestors][:3]
    )


def unborn(noun: Token) -> bool:
    """A child noun of a birth or adoption still to come: "is looking to adopt a baby", "is anticipating
    the birth of his next child", "when she gives birth to their twins" (a present tense in a clause of
    time speaks of what is ahead)."""
    heads = _object_heads(noun)
    if any(a.lemma_.lower() in lx.AWAIT_LEMMAS for a in heads):
        return True
    if _born_ahead(noun):
        return True
    for a in heads:
        lemma = a.lemma_.lower()
        gives_birth = lemma == "give" and any(c.dep_ == "dobj" and c.lower_ == "birth" for c in a.children)
        if lemma in lx.BIRTH_LEMMAS or gives_birth or lemma == "birth":
            return future(a) or _ahead_in_time_clause(a)
    return False


def _born_ahead(noun: Token) -> bool:
    """ "once her twins are born", "when the baby is born": the child is the subject of a present-tense
    "born" in a clause of time, a birth still to come; "the baby is due in May"."""
    verb = noun.head
    if noun.dep_ == "nsubj" and any(c.lower_ == "due" and c.dep_ == "acomp" for c in verb.children):
        return True  # "her twins are due in May"
    if noun.dep_ not in ("nsubjpass", "nsubj") or verb.lower_ != "born":
        return False
    present = any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    timed = any(c.dep_ in ("mark", "advmod") and c.lower_ in lx.TIME_CLAUSE_MARKS for c in verb.children)
    return (present and timed) or future(verb)


def _ahead_in_time_clause(verb: Token) -> bool:
    """ "when she gives birth", "once they adopt": a present tense under "when"/"once"/"before"."""
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lx.TIME_CLAUSE_MARKS for c in verb.children
    )


OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "compound", "conj", "appos", "attr"})


def _object_heads(noun: Token, up: int = 4) -> list[Token]:
    """The words a noun is the object of, up the parse ("the birth of his child" → of, birth, and the verb
    it is the object of); the climb stops at a subject or a clause ("X, who has kids, is expected")."""
    out: list[Token] = []
    t = noun
    while len(out) < up and t.head != t and t.dep_ in OBJECT_DEPS:
        t = t.head
        out.append(t)
    return out
