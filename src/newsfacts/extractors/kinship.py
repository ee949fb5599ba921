"""Kinship nouns: whose relative a noun names and who that relative is — "X's husband Y", "X and wife Y",
"her husband of 11 years, Y", "Y, X's ex-wife", "his ex-wives A and B". Shared by the couple rules
(relations.py) and the child rules (children.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, negated
from newsfacts.schema import Divorce, Engagement, Marriage, Relationship, Separation

Fact = Marriage | Divorce | Separation | Engagement | Relationship
FILLER = frozenset(
    {
        "of",
        ",",
        "and",
        "the",
        "a",
        "an",
        "-",
        "–",  # a spaced hyphen reaches the parser as a dash
        "—",
        "year",
        "years",
        "month",
        "months",
        "old",
        "late",
        "now",
        "current",
    }
)


NOUN_TYPES: dict[str, type[Fact]] = {
    **dict.fromkeys(lx.SPOUSE_NOUNS, Marriage),
    **dict.fromkeys(lx.EX_SPOUSE_NOUNS, Marriage),
    **dict.fromkeys(lx.PARTNER_NOUNS, Relationship),
    **dict.fromkeys(lx.EX_PARTNER_NOUNS, Relationship),
    **dict.fromkeys(lx.FIANCE_NOUNS, Engagement),
    **dict.fromkeys(lx.EX_FIANCE_NOUNS, Engagement),  # "his ex-fiancee Y": they were engaged
    # "her then-husband Y", "his then-girlfriend Y": the relation held at the time told of
    **{f"then-{w}": Marriage for w in lx.SPOUSE_NOUNS},
    **{f"then-{w}": Relationship for w in lx.PARTNER_NOUNS},
    **{f"then-{w}": Engagement for w in lx.FIANCE_NOUNS},
}
PLURAL_KIN: dict[str, str] = {
    "wives": "wife",
    "husbands": "husband",
    "ex-wives": "ex-wife",
    "ex-husbands": "ex-husband",
    "girlfriends": "girlfriend",
    "boyfriends": "boyfriend",
    "ex-girlfriends": "ex-girlfriend",
    "ex-boyfriends": "ex-boyfriend",
    "exes": "ex",
    "ex-flames": "ex-flame",
    "ex-lovers": "ex-lover",
}


NAME_MODIFIER = ("compound", "amod")  # "wife Y", "ex-wives Y and Z" (the parser may call it an adjective)


def relative_of(ctx: Ctx, noun: Token) -> list[str]:
    """The person a kinship noun names: "wife Y", "husband, Y", "Y, his wife", "husband of 11 years, Y",
    "Y is his wife", "his wife is Y"."""
    if noun.dep_ in NAME_MODIFIER and ctx.cast.at(noun.head):
        return list(ctx.cast.at(noun.head))[:1]
    for c in noun.children:
        if c.dep_ == "appos" and ctx.cast.at(c):
            return list(ctx.cast.at(c))[:1]
    if noun.dep_ == "appos" and ctx.cast.at(noun.head) and noun.head.i < noun.i:
        return list(ctx.cast.at(noun.head))[:1]
    named = [k for c in across_copula(noun) for k in ctx.cast.at(c)]  # "Y is his wife", "his wife is Y"
    if named:
        return named[:1]
    return next_name(ctx, noun)


def across_copula(noun: Token) -> list[Token]:
    """The other side of "be" from a kinship noun: the subject of "Y is his wife", the complement of
    "his wife is Y"."""
    other = {"attr": "nsubj", "nsubj": "attr"}.get(noun.dep_)
    # "Y became his wife", "X has become the mother of twins" (not "his wife became Y")
    linking = {"be", "become"} if other == "nsubj" else {"be"}
    if other is None or noun.head.lemma_ not in linking:
        return []
    return [c for c in noun.head.children if c.dep_ == other]


def next_name(ctx: Ctx, tok: Token) -> list[str]:
    """The next name after fillers: "husband of 11 years, director X", "married decathlete X"."""
    doc = tok.doc
    others = {c.i for c in tok.children if c.dep_ == "conj"}  # "her husband and X": X is someone else
    for j in range(tok.i + 1, min(tok.i + 10, len(doc))):
        t = doc[j]
        if t.lower_ == "and" and any(in_name(ctx, i) for i in others):
            break
        if t.i in ctx.cast.refs and in_name(ctx, t.i):
            return list(ctx.cast.at(t))[:1]
        if not (
            t.lower_ in FILLER
            or t.like_num
            or t.lower_ in lx.DESCRIPTOR_NOUNS
            or t.pos_ == "ADJ"
            or (t.dep_ == "compound" and t.head.lower_ in lx.DESCRIPTOR_NOUNS)  # "film director Y"
            or _modifies_name(ctx, t)  # "decathlete Y", "Cleveland Cavaliers player Y"
        ):
            break
    return []


def _modifies_name(ctx: Ctx, t: Token) -> bool:
    """A title before a name: a chain of compounds ending in the name ("Cleveland Cavaliers player Y")."""
    while t.dep_ == "compound" and not in_name(ctx, t.i) and t.head != t:
        t = t.head
    return in_name(ctx, t.i)


def in_name(ctx: Ctx, i: int) -> bool:
    return any(s <= i < e for s, e, _ in ctx.cast.name_spans)


def kin_read_as_verb(tok: Token) -> bool:
    """ "X and girlfriend Y", "his nuptials to fiancee Y": after "and"/"with"/"to" and before a name the
    tagger may read the kinship noun as a verb taking the name as its object; a noun there all the same."""
    doc = tok.doc
    return (
        tok.pos_ == "VERB"
        and tok.i > 0
        and doc[tok.i - 1].lower_ in {"and", "&", "with", "to"}
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i > tok.i for c in tok.children)
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ == "PROPN"
    )


def owner_of(ctx: Ctx, noun: Token) -> list[str]:
    """Whose relative: "X's wife", "his wife", "X and wife Y", "the wife of X", "X's daughter Y"
    (the possessive hangs on the name), "her split from ex-husband Y" (on the governing noun)."""
    holders = [noun]
    if noun.dep_ in NAME_MODIFIER:
        holders.append(noun.head)
    np = holders[-1]  # "her child with husband Y", "her movie with boyfriend Y": the governing noun's owner
    if np.dep_ == "pobj" and np.head.dep_ == "prep" and np.head.head.pos_ == "NOUN":
        holders.append(np.head.head)
    elif kin_read_as_verb(noun) and noun.dep_ == "acl" and noun.head.pos_ == "NOUN":
        holders.append(noun.head)  # "X's nuptials to fiancee Y", "to" read as an infinitive marker
    for h in holders:
        for c in h.children:
            if c.dep_ == "poss":
                got = ctx.who(c) if c.pos_ != "PRON" else _pronoun_owner(ctx, c, h)
                if got:
                    return got
    if any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in noun.children):
        return []  # "her sister's husband", "her daughter's father": a relative of someone unnamed
    parent = _parent_with(ctx, np)
    if parent:
        return parent
    doc = noun.doc
    j = noun.i - 1
    while j >= 0 and (
        doc[j].lower_ in {"his", "her", "late", "new", "longtime", "then", "now", "former", "current"}
        or doc[j].pos_ == "ADJ"
        or doc[j].dep_ == "amod"  # "X and rumoured girlfriend Y"
    ):
        j -= 1
    if j >= 1 and doc[j].lower_ in {"and", "&", "with"}:
        # "X, 47, and wife Y": a spouse's age may stand between (not "daughter A, 12, and son B")
        before = _before_aside(doc, j - 1) if doc[j].lower_ == "and" and noun.lower_ in NOUN_TYPES else j - 1
        if before >= 0 and ctx.cast.at(doc[before]) and not _kin_named(ctx, before):
            return list(ctx.cast.at(doc[before]))
        first = _listed_kin_noun(ctx, before) if doc[j].lower_ in {"and", "&"} else None
        owners = owner_of(ctx, first) if first is not None else []
        if len(owners) == 1:
            return owners  # "his ex-wife A and current girlfriend B": the same owner's
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            got = [k for p in c.children for k in ctx.who(p)]
            if got:
                return got
    if np.dep_ in ("pobj", "pcomp") and np.head.lower_ == "with" and np.head.head.pos_ in ("VERB", "AUX"):
        return ctx.subjects(np.head.head)  # "who she shares with ex-husband Y"
    listed = np.head if np.dep_ == "conj" else None  # "X came with her daughter A and husband B"
    while listed is not None and listed.dep_ in ("conj", "appos"):
        listed = listed.head
    if listed is not None and listed.dep_ == "pobj" and listed.head.lower_ == "with":
        subj = ctx.subjects(clause_verb(listed))
        return subj if len(subj) == 1 else []  # "X and Y came with boyfriend A and husband B": whose?
    if _bare(noun) and (np.dep_ == "dobj" or (np.dep_ == "pobj" and np is not noun)):
        # "X sends fiance Y to …", "X was acquitted of the murder of ex-wife Y": a bare kinship noun
        # before a name is the clause subject's (not "X is trying for twins")
        return ctx.subjects(clause_verb(np))
    if _bare(noun) and _subject_of(np) is not None:
        return _reporter(ctx, _subject_of(np), noun)  # "X said husband Y cooks"
    return []


def _pronoun_owner(ctx: Ctx, pron: Token, noun: Token) -> list[str]:
    """Whom "her"/"his" on a kinship noun means. In apposition to a name ("A, her daughter with husband Y")
    the pronoun cannot be that name's own: the name finder may bind it there, so it is then the subject
    of the nearest clause above that is someone else ("whether she let A, her daughter, run")."""
    got = ctx.who(pron)
    named = set(ctx.cast.at(noun.head))
    if noun.dep_ != "appos" or not set(got) & named:
        return got
    if ctx.cast.at(noun) or set(relative_of(ctx, noun)) - named:
        return got  # "A - his ex-wife B": the noun names someone else, the pronoun may be A's
    for verb in (a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX")):
        others = [k for k in ctx.subjects(verb) if k not in named]
        if others:
            return others[:1]
    return []


def _parent_with(ctx: Ctx, np: Token) -> list[str]:
    """ "X, who had a daughter with wife Y", "X has a son with wife Y": the parser hangs "with" on the
    child, but the spouse is the one who had the child's (the subject of the having or birth verb), not the
    child's ("who had the model with wife Y" is no marriage of the model)."""
    if np.dep_ != "pobj" or np.head.lower_ != "with" or np.head.head.dep_ != "dobj":
        return []
    verb = np.head.head.head
    if verb.lemma_.lower() not in lx.HAVE_CHILD_LEMMAS | lx.BIRTH_LEMMAS:
        return []
    return ctx.subjects(verb)


def _subject_of(np: Token) -> Token | None:
    """The verb whose subject ``np`` is (also when the parser glued the name to the verb as a compound)."""
    if np.dep_ in ("nsubj", "nsubjpass") or (np.dep_ == "compound" and np.head.pos_ == "VERB"):
        return np.head
    return None


def _reporter(ctx: Ctx, verb: Token, noun: Token) -> list[str]:
    """ "X said husband Y cooks", "X has no doubt that husband Y is the one": a bare kinship noun on the
    subject of a reported clause belongs to the one person who reports it, named before it."""
    if verb.dep_ == "ccomp":
        above = verb.head
    elif verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.head.pos_ in ("VERB", "AUX"):
        above = verb.head.head  # "… has no doubt that …"
    else:
        return []
    if above.i > noun.i:
        return []
    subj = [s for s in above.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < noun.i]
    who = ctx.who(subj[0]) if len(subj) == 1 else []
    return who if len(who) == 1 else []


def _kin_named(ctx: Ctx, i: int) -> bool:
    """The name at token ``i`` is itself introduced by a kinship noun ("with boyfriend A and hubby B"):
    a list of relatives, so A is not B's spouse."""
    start = ctx.cast.name_start(i)
    word = ctx.doc[start - 1].lower_ if start > 0 else ""
    return word in NOUN_TYPES or word in PLURAL_KIN or word in lx.PLATONIC_NOUNS


def _listed_kin_noun(ctx: Ctx, i: int) -> Token | None:
    """The partner noun that introduces the name at token ``i`` ("ex-wife" of "his ex-wife A"), where the
    name opens a list of one owner's partners."""
    if i < 1 or not ctx.cast.at(ctx.doc[i]) or not _kin_named(ctx, i):
        return None
    noun = ctx.doc[ctx.cast.name_start(i) - 1]
    # a partner list only: in "her sister A and husband B" the husband may be the sister's
    return noun if noun.lower_ in NOUN_TYPES or noun.lower_ in PLURAL_KIN else None


def _before_aside(doc: Doc, i: int) -> int:
    """The token before an aside that ends at ``i``: an age (", 47,") or a parenthesis ("(1820 – 88)")."""
    if i >= 2 and doc[i].text == "," and doc[i - 1].like_num and doc[i - 2].text == ",":
        return i - 3
    if doc[i].text == ")":
        for k in range(i - 1, max(-1, i - 12), -1):
            if doc[k].text == "(":
                return k - 1
    return i


def _bare(noun: Token) -> bool:
    """A kinship noun with no determiner or possessor of its own ("fiance Y", not "a fiance")."""
    return not any(c.dep_ in ("det", "poss") for c in noun.children) and not (
        noun.i > 0 and noun.doc[noun.i - 1].pos_ in ("DET", "PRON")
    )


def listed_relatives(ctx: Ctx, noun: Token) -> list[str]:
    """ "his ex-wives A and B" / "her exes, A and B": every person the plural noun lists."""
    first = relative_of(ctx, noun)
    if not first:
        return []
    out = list(first)
    for t in noun.doc[noun.i + 1 : min(noun.sent.end, noun.i + 14)]:
        for k in ctx.cast.at(t):
            if k not in out and (t.dep_ in ("conj", "appos") or t.head.dep_ in ("conj", "appos")):
                out.append(k)
    return out


def kin_negated(noun: Token) -> bool:
    """Is the kinship a kinship noun states denied? "is not her husband", "does not have a son", "denied
    that his son …" are; "has not met his daughter Y", "didn't invite her husband Y" deny the meeting, not
    the kin, and "slammed her ex-husband Y" attacks the man: a negation or denial on a verb that merely
    takes the relative as its object does not count."""
    if not negated(noun):
        return False
    head = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    if head.lemma_.lower() in lx.HAVE_KIN_LEMMAS or any(
        a.lemma_.lower() in lx.DENIAL_LEMMAS for a in head.ancestors
    ):
        return True  # "does not have a son", "denied that she had a husband"
    # a denial verb whose object is the relative attacks the person ("slammed her ex-husband Y",
    # "dismissed his wife"): like "didn't leave her husband Y" it takes the kin as given
    return not any(c.dep_ == "poss" for c in noun.children)  # "his daughter": the kin is presupposed
