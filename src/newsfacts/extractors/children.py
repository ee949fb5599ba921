"""Children: "their 12-year-old son X", "the exes share daughter X, 12, and son Y, 10",
"X and wife Y welcomed their first child, a son named Z, on Nov. 21", "X's daughter Y", "Y, the son of X".

Parents are every person the text names for the child: a possessor ("their" → the couple), the
subject of share/have/welcome/raise, and "with Y". Age as stated, ``age_as_of`` the anchor date, and
``born`` either stated ("born in 2012", "welcomed … on Nov. 21") or derived from the age (approximate).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsfacts import ages
from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, confidence, future, negated
from newsfacts.extractors.kinship import NOUN_TYPES, across_copula, kin_negated, owner_of, relative_of
from newsfacts.schema import Child, Divorce, FactBase, Marriage, Separation, When

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


def _age_before(noun: Token) -> int | None:
    """ "12-year-old son", "23-year-old model X": an age before the noun or name (adjectives and
    occupation nouns may sit between)."""
    doc = noun.doc
    j = noun.i - 1
    while (
        j >= 0 and (doc[j].pos_ == "ADJ" or doc[j].lower_ in lx.DESCRIPTOR_NOUNS) and doc[j].lower_ != "old"
    ):
        j -= 1
    return ages.before(doc, j + 1)


def _age_after(tok: Token) -> int | None:
    """ "X, 12," / "son, 10." : a bare number right after the name."""
    return ages.after(tok.doc, tok.i + 1)


def _named_child(ctx: Ctx, noun: Token) -> tuple[str | None, Token | None]:
    """The child's name: "son X" (compound), "a son named X", "son, X", "X, his son"."""
    doc = noun.doc
    if noun.dep_ in ("compound", "amod") and ctx.cast.at(noun.head):  # "son X", "their newborn, X"
        return ctx.cast.at(noun.head)[0], _last_name_token(ctx, noun.head)
    for c in noun.children:  # "a son named X" first: "her child with Y, a son named X" is not Y
        if c.dep_ == "acl" and c.lemma_ in {"name", "call"}:
            for g in c.subtree:
                if ctx.cast.at(g) and len(ctx.cast.at(g)) == 1:
                    return ctx.cast.at(g)[0], _last_name_token(ctx, g)
    if noun.dep_ == "appos" and noun.head.i < noun.i and len(ctx.cast.at(noun.head)) == 1:
        # "X, the son Y adopted": the noun describes the name before it (the parser may hang Y on it)
        return ctx.cast.at(noun.head)[0], noun.head
    for c in noun.children:
        if (
            c.dep_ == "appos"
            and len(ctx.cast.at(c)) == 1
            and not _line_break(noun, c)
            and not _spouse_named(ctx, c)
        ):
            return ctx.cast.at(c)[0], c
    described = _described(ctx, noun)
    if described is not None:
        return ctx.cast.at(described)[0], described
    j = noun.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and _is_name(ctx, doc[j]):
        return ctx.cast.at(doc[j])[0], _last_name_token(ctx, doc[j])
    return None, None


def _spouse_named(ctx: Ctx, name: Token) -> bool:
    """ "a son with wife Y": the parser may hang Y on the child noun, but a spouse or partner noun right
    before the name says whose name it is."""
    start = ctx.cast.name_start(name.i)
    return start > 0 and name.doc[start - 1].lower_ in NOUN_TYPES


def _line_break(a: Token, b: Token) -> bool:
    """Is there a line break between two tokens? A phrase does not run on into the next paragraph."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo + 1 : hi])


def _described(ctx: Ctx, noun: Token) -> Token | None:
    """The name a child noun describes: "X, the son of Y" (apposition), "X is the son of Y", "Y's son is
    X", "The daughter of Y, X made her debut" (a fronted apposition the parser reads as a second subject)."""
    if noun.dep_ == "appos" and len(ctx.cast.at(noun.head)) == 1:
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return _one_named(ctx, across_copula(noun))
    if noun.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        after = [
            c
            for c in noun.head.children
            if c.dep_ == "nsubj" and c.i > noun.i and c.pos_ == "PROPN" and len(ctx.cast.at(c)) == 1
        ]
        return after[0] if after else None
    return _one_named(ctx, across_copula(noun))  # "X's daughter is Y"


def _one_named(ctx: Ctx, toks: list[Token]) -> Token | None:
    """The first of ``toks`` that names exactly one person."""
    return next((t for t in toks if len(ctx.cast.at(t)) == 1), None)


def _is_name(ctx: Ctx, tok: Token) -> bool:
    return any(s <= tok.i < e for s, e, _ in ctx.cast.name_spans)


def _last_name_token(ctx: Ctx, tok: Token) -> Token:
    for s, e, _ in ctx.cast.name_spans:
        if s <= tok.i < e:
            return tok.doc[e - 1]
    return tok


def _parents(ctx: Ctx, noun: Token, child: str | None) -> list[str]:
    """Possessor, else the subject of a parenting verb above the noun, plus "with Y"."""
    other = _child_noun_with(noun)
    if other is not None:  # "her first child with Y, a son named X": the parser hangs the son on Y
        return _parents(ctx, other, child)
    found = _possessors(ctx, noun, child)
    t = noun
    for _ in range(5):
        if found and t.head.lemma_.lower() not in {"adopt", "share", "welcome"}:
            break
        if t.dep_ in ("appos", "conj", "compound", "npadvmod") and t.head != t:
            t = t.head
            if t.lower_ in lx.CHILD_NOUNS:  # "their daughter, X, 4 and son, Y": the first noun's owner
                found = _possessors(ctx, t, child)
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
        if _is_name(ctx, t):
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
    return _partner_on(ctx, clause_verb(noun), noun.i)


def _partner_on(ctx: Ctx, holder: Token, after: int) -> list[str]:
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
    return _possessors(ctx, family, child)


def _child_noun_with(noun: Token) -> Token | None:
    """The child noun whose "with Y" the noun stands in apposition to: "child" in "her first child with
    Y, a son named X" (the son is that child, Y its other parent)."""
    y = noun.head
    if noun.dep_ != "appos" or y.dep_ != "pobj" or y.head.lower_ != "with":
        return None
    return y.head.head if y.head.head.lower_ in lx.CHILD_NOUNS else None


def _couple_subject(ctx: Ctx, noun: Token, child: str | None) -> list[str]:
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


def _possessors(ctx: Ctx, noun: Token, child: str | None) -> list[str]:
    """Whose child the noun says: "X's son", "his son"; "their son" is the couple's."""
    holders = [noun, noun.head] if noun.dep_ in ("compound", "amod") else [noun]
    poss = next((c for h in holders for c in h.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in lx.PLURAL_PRONOUNS:
        return [k for k in ctx.who_plural(poss, noun.sent) if k != child]
    owners = [k for k in owner_of(ctx, noun) if k != child]
    if poss is not None and len(owners) == 1:
        owners += [k for k in _joint_owner(ctx, poss) if k not in owners and k != child]
    return owners


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
    if before.tag_ == "POS" or not _is_name(ctx, before):
        return []
    return [k for k in ctx.cast.at(before) if k not in ctx.cast.at(poss)][:1]


def _bare_owner(ctx: Ctx, noun: Token, child: str) -> list[str]:
    """ "X opens up about daughter A's future", "X has been keen on another since daughter A was born",
    "X lunged at son A": a child noun with no determiner or possessor, glued to the child's name, is the
    child of the one person its clause is about — the subject of the nearest verb above it, or of the
    main clause where that subject is the child itself (a clause of time or reason)."""
    if noun.dep_ != "compound" or any(c.dep_ in ("det", "poss") for c in noun.children):
        return []
    if noun.i > 0 and (noun.doc[noun.i - 1].dep_ in ("det", "poss") or noun.doc[noun.i - 1].tag_ == "POS"):
        return []
    if _played_child(noun.head) or noun.head.head.lower_ in {"like", "as"}:
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


def _born(ctx: Ctx, name_tok: Token | None, noun: Token, sent: Span) -> When | None:
    """A stated birth date: "born in 2012", "welcomed … on Nov. 21"."""
    anchors = [
        t for t in sent if t.lemma_.lower() in {"bear", "born", "welcome", "birth", "deliver", "father"}
    ]
    for a in anchors:
        near = ctx.dates_near(a, sent, max_tokens=8)
        if near:
            return ctx.when(near[0])
    return None


PLURAL_CHILD = {
    "children": None,
    "kids": None,
    "twins": None,
    "sons": "male",
    "daughters": "female",
    "boys": "male",
    "girls": "female",
}
LIST_SKIP = frozenset(
    {
        ",",
        "and",
        "together",
        ":",
        "-",
        "—",
        "–",
        "--",
        "twins",
        "twin",
        "named",
        "aged",
        "ages",
        "are",
        "were",
        "including",
    }
)  # "their children are A, 10, and B, 8"


def _listed_names(ctx: Ctx, noun: Token) -> list[tuple[str, Token, str | None, int | None]]:
    """Names listed after a plural child noun: "three children together, Henry, 10, and Johan, 9, and
    daughter Lou, 6" → (henry, tok, None, 10), (johan, …), (lou, tok, "female", 6); an age may also
    stand before a kinship noun in the list ("8-year-old son Tito")."""
    doc = noun.doc
    out: list[tuple[str, Token, str | None, int | None]] = []
    default = PLURAL_CHILD.get(noun.lower_)
    sex, kin = default, None
    j = noun.i + 1
    while j < noun.sent.end:
        t = doc[j]
        span = next(((s, e, k) for s, e, k in ctx.cast.name_spans if s == j), None)
        if span is not None and doc[span[1] - 1].dep_ in ("nsubj", "nsubjpass") and _in_adjunct(noun):
            break  # "After … with her two children, X has …": the subject of the main clause
        if span is not None:
            _, e, key = span
            age = _age_after(doc[e - 1]) or _age_before(kin if kin is not None else doc[j])
            out.append((key, doc[e - 1], sex, age))
            sex, kin = default, None
            j = e
            continue
        if t.lower_ in lx.CHILD_NOUNS:
            sex, kin = lx.CHILD_NOUNS[t.lower_], t
        elif not (
            t.lower_ in LIST_SKIP
            or (t.text == ";" and out and out[-1][3] is not None)  # "the kids — A, 15; B, 12; …"
            or t.like_num
            or t.lower_ in {"year", "old", "months", "month", "years"}
            or t.lower_ in lx.DESCRIPTOR_NOUNS  # "23-year-old model X"
            or (
                t.lower_.endswith("s") and t.lower_[:-1] in lx.DESCRIPTOR_NOUNS
            )  # "father to actors A, B and C"
            or _aged_stranger(ctx, t)
        ):
            break
        j += 1
    return out


def _aged_stranger(ctx: Ctx, t: Token) -> bool:
    """A capitalised word the cast does not know, followed by an age ("Bo, 12;") or by the next name of
    the list ("A, Bo, C and D"): a name in the list that the name finder missed; it is passed over so
    that the names after it are still read."""
    doc = t.doc
    if not t.is_title or _is_name(ctx, t) or t.i + 2 >= len(doc) or doc[t.i + 1].text != ",":
        return False
    nxt = doc[t.i + 2]
    return nxt.like_num or (_is_name(ctx, nxt) and t.i > 0 and doc[t.i - 1].text == ",")


def _in_adjunct(noun: Token) -> bool:
    """Is the noun inside a prepositional phrase of its clause ("after … with her two children")?
    A partitive ("of all of X's children, Y was …") picks one of them, so it does not count."""
    t = noun
    while t.head != t and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "prep":
            return t.lower_ not in {"of", "among"}
        t = t.head
    return False


def _born_to_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X was born to Y and Z" / "X, the third of four children born to Y and Z": parents Y (and Z)."""
    for tok in sent:
        if tok.lemma_.lower() not in {"bear", "born"} or tok.lower_ != "born" or negated(tok):
            continue
        parents = _born_to(ctx, tok)
        if not parents:
            continue
        child: list[str] = []
        t = tok
        for _ in range(6):  # up to the clause that says whose birth it is
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                child = ctx.who(subj[0])
                break
            if t.head == t:
                break
            t = t.head
        child = [k for k in child if k not in parents]
        if len(child) == 1:
            yield Child(
                parents=sorted(parents[:2]),
                child=child[0],
                born=_born(ctx, None, tok, sent),
                confidence=confidence(0.8, sent),
                evidence=[ctx.evidence(sent)],
                cue="born to",
            )


def _birth_object_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X gave birth to Y", "X adopted Y": the named person the parent bore or adopted is their child."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in {"give", "adopt"} or negated(tok):
            continue
        if lemma == "give":
            if not any(c.dep_ == "dobj" and c.lower_ == "birth" for c in tok.children):
                continue
            objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
            if not objs and _birth_past(tok) and ctx.subjects(tok):
                # "X gave birth last month", "X recently gave birth at 50": a child, unnamed here
                yield _child(ctx, sent, ctx.subjects(tok)[:1], None, None, None, tok, None, BARE_BIRTH)
                continue
        else:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
        parents = ctx.subjects(tok)
        for obj in [*objs, *(c for o in objs for c in o.children if c.dep_ == "conj")]:  # "adopted A and B"
            if any(t.lower_ in PET_WORDS for t in obj.subtree):
                continue  # "adopted the King Charles Spaniel", "adopted a puppy named Max": a pet
            child = ctx.cast.at(obj) if _is_name(ctx, obj) else ()
            if len(child) == 1 and parents and child[0] not in parents:
                yield _child(
                    ctx,
                    sent,
                    parents[:2],
                    child[0],
                    None,
                    None,
                    tok,
                    obj,
                    "gave birth" if lemma == "give" else lemma,
                )


ACCUSE_LEMMAS = frozenset({"accuse", "allege", "charge", "sue"})
PET_WORDS = frozenset(
    {"dog", "puppy", "pup", "pooch", "cat", "kitten", "spaniel", "terrier", "poodle", "retriever", "bulldog"}
    | {"labrador", "chihuahua", "pug", "beagle", "husky", "rescue", "horse", "pony", "pet"}
)


def _birth_past(verb: Token) -> bool:
    """ "gave birth", "has given birth", "after giving birth": a birth that has happened (not "will
    give birth", "is due to give birth", "if she gave birth")."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBG" and (
        (verb.dep_ == "pcomp" and verb.head.lower_ in {"after", "since"})
        or any(c.dep_ in ("mark", "prep") and c.lower_ in {"after", "since"} for c in verb.children)
    )


def _adopted_by_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X was adopted by Y", "X, adopted and raised by Y and Z, …": the agent adopted the child."""
    for tok in sent:
        if tok.lemma_.lower() != "adopt" or tok.pos_ != "VERB" or negated(tok) or future(tok):
            continue
        agents = [
            p
            for v in (tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"))
            for c in v.children
            if c.dep_ == "agent"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        parents = [k for p in agents for k in ctx.who(p)]
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        named = ctx.who(subj[0]) if subj else (ctx.who(tok.head) if tok.dep_ == "acl" else [])
        child = [k for k in named if k not in parents]
        if parents and len(child) == 1:
            yield _child(ctx, sent, parents[:2], child[0], None, None, tok, None, "adopted by")


def _born_to(ctx: Ctx, born: Token) -> list[str]:
    """The parents in "born to Y and Z"."""
    return [
        k
        for c in born.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        for k in ctx.who(p)
    ]


def _parent_noun_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X's mother, Y" / "the father of X, Y" / "Y, X's dad": Y is a parent of X."""
    for tok in sent:
        if tok.lower_ not in lx.PARENT_NOUNS or tok.pos_ != "NOUN" or kin_negated(tok):
            continue
        parent = relative_of(ctx, tok)
        child = [k for k in owner_of(ctx, tok) if k not in parent]
        # "X is the mom of A, 4, with husband Y": the spouse on the parent noun is the other parent
        parent = parent[:1] + [k for k in _partner_on(ctx, tok, tok.i) if parent and k not in parent + child]
        listed = _aged_list_of(ctx, tok) if parent else []
        if len(listed) > 1:  # "X is the mother of A, 18, and B, 15": every child, with the age
            for name, name_tok, sex, age in listed:
                if name not in parent:
                    yield _child(ctx, sent, parent, name, sex, age, tok, name_tok, tok.lower_)
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
                for name, name_tok, sex, age in _listed_names(ctx, prep):
                    if name not in parent:
                        yield _child(ctx, sent, parent, name, sex, age, tok, name_tok, tok.lower_)


def _aged_list_of(ctx: Ctx, noun: Token) -> list[tuple[str, Token, str | None, int | None]]:
    """The children listed after "the mother of": "of A, 18, and B, 15" (each name with its age)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        listed = _listed_names(ctx, prep)
        if len(listed) > 1 and all(age is not None for *_, age in listed):
            return listed
    return []


MULTIPLES = {"twins": 2, "twin": 2, "triplets": 3, "quadruplets": 4}
COUNT_CUES = frozenset({*PLURAL_CHILD, *MULTIPLES, *lx.PARENT_NOUNS})
MAX_COUNT = 12


def _count(noun: Token) -> int | None:
    """How many children a plural noun counts: "two kids", "3 children", "twins"; None if unsaid."""
    if noun.lower_ in MULTIPLES:
        return MULTIPLES[noun.lower_]
    for c in noun.children:
        if c.dep_ == "nummod":
            return _child_count(c.text)
        if c.lower_ in MULTIPLES and c.dep_ in ("amod", "compound"):  # "twin girls"
            return MULTIPLES[c.lower_]
    return None


def _child_count(text: str) -> int | None:
    """A number of children in digits or words, 1 to MAX_COUNT; None otherwise."""
    n = ages.number(text)
    return n if n is not None and 0 < n <= MAX_COUNT else None


def _parent_of_count(ctx: Ctx, noun: Token) -> tuple[list[str], int | None, str | None]:
    """ "a mother of three", "the father of two sons", "mom of twins", "the mother of his child"
    (one, unnamed): (parent, count, sex)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "to"}:  # "mother of three", "mom to twins"
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.like_num:
                count, sex = _child_count(obj.text), None
            elif obj.lower_ in PLURAL_CHILD or obj.lower_ in MULTIPLES:
                count, sex = _count(obj), PLURAL_CHILD.get(obj.lower_)
            elif obj.lower_ in lx.CHILD_NOUNS and _named_child(ctx, obj)[0] is None:
                count, sex = 1, lx.CHILD_NOUNS[obj.lower_]
            else:
                continue
            who = (list(ctx.cast.at(noun)) or relative_of(ctx, noun))[:1]
            other = [k for c in obj.children if c.dep_ == "poss" for k in ctx.who(c) if k not in who]
            return (who + other[:1] if who else []), count, sex  # "the father of her twins": both
    return [], None, None


def _names_follow(noun: Token) -> bool:
    """ "two daughters, Ana and Bea" / "twins Ana and Bea": the children are named (or
    meant to be) right after the count; the named facts speak for them."""
    doc = noun.doc
    j = noun.i + 1
    if j < noun.sent.end and doc[j].pos_ == "PROPN":  # "twins Rumi and Sir"
        return True
    if j >= noun.sent.end or doc[j].text not in {",", ":", "-", "–", "—", "("}:
        return False
    return any(t.pos_ == "PROPN" for t in doc[j + 1 : min(j + 9, noun.sent.end)])


def _unresolved_subject(ctx: Ctx, noun: Token) -> bool:
    """ "The Ohio Hawks forward has two kids with Y": the verb's subject names nobody we know, so the
    parents would be half known."""
    if noun.dep_ != "dobj":
        return False
    subj = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and subj[0].pos_ in ("NOUN", "PROPN") and not ctx.who(subj[0])


BIRTH_CUE = "birth"  # the cue of an unnamed child one named person bore or welcomed
BARE_BIRTH = "bare birth"  # "X gave birth last month": no word of the child itself


def birth_spouses(facts: list[FactBase]) -> list[FactBase]:
    """Per article: "X gave birth to a boy", "X welcomed a son, A" where the article says X is married to
    Y (a marriage it says has not ended, no divorce or split of the two): the newborn is Y's child too."""
    ended = {tuple(f.people) for f in facts if isinstance(f, (Divorce, Separation))}
    spouses: dict[str, set[str]] = {}
    for f in facts:
        if (
            isinstance(f, Marriage)
            and f.end is None
            and f.end_reason is None
            and tuple(f.people) not in ended
        ):
            a, b = f.people
            spouses.setdefault(a, set()).add(b)
            spouses.setdefault(b, set()).add(a)
    out: list[FactBase] = []
    for f in facts:
        if isinstance(f, Child) and f.cue in (BIRTH_CUE, "gave birth") and len(f.parents) == 1:
            other = spouses.get(f.parents[0], set())
            if len(other) == 1:
                f = f.model_copy(update={"parents": sorted([f.parents[0], *other])})
        out.append(f)
    return out


def settle_counts(facts: list[FactBase]) -> list[FactBase]:
    """Per article: children told only by a count ("two kids") are the named children of the same
    parent where the article names them ("Max, 9, and Emme, 9"), so that many counted ones go."""
    named: dict[str, set[str]] = {}
    for f in facts:
        if isinstance(f, Child) and f.child is not None:
            for par in f.parents:
                named.setdefault(par, set()).add(f.child)
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, f in enumerate(facts):
        if (
            isinstance(f, Child)
            and f.child is None
            and (f.cue in COUNT_CUES or f.cue in lx.SINGLE_CHILD_NOUNS or f.cue in (PARENTS_OF, BIRTH_CUE))
        ):
            groups.setdefault(tuple(f.parents), []).append(i)
    drop: set[int] = set()
    for parents, idx in groups.items():
        known: set[str] = set().union(*(named.get(par, set()) for par in parents))
        drop.update(idx[: len(known)])
    # a bare "X gave birth" is the birth another fact of X's tells of (a sex, a name, a date), if any
    births: dict[str, list[int]] = {}
    told: set[str] = set()
    for i, f in enumerate(facts):
        if isinstance(f, Child) and f.cue == BARE_BIRTH:
            births.setdefault(f.parents[0], []).append(i)
        elif isinstance(f, Child) and (
            f.cue in (BIRTH_CUE, "gave birth") or (f.born is not None and not f.born.approximate)
        ):
            told.update(f.parents)
    for parent, idx in births.items():
        drop.update(idx if parent in told else idx[1:])
    return [f for i, f in enumerate(facts) if i not in drop]


def _counted(
    ctx: Ctx, sent: Span, parents: list[str], count: int, sex: str | None, noun: Token, cue: str | None = None
) -> Iterator[Child]:
    """``count`` unnamed children, less those the article has already told of."""
    for _ in range(count - _told(ctx, parents, sex, count)):
        yield _child(ctx, sent, parents, None, sex, None, noun, None, cue or noun.lower_)


def _told(ctx: Ctx, parents: list[str], sex: str | None, count: int) -> int:
    """How many children the article has already told of for the same parents, or for some of them or
    more ("their three daughters" … "his three daughters": the same girls); now ``count`` are told."""
    told = max(
        (
            n
            for (ps, s), n in ctx.counted.items()
            if s == sex and (set(ps) <= set(parents) or set(parents) <= set(ps))
        ),
        default=0,
    )
    ctx.counted[(tuple(sorted(parents)), sex)] = max(told, count)
    return told


def _counted_before(ctx: Ctx, noun: Token) -> list[str]:
    """ "the three kids — A, 9; B, 7; C, 4": a definite, counted child noun with no owner of its own
    means the children the article has already counted for one set of parents ("their three kids")."""
    if any(c.dep_ == "poss" for c in noun.children) or not any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children
    ):
        return []
    count = _count(noun)
    groups = {ps for (ps, _), n in ctx.counted.items() if n == count}
    return list(next(iter(groups))) if count and len(groups) == 1 else []


DEFINITE = frozenset({"the", "these", "those"})


def _counted_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X has two kids with Y", "their three children", "a mother of three": unnamed children by count."""
    for tok in sent:
        low = tok.lower_
        if tok.pos_ != "NOUN" or low not in COUNT_CUES or negated(tok) or _unborn(tok):
            continue
        if low in lx.PARENT_NOUNS:
            parents, count, sex = _parent_of_count(ctx, tok)
        elif (low in PLURAL_CHILD or low in MULTIPLES) and not _names_follow(tok):
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in COURTING_LEMMAS:
                continue  # "he dated only two girls": no children
            count, sex = _count(tok), PLURAL_CHILD.get(low)
            born = [
                c for c in tok.children if c.dep_ == "acl" and c.lower_ == "born"
            ]  # "four children born to"
            parents = _born_to(ctx, born[0]) if born else []
            if not parents and count and not _unresolved_subject(ctx, tok):
                parents = _parents(ctx, tok, None)
        else:
            if low in PLURAL_CHILD and (count := _count(tok)) and (parents := _parents(ctx, tok, None)):
                # "their three children, A, B and C": all three are told (named), even a name the cast
                # missed, so a later "their three children" adds no unnamed ones
                _told(ctx, parents, PLURAL_CHILD.get(low), count)
            continue
        if parents and count and len(parents) == 2 and _each(tok):
            for one in parents:  # "X and Y each have two kids": two of X's, two of Y's
                yield from _counted(ctx, sent, [one], count, sex, tok)
        elif parents and count:
            yield from _counted(ctx, sent, parents, count, sex, tok)


COURTING_LEMMAS = frozenset({"date", "romance", "kiss", "woo", "court", "bed", "marry", "wed"})


def _each(noun: Token) -> bool:
    """ "X and Y each have two kids", "each of them has two kids": the count is every parent's own."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None:
        return False
    return any(c.lower_ == "each" for c in verb.children) or any(
        g.lower_ == "each" for c in verb.children if c.dep_.startswith("nsubj") for g in c.subtree
    )


def _named_parents(ctx: Ctx, noun: Token) -> list[str]:
    """The two people a plural "parents" names in apposition: "her parents, A and B"."""
    out: list[str] = []
    for c in noun.children:
        if c.dep_ == "appos" and not _line_break(noun, c):
            for t in (c, *(g for g in c.children if g.dep_ == "conj")):
                out += [k for k in ctx.cast.at(t) if k not in out]
    return out or _linear_parents(ctx, noun)


def _owner_named_here(ctx: Ctx, noun: Token, owner: str, sent: Span) -> bool:
    """ "X is feuding with her parents": a pronoun owner counts only where the sentence names that
    person (a possessive pronoun far from its name is too often someone else's)."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return True
    return any(owner in ctx.cast.at(t) for t in sent if _is_name(ctx, t))


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


def _parents_pair_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
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


PARENTS_OF = "parents of"  # the cue of children counted by "X and Y are parents of three"


def _parents_of_facts(ctx: Ctx, sent: Span) -> Iterator[Child]:
    """ "X and Y are parents to daughter A", "X and Y became parents of twins", "X and Y, parents of
    three, …": the two people the plural "parents" describes have the children its "to"/"of" phrase
    names or counts."""
    for tok in sent:
        if tok.lower_ != "parents" or tok.pos_ != "NOUN" or kin_negated(tok) or _unborn(tok):
            continue
        couple = _described_pair(ctx, tok)
        if len(couple) != 2 or future(tok.head):
            continue
        doc = tok.doc
        if tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ not in {"to", "of"}:
            continue  # read left to right: the parser often hangs "to" on the verb
        listed = _listed_names(ctx, doc[tok.i + 1])
        for name, name_tok, sex, age in listed:
            if name not in couple:
                yield _child(ctx, sent, couple, name, sex, age, tok, name_tok, tok.lower_)
        if not listed and doc[tok.i + 2].lower_ in {"a", "an"}:
            yield from _one_child_of(ctx, sent, couple, doc[tok.i + 1], tok)
            continue
        obj = doc[tok.i + 2]
        if listed or not (obj.like_num or obj.lower_ in PLURAL_CHILD or obj.lower_ in MULTIPLES):
            continue
        count = _child_count(obj.text) if obj.like_num else _count(obj)
        if count:
            yield from _counted(ctx, sent, couple, count, PLURAL_CHILD.get(obj.lower_), tok, PARENTS_OF)


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
        child, name_tok = _named_child(ctx, noun)
        if child in couple:
            continue
        age = _age_before(noun) or (_age_after(name_tok) if name_tok is not None else None)
        yield _child(ctx, sent, couple, child, sex, age, parents_noun, name_tok, parents_noun.lower_)


def _described_pair(ctx: Ctx, noun: Token) -> list[str]:
    """Whom a plural "parents" describes: the subject of "are/became parents", or the names it stands
    in apposition to ("X and Y, parents of three")."""
    head = noun.head
    if noun.dep_ in ("attr", "oprd") and head.lemma_ in {"be", "become"}:
        return ctx.subjects(head)
    if noun.dep_ == "appos":
        return ctx.who(head)
    return []


def extract(ctx: Ctx, sent: Span) -> Iterator[Child]:
    yield from _parent_noun_facts(ctx, sent)
    yield from _parents_pair_facts(ctx, sent)
    yield from _parents_of_facts(ctx, sent)
    yield from _born_to_facts(ctx, sent)
    yield from _birth_object_facts(ctx, sent)
    yield from _adopted_by_facts(ctx, sent)
    yield from _counted_facts(ctx, sent)
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
            listed = _listed_names(ctx, tok)
            parents = (_parents(ctx, tok, None) or _counted_before(ctx, tok)) if listed else []
            siblings = {c for c, *_ in listed}
            for child, name_tok, sex, age in listed:
                ps = [p for p in parents if p not in siblings]  # a listed child is no parent
                if child not in named and ps:
                    named[child] = _child(ctx, sent, ps, child, sex, age, tok, name_tok, low)
            continue
        if low not in lx.CHILD_NOUNS:
            continue
        child, name_tok = _named_child(ctx, tok)
        if child is None and not _birth_event(tok):
            possessed += _possessed_child(ctx, sent, tok)
            continue
        if child is not None and child in named:
            continue
        parents = [p for p in _parents(ctx, tok, child) if p not in kids_here]
        if len(parents) < 2:
            parents = _couple_subject(ctx, tok, child) or parents
        if not parents and child is not None:
            parents = [p for p in _bare_owner(ctx, tok, child) if p not in kids_here]
        if not parents:
            continue
        age = _age_before(tok) or (_age_after(name_tok) if name_tok is not None else None) or _age_after(tok)
        cue = BIRTH_CUE if len(parents) == 1 and _birth_event(tok) else low
        fact = _child(ctx, sent, parents, child, lx.CHILD_NOUNS[low], age, tok, name_tok, cue)
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


def _possessed_child(ctx: Ctx, sent: Span, noun: Token) -> list[Child]:
    """ "X was seen with her daughter", "David's son", "X and Y took their son to school", "X has a son
    with Y" (``_had``): one unnamed
    child of a named owner, counted once per owner and sex however often told (``_told``); reconcile's
    ``settle_counts`` drops it where the article names the owner's children. Only where the owner is a
    name, or a pronoun for the clause's subject when no one else is named (``_sole_owners``); not a
    child to come ("her next child", "their daughter on the way", "pregnant with her child"), a part
    played ("played X's daughter"), a likeness ("like a son to her"), an in-law, nor a noun that
    modifies another ("her baby bump")."""
    low = noun.lower_
    if low not in lx.SINGLE_CHILD_NOUNS or noun.dep_ in ("compound", "amod") or _unborn(noun):
        return []
    if _child_ahead(noun) or _played_child(noun) or _in_law(noun) or noun.head.lower_ in {"like", "as"}:
        return []
    if noun.head.lower_ == "of" and noun.head.head.lower_ in lx.PARENT_NOUNS:
        return []  # "the father of her child": the parent-noun rules read it (a named parent, or none)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        parents = _had(ctx, noun)
    else:
        parents = _possessors(ctx, noun, None)
        if poss.pos_ == "PRON" and parents and not _sole_owners(ctx, noun, parents, sent):
            return []
    if not parents:
        return []
    return list(_counted(ctx, sent, parents[:2], 1, lx.CHILD_NOUNS[low], noun))


def _had(ctx: Ctx, noun: Token) -> list[str]:
    """ "X has a son with Y", "X and Y share a daughter", "X had a son and a daughter": an indefinite
    child noun as the object of a having verb; the parents are its subject(s) and "with Y". Not "is
    having a son" (a birth to come), nor "wants to have", "would have" (a wish)."""
    t = noun
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    verb = t.head
    if t.dep_ != "dobj" or verb.lemma_.lower() not in lx.HAVE_CHILD_LEMMAS or verb.tag_ == "VBG":
        return []
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return []
    if future(verb) or any(c.dep_ == "aux" and c.lower_ in lx.WISH_MODALS for c in verb.children):
        return []
    parents = _parents(ctx, noun, None)
    siblings = [c for c in (t, *t.children) if c.dep_ == "conj" or c is t]  # "a son and a daughter with Y"
    parents += [k for c in siblings for k in _prep_with(ctx, c) if k not in parents]
    return parents


def _prep_with(ctx: Ctx, tok: Token) -> list[str]:
    """The people of the "with" phrase: "with Y", and "with wife Y" where the parser hung Y elsewhere."""
    return [
        k
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
        for k in ctx.who(p) or (relative_of(ctx, p) if p.lower_ in NOUN_TYPES else [])
    ]


def _sole_owners(ctx: Ctx, noun: Token, owners: list[str], sent: Span) -> bool:
    """A possessive pronoun ("her daughter", "their son") is trusted only where the owners are the
    people the sentence names, all of them and no one else, and the subject of the noun's clause (or
    the name it is coordinated with): in "X alleges that Y pulled her daughter's hair" the pronoun may
    be X's or Y's, so neither."""
    named = {k for t in sent if _is_name(ctx, t) for k in ctx.cast.at(t)}
    return named == set(owners) and set(owners) <= set(_clause_people(ctx, noun))


def _clause_people(ctx: Ctx, noun: Token) -> list[str]:
    """Whom a possessive pronoun on the noun may safely mean: the subject of the noun's clause ("X was
    seen with her daughter", "X and Y took their son"), or the name the noun is coordinated with ("X and
    her son"); not just anyone the sentence names ("… shows for Z, … in which his daughter walked")."""
    t = noun
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    out = [k for k in ctx.who(t) if t is not noun]
    verb = clause_verb(noun)
    if verb is not noun:
        out += ctx.subjects(verb)
        if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):  # "X said his son loves Rome"
            out += ctx.subjects(verb.head)
    return out


def _child_ahead(noun: Token) -> bool:
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


def _played_child(noun: Token) -> bool:
    """ "she played X's daughter", "the role of his son": a part in a work."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in lx.PLAY_LEMMAS:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in {"role", "part"}


def _in_law(noun: Token) -> bool:
    """ "her son-in-law", "his daughter-in-law": a relative by marriage."""
    doc = noun.doc
    return noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].lower_ == "in"


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
            child, _ = _named_child(ctx, tok)
            if child is not None:
                out.add(child)
    return out


def _child(
    ctx: Ctx,
    sent: Span,
    parents: list[str],
    child: str | None,
    sex: str | None,
    age: int | None,
    noun: Token,
    name_tok: Token | None,
    cue: str,
) -> Child:
    born = _born(ctx, name_tok, noun, sent)
    if born is None and age is not None:
        born = ctx.birth_when(age)
    return Child(
        parents=sorted(parents),
        child=child,
        sex=sex,  # type: ignore[arg-type]
        age=age,
        age_as_of=ctx.anchor.isoformat() if age is not None and ctx.anchor else None,
        born=born,
        confidence=confidence(0.85 if child else 0.7, sent),
        evidence=[ctx.evidence(sent)],
        cue=cue,
    )


def _birth_event(tok: Token) -> bool:
    """ "welcomed a son", "gave birth to", "fathered a child" (the verb, not "the father of her child"),
    a birth that has taken place (not "plans to adopt a baby"); "a boy and a girl": the first noun's."""
    if tok.dep_ == "conj" and tok.head.lower_ in lx.CHILD_NOUNS:
        return _birth_event(tok.head)
    if any(a.lemma_.lower() in ACCUSE_LEMMAS for a in list(tok.ancestors)[:5]):
        return False  # "a woman accuses X of fathering her child": a charge, no birth the text states
    return not _unborn(tok) and any(
        a.lemma_.lower() in {"welcome", "birth", "deliver", "bear", "adopt"}
        or (a.lemma_.lower() == "father" and a.pos_ == "VERB")
        or (a.lemma_.lower() == "give" and any(c.dep_ == "dobj" and c.lower_ == "birth" for c in a.children))
        for a in [tok.head, *tok.ancestors][:3]
    )


def _unborn(noun: Token) -> bool:
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
