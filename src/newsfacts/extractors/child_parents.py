"""Whose child a child noun names: its possessor ("X's son", "their son"), the subject of a parenting
verb above it, "with Y", "to Y", the partner of the union it comes from, the owner of a list or a
family noun, "the couple" or "the exes" referred to last."""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb
from newsfacts.extractors.child_guards import played_child
from newsfacts.extractors.child_names import is_name
from newsfacts.extractors.kinship import NOUN_TYPES, owner_of

PARENT_VERBS = frozenset(
    {
        "share",
        "have",
        "welcome",
        "raise",
        "adopt",
        "love",
        "parent",
        "co-parent",
        "birth",
        "give",
        "deliver",
        "expect",
        "name",
        "introduce",
        "father",
    }
)


def parents_of(ctx: Ctx, noun: Token, child: str | None) -> list[str]:
    """Possessor, else the subject of a parenting verb above the noun, plus "with Y"."""
    other = _child_noun_with(noun)
    if other is not None:  # "her first child with Y, a son named X": the parser hangs the son on Y
        return parents_of(ctx, other, child)
    found = possessors(ctx, noun, child)
    t = noun
    for _ in range(5):
        if found and t.head.lemma_.lower() not in {"adopt", "share", "welcome"}:
            break
        if t.dep_ in ("appos", "conj", "compound", "npadvmod") and t.head != t:
            t = t.head
            if t.lower_ in lx.CHILD_NOUNS:  # "their daughter, X, 4 and son, Y": the first noun's owner
                found = possessors(ctx, t, child)
            continue
        misread = t.pos_ == "VERB" and t.dep_ in ("ccomp", "xcomp")  # "welcomed twins X": "twins" a verb
        if (t.dep_ in ("dobj", "pobj", "nsubj", "attr", "oprd", "dative") or misread) and t.head != t:
            head = t.head
            if head.dep_ == "prep":
                head = head.head
            # "he is a nice kid": the subject is what the noun describes, nobody's parent
            described = t.dep_ == "attr" and head.lemma_ == "be"
            if (
                head.pos_ in ("VERB", "AUX")
                and not described
                and (head.lemma_.lower() in PARENT_VERBS or head.lemma_ == "be")
            ):
                subj = next((c for c in head.children if c.dep_.startswith("nsubj")), None)
                who = ctx.who_plural(subj, noun.sent) if subj is not None else ctx.subjects(head)
                found += [k for k in who if k != child and k not in found]
            break
        break
    if not found:
        found = [k for k in _list_owner(ctx, noun) if k != child] or _family_owner(ctx, t, child)
    verbs = [t.head] if t.head.pos_ in ("VERB", "AUX") else []
    # "daughter X, who she shares with Y": a relative clause on the child's name
    for holder in (
        noun,
        noun.head if noun.dep_ == "compound" else noun,
        *[c for c in noun.children if c.dep_ == "appos"],
    ):
        verbs += [c for c in holder.children if c.dep_ == "relcl" and c.lemma_.lower() in PARENT_VERBS]
    for verb in [*verbs, noun]:  # "has two kids with Y": "with" on the verb or on the noun
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                found += [k for p in c.children for k in ctx.who(p) if k not in found and k != child]
    if len(found) == 1:
        found += [k for k in _partner_with(ctx, noun) if k not in found and k != child]
    if len(found) == 1:
        found += [k for k in _partner_of_union(ctx, noun) if k not in found and k != child]
    if len(found) == 1:
        found += [k for k in _parent_to(ctx, noun, child) if k not in found and k != child]
    return found[:2]


TO_PARENT_LEMMAS = frozenset({"have", "share", "welcome", "birth", "deliver"})
TO_PARENT_SKIP = frozenset({"her", "his", "their", "the", "a", "an", "late", "then", "former", "-"})


def _parent_to(ctx: Ctx, noun: Token, child: str | None) -> list[str]:
    """ "X has a daughter A to Y", "X has a son, A, 4, to her ex-husband Y": British news English names the
    other parent with "to" right after the child (its name and age), on a having or birth verb."""
    if clause_verb(noun).lemma_.lower() not in TO_PARENT_LEMMAS:
        return []
    doc, j = noun.doc, noun.i + 1
    end = noun.sent.end
    while j < end and (doc[j].text == "," or doc[j].like_num or (child and child in ctx.cast.at(doc[j]))):
        j += 1
    if j >= end or doc[j].lower_ != "to":
        return []
    for t in doc[j + 1 : min(end, j + 8)]:
        if is_name(ctx, t):
            return list(ctx.cast.at(t))[:1]
        if not (
            t.lower_ in TO_PARENT_SKIP
            or t.lower_ in NOUN_TYPES
            or t.lower_ in lx.DESCRIPTOR_NOUNS
            or t.pos_ == "ADJ"
        ):
            return []
    return []


# Unions a child can come from: "a daughter from her previous relationship to Y"
UNION_NOUNS = frozenset({"relationship", "marriage", "romance", "union", "affair", "fling"})


def _partner_of_union(ctx: Ctx, noun: Token) -> list[str]:
    """ "a daughter from her previous relationship to/with Y", "two kids from his marriage to Y": the
    partner in the union the child comes from is the other parent ("from" on the noun or its verb)."""
    for holder in (noun, clause_verb(noun)):
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ != "from":
                continue
            for union in (u for u in c.children if u.dep_ == "pobj" and u.lower_ in UNION_NOUNS):
                # "to Y" on the union noun, or hung by the parser on the same word as "from" right after it
                preps = [*union.children, *(d for d in holder.children if d.i == union.i + 1)]
                return [
                    k
                    for p in preps
                    if p.dep_ == "prep" and p.lower_ in ("to", "with")
                    for q in p.children
                    if q.dep_ == "pobj"
                    for k in ctx.who(q)
                ][:1]
    return []


def _partner_with(ctx: Ctx, noun: Token) -> list[str]:
    """ "X added of his daughter, A, 3, and twin sons, B and C, with wife Y", "X is mom of daughter A with ex
    Y": a "with" phrase on the clause's verb whose object the sentence calls a spouse or an ex (a kinship
    noun glued to the name) is the child's other parent; not any companion ("with friend Y")."""
    return partner_on(ctx, clause_verb(noun), noun.i)


def partner_on(ctx: Ctx, holder: Token, after: int) -> list[str]:
    """The person of a "with" phrase on ``holder`` (past token ``after``) called a spouse or an ex."""
    return [
        k
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > after
        for p in c.children
        if p.dep_ == "pobj" and _called_partner(p)
        for k in ctx.who(p)
    ][:1]


CO_PARENT_NOUNS = frozenset({*lx.SPOUSE_NOUNS, *lx.EX_SPOUSE_NOUNS, *lx.EX_PARTNER_NOUNS, *lx.FIANCE_NOUNS})


def _called_partner(name: Token) -> bool:
    """ "wife Y", "ex-husband Y", "ex Y": a spouse, fiancé(e) or ex noun glued to the name (not a current
    boyfriend or girlfriend, who is often a new partner, not the child's parent)."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in CO_PARENT_NOUNS for c in name.children)


FAMILY_NOUNS = frozenset({"brood", "family", "clan", "children", "kids"})


def _family_owner(ctx: Ctx, obj: Token, child: str | None) -> list[str]:
    """ "their brood, which includes sons A and B", "X's family includes daughters A and B": the children
    a family noun includes are its owner's."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() != "include":
        return []
    if verb.dep_ == "relcl":
        family: Token | None = verb.head
    else:
        family = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if family is None or family.lower_ not in FAMILY_NOUNS:
        return []
    return possessors(ctx, family, child)


def _child_noun_with(noun: Token) -> Token | None:
    """The child noun whose "with Y" the noun stands in apposition to: "child" in "her first child with
    Y, a son named X" (the son is that child, Y its other parent)."""
    y = noun.head
    if noun.dep_ != "appos" or y.dep_ != "pobj" or y.head.lower_ != "with":
        return None
    return y.head.head if y.head.head.lower_ in lx.CHILD_NOUNS else None


def couple_subject(ctx: Ctx, noun: Token, child: str | None) -> list[str]:
    """ "The couple, who have son A, …", "the exes share daughter A": the verb's subject means two people
    the name finder has not tied to anyone; they are the couple referred to last."""
    t = noun
    while t.dep_ in ("compound", "conj", "appos") and t.head != t:
        t = t.head
    if t.dep_ == "dobj" and t.head.lemma_.lower() in PARENT_VERBS:
        subj = next((c for c in t.head.children if c.dep_.startswith("nsubj")), None)
    else:
        subj = _couple_before_verb(noun)
    if subj is not None and _former_couple(subj):
        # "The exes share a son": the couple a fact of this or a recent sentence says is over
        # (divorced, split, married "from 2003 to 2011"), not merely the couple named last
        couple = [k for k in ctx.recent_pair(noun.sent.start, former=True) if k != child]
        return couple if len(couple) == 2 else []
    if subj is None or not _couple_word(subj):
        return []
    couple = [k for k in ctx.pair_before(noun.i, noun.sent) if k != child]
    return couple if len(couple) == 2 else []


def _couple_before_verb(noun: Token) -> Token | None:
    """ "The couple share daughter A" that the parser reads as one noun phrase ("couple share
    daughter"): the couple noun two words before the child noun, "share"/"have" between them."""
    doc = noun.doc
    i = noun.i
    if i < 2 or doc[i - 1].lower_ not in {"share", "have"} or doc[i - 2].lower_ not in lx.COUPLE_NOUNS:
        return None
    return doc[i - 2] if i < 3 or doc[i - 3].lower_ in {"the", "former", "ex"} else None


def _former_couple(subj: Token) -> bool:
    """ "the exes", "the former couple", "the ex-couple": a couple that is over."""
    return subj.lower_ == "exes" or (
        subj.lower_ in lx.COUPLE_NOUNS
        and (
            any(c.dep_ in ("amod", "compound") and c.lower_ in {"former", "ex"} for c in subj.children)
            or (subj.i > 0 and subj.doc[subj.i - 1].lower_ in {"former", "ex"})
        )
    )


def _couple_word(subj: Token) -> bool:
    """ "the couple", "they", or "who" standing for one of these: a subject meaning two people (the
    couple referred to last when the name finder has not tied it to them)."""
    if subj.lower_ in {"who", "that"} and subj.head.dep_ == "relcl":
        subj = subj.head.head
    # not "the exes": the couple a fact named last is often the current one, not the former
    return (subj.lower_ in lx.COUPLE_NOUNS and subj.lower_ != "exes") or subj.lower_ in lx.PLURAL_PRONOUNS


def possessors(ctx: Ctx, noun: Token, child: str | None) -> list[str]:
    """Whose child the noun says: "X's son", "his son"; "their son" is the couple's."""
    holders = [noun, noun.head] if noun.dep_ in ("compound", "amod") else [noun]
    poss = next((c for h in holders for c in h.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in lx.PLURAL_PRONOUNS:
        found = [k for k in ctx.who_plural(poss, noun.sent) if k != child]
        if len(found) < 2:
            found += [k for k in _with_partner_and(ctx, noun) if k not in found and k != child]
        return found[:2] if len(found) > 2 else found
    owners = [k for k in owner_of(ctx, noun) if k != child]
    if poss is not None and len(owners) == 1:
        owners += [k for k in _joint_owner(ctx, poss) if k not in owners and k != child]
    return owners


def _with_partner_and(ctx: Ctx, noun: Token) -> list[str]:
    """ "X lives with Y and their two kids", "the home he shared with Y and their three children": a
    "their" child noun joined to one person after "with" is the child of that person and of the one
    the clause is about (its subject), where both are single people."""
    if noun.dep_ != "conj":
        return []
    partner = noun.head
    if partner.dep_ != "pobj" or partner.head.lower_ != "with":
        return []
    others = ctx.who(partner)
    subj = ctx.subjects(clause_verb(partner.head))
    if len(others) != 1 or len(subj) != 1 or subj == others:
        return []
    return [*subj, *others]


def _joint_owner(ctx: Ctx, poss: Token) -> list[str]:
    """ "X and Y's son", "her and Y's son": a possessive name right after "X and" names the child of
    both (the parser hangs the child noun on X as a conjunct, the possessive on Y alone). Not where X is
    itself a possessive or a relative ("X's mother and Y's son")."""
    span = next(((s, e) for s, e, _ in ctx.cast.name_spans if s <= poss.i < e), None)
    if span is None:
        return []
    doc, j = poss.doc, span[0] - 1
    if j < 1 or doc[j].lower_ not in {"and", "&"}:
        return []
    before = doc[j - 1]
    if before.lower_ in {"her", "his"} and before.dep_ != "poss":  # "her and Y's son"
        return [k for k in ctx.who(before) if k not in ctx.cast.at(poss)][:1]
    if before.tag_ == "POS" or not is_name(ctx, before):
        return []
    return [k for k in ctx.cast.at(before) if k not in ctx.cast.at(poss)][:1]


def bare_owner(ctx: Ctx, noun: Token, child: str) -> list[str]:
    """ "X opens up about daughter A's future", "X has been keen on another since daughter A was born",
    "X lunged at son A": a child noun with no determiner or possessor, glued to the child's name, is the
    child of the one person its clause is about — the subject of the nearest verb above it, or of the
    main clause where that subject is the child itself (a clause of time or reason)."""
    if noun.dep_ != "compound" or any(c.dep_ in ("det", "poss") for c in noun.children):
        return []
    if noun.i > 0 and (noun.doc[noun.i - 1].dep_ in ("det", "poss") or noun.doc[noun.i - 1].tag_ == "POS"):
        return []
    if played_child(noun.head) or noun.head.head.lower_ in {"like", "as"}:
        return []
    verb = clause_verb(noun)
    for _ in range(2):
        people = ctx.subjects(verb)
        if child not in people:
            break
        if verb.dep_ != "advcl" or verb.head == verb:
            return []
        verb = verb.head
    return people if len(people) == 1 and child not in people else []


def _list_owner(ctx: Ctx, noun: Token) -> list[str]:
    """ "their two children, son X and daughter Y": a child noun in a list inherits the possessor of
    the child noun that opens the list (scanning left, not past a verb or a sentence boundary)."""
    doc = noun.doc
    for j in range(noun.i - 1, max(noun.sent.start, noun.i - 16) - 1, -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") or t.text in {";", ":"}:
            break
        if t.lower_ in lx.CHILD_NOUNS and t.pos_ == "NOUN":
            got = owner_of(ctx, t)
            if got:
                return got
    return []
