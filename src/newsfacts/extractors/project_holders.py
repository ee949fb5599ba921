"""Whom a title's sentence names besides the subject of a verb: the cast a work stars or a cast or panel
noun lists, the owner of a possessive ("her", "whose", "their", "her family's", "Keri Lane's hit X"),
the doer of a verb on a possessed noun, a credit in a bracket or a possessive, a writer a credit noun
names, whose co-star, and a show's hosts (a talk show, a show named after them)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts import lexicon as lx
from newsfacts.context import Ctx, clause_verb, negated
from newsfacts.extractors.project_cast_nouns import cast_noun, holder_of, members
from newsfacts.extractors.project_cues import bound_owner, name_after_role, owner_before, partners, singular
from newsfacts.extractors.project_title_shape import QUOTES, Title, past_quote
from newsfacts.extractors.project_title_slots import CAST_VERBS
from newsfacts.people_cast import name_words


def cast_of(ctx: Ctx, title_root: Token) -> list[str]:
    """People a work "stars" or "features": "Iron Coast stars A and B", "Iron Coast, starring A",
    "the thriller Iron Coast stars A" (the work noun the title names is the subject)."""
    if (
        title_root.dep_ in ("appos", "compound")
        and title_root.head.pos_ == "NOUN"
        and title_root.head.lower_ in lx.WORK_NOUNS
    ):
        title_root = title_root.head
    holder = holder_of(title_root) or (title_root if cast_noun(title_root) else None)
    out: list[str] = members(ctx, holder) if holder is not None else []  # "the cast of X includes A"
    verbs = []
    if title_root.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(title_root.head)
        verbs.extend(c for c in title_root.head.children if c.dep_ == "conj" and c.pos_ == "VERB")
    verbs.extend(c for c in title_root.children if c.dep_ == "acl" and c.lower_ in {"starring", "featuring"})
    verbs.extend(c for c in title_root.children if c.dep_ == "relcl" and _relative_subject(c))
    verbs.extend(_cast_apposition(title_root))
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma not in CAST_VERBS | CAST_HAVING_VERBS or negated(v):
            continue
        if v != title_root.head and any(c.dep_ == "nsubj" for c in v.children) and not _relative_subject(v):
            continue  # a conjoined verb with its own subject is about someone else
        for c in v.children:
            if c.dep_ != "dobj":
                continue
            if cast_noun(c):  # "X features an ensemble cast including A, B and C"
                out.extend(k for k in members(ctx, c) if k not in out)
            elif lemma in CAST_VERBS:
                out.extend(k for k in ctx.who(c) if k not in out)
    return out


# "X boasts / has a cast including A": verbs that tie a work to a cast noun, not to a name
CAST_HAVING_VERBS = frozenset({"boast", "have", "include"})


def _relative_subject(verb: Token) -> bool:
    """ "X, which also stars A": a relative clause whose subject is the relative pronoun (the work)."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in verb.children
    )


def _cast_apposition(title_root: Token) -> list[Token]:
    """ "Iron Coast, a thriller starring A and B": the cast verb on a work noun in apposition to the title
    (not a song's "featuring", whose guest sings)."""
    return [
        v
        for n in title_root.children
        if n.dep_ == "appos" and singular(n) in lx.WORK_NOUNS and lx.WORK_NOUNS[singular(n)] != "music"
        for v in n.children
        if v.dep_ == "acl" and v.lower_ in {"starring", "featuring"}
    ]


PANEL_ROLES = frozenset({"judge", "host", "co-host", "cohost", "coach", "presenter"})


def cast_plural(tok: Token) -> bool:
    """ "castmates", "co-stars", "stars": a plural noun of a work's cast (the tagger may read it as a verb
    when names follow: "'Girls' castmates A, B and C")."""
    return tok.lower_ in lx.CAST_PLURAL_NOUNS


def names_listed(ctx: Ctx, noun: Token) -> list[str]:
    """Everyone named right after a plural cast noun ("'Girls' castmates A, B and C"), the list's
    conjuncts included; nobody when no name follows."""
    first = noun.doc[name_after_role(noun.doc, noun.i + 1)] if noun.i + 1 < len(noun.doc) else None
    if first is None or not ctx.cast.at(first):
        return []
    while first.dep_ == "compound" and first.head.i > first.i:
        first = first.head  # "Lena Moss": the conjuncts hang on the name's last word
    return ctx.who(first)


def panel_of(ctx: Ctx, verb: Token) -> tuple[Token | None, list[str]]:
    """ "X joins judges A, B and C on Y": a plural panel role noun as the verb's object, with the names
    it is given (an apposition, or names it modifies as a compound), and those names; each holds the
    role in the work the verb ties to its subject."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.tag_ == "NNS" and singular(c) in PANEL_ROLES:
            named = [k for a in c.children if a.dep_ == "appos" for k in ctx.who(a)]
            return (c, named) if named else (None, [])
        noun = next(
            (
                g
                for g in c.children
                if g.dep_ == "compound" and g.tag_ == "NNS" and singular(g) in PANEL_ROLES
            ),
            None,
        )
        if noun is not None and c.pos_ == "PROPN":
            return noun, ctx.who(c)
    return None, []


def owner_by_order(ctx: Ctx, noun: Token) -> list[str]:
    """ "Keri Lane's hit Pretty Town", "on his 2005 smash hit 'Gold Mine'": the owner the word order
    gives a work noun before the title when the parse hangs no possessive on it (it read "hit" as a
    verb)."""
    if noun.pos_ == "NOUN" and any(c.dep_ == "poss" for c in noun.children):
        return []  # the parse has its possessive: the walk above decided
    own = owner_before(noun)
    if own is None:
        return []
    if own.text in {"'s", "’s"}:
        return list(ctx.cast.at(noun.doc[own.i - 1])) if own.i > 0 else []
    return bound_owner(ctx, own)


def whose(ctx: Ctx, poss: Token) -> list[str]:
    """ "X, whose new album Y is out": "whose" is the person its relative clause describes."""
    if poss.lower_ != "whose":
        return []
    clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
    if clause is not None:
        return ctx.who(clause.head)
    noun = poss.head  # "X, whose latest film, Y, …": the parser may hang the phrase on X as an apposition
    return ctx.who(noun.head) if noun.dep_ == "appos" else []


FAMILY_OWNER_NOUNS = frozenset({"family", "clan"})


def family_owner(poss: Token) -> Token:
    """ "her family's series X": a work of the family is a work of the one whose family it is (the
    possessor of "family"); any other possessor stands for itself."""
    if poss.lower_ in FAMILY_OWNER_NOUNS:
        return next((c for c in poss.children if c.dep_ == "poss"), poss)
    return poss


def described_conjunct(ctx: Ctx, noun: Token) -> list[str]:
    """ "her Iron Coast co-star and close friend Y": a name joined to the role noun under a noun of its
    own ("friend", "pal") is the same person, described twice."""
    return [
        k
        for c in noun.children
        if c.dep_ == "conj" and any(g.dep_ == "compound" and g.pos_ == "NOUN" for g in c.children)
        for k in ctx.cast.at(c)
    ]


CAREER_NOUNS = frozenset({"start", "debut", "break", "breakthrough", "career", "stint", "turn"})


def possessor_above(ctx: Ctx, verb: Token) -> list[str]:
    """ "her start appearing as a contestant on X", "his debut starring in X": a verb that modifies a
    possessed noun is done by the possessor; so is one whose subject is a possessed career noun (the
    parser's other reading of "got her start appearing on X")."""
    if verb.dep_ == "acl":
        return [k for c in verb.head.children if c.dep_ == "poss" for k in bound_owner(ctx, c)]
    return [
        k
        for s in verb.children
        if s.dep_ == "nsubj" and s.lower_ in CAREER_NOUNS
        for c in s.children
        if c.dep_ == "poss"
        for k in bound_owner(ctx, c)
    ]


def their_owners(ctx: Ctx, poss: Token) -> list[str]:
    """ "X appeared with Y to promote their film": an unresolved "their" is the doer of the verb above
    and the one "with" them (the verb the clause of purpose hangs on), when that makes two or more."""
    if poss.lower_ != "their":
        return []
    verb = next((a for a in poss.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return []
    found = ctx.subjects(verb) + partners(ctx, verb)
    if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB":
        found += partners(ctx, verb.head)
    people = list(dict.fromkeys(found))
    return people if len(people) >= 2 else []


def owned(noun: Token | None) -> bool:
    """The noun itself has a possessive ("her chat show"), not a noun above it ("her appearance on the
    talk show")."""
    return noun is not None and (
        any(c.dep_ == "poss" for c in noun.children) or owner_before(noun) is not None
    )


def talk_show(noun: Token | None) -> bool:
    """ "the talk show X", "the late-night chat show X": one whose guests hold no part in it."""
    return noun is not None and any(c.lower_ in lx.TALK_WORDS for c in noun.lefts)


SHOW_ENDS = frozenset({"show", "live", "today", "tonight"})


def named_hosts(ctx: Ctx, doc: Doc, title: Title) -> list[str]:
    """A show named after the people who host it: a full name beside a show word ("Jo Vale Today",
    "Jo Vale Live", "Live with Jo Vale"), or first names after "with" ("Live with Jo and Al") that each
    fit one person of the article. The name must not be the whole title."""
    words = name_words(" ".join(t.text for t in title.span(doc) if not t.is_punct))
    if len(words) < 2 or not ({words[0], words[-1]} & SHOW_ENDS):
        return []
    out = [
        k
        for k, p in ctx.cast.people.items()
        if len(p.tokens) >= 2
        and p.tokens != words
        and any(words[i : i + len(p.tokens)] == p.tokens for i in range(len(words) - len(p.tokens) + 1))
    ]
    if out or "with" not in words:
        return out
    firsts = [w for w in words[words.index("with") + 1 :] if w not in {"and", "&"}]
    for w in firsts[:3]:
        fits = [k for k, p in ctx.cast.people.items() if len(p.tokens) >= 2 and p.tokens[0] == w]
        if len(fits) != 1:
            return []
        out.append(fits[0])
    return out


def bracket_credit(ctx: Ctx, doc: Doc, title: Title) -> tuple[str, ...]:
    """The person named right before a bracket that holds only the title: "Y (“Iron Coast”)"."""
    i = title.start - 1 if title.start > 0 and doc[title.start - 1].text in QUOTES else title.start
    j = past_quote(doc, title.end, doc[title.end - 1].sent)
    if i < 2 or j >= len(doc) or doc[i - 1].text != "(" or doc[j].text != ")":
        return ()
    return ctx.cast.at(doc[i - 2])


def possessive_credit(ctx: Ctx, doc: Doc, title: Title) -> tuple[str, ...]:
    """The person whose possessive stands right before a quoted title that modifies no noun:
    "Y's “Paper Lanterns”" is Y's work ("Y's “Paper Lanterns” video" is about the video)."""
    i = title.start - 1
    if i < 2 or doc[i].text not in QUOTES or doc[i - 1].lower_ not in {"'s", "’s"}:
        return ()
    j = title.end
    while j < len(doc) and doc[j].text in {".", ",", "!", "?"}:
        j += 1  # "… Y's “Paper Lanterns.”": the sentence's stop inside the quotation
    if j >= len(doc) or doc[j].text not in lx.CLOSING_QUOTES:
        return ()
    if j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN"):
        return ()
    owner = doc[i - 2]
    if owner.pos_ != "PROPN" or doc[i - 1].tag_ == "VBZ":
        return ()  # "he's “The One”": a verb, not a possessive
    return tuple(k for k in ctx.cast.at(owner) if " " in k)  # a one-word name may be a band's


def credited(ctx: Ctx, prep: Token) -> list[str]:
    """ "from a screenplay by Y", "with a script by Y": the writer a credit noun names."""
    return [
        k
        for n in prep.children
        if n.dep_ == "pobj" and n.lower_ in lx.SCRIPT_NOUNS
        for by in n.children
        if by.dep_ == "prep" and by.lower_ == "by"
        for g in by.children
        for k in ctx.who(g)
    ]


def co_star_of(ctx: Ctx, noun: Token) -> list[str]:
    """Whose co-star: "her Iron Coast co-star Y" (the possessor), "between her and Iron Coast co-star Y"
    (the conjunct), "X was engaged to Iron Coast co-star Y" (the subject of the clause)."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return ctx.who(poss[0])
    if noun.dep_ == "conj":
        return ctx.who(noun.head)[:1]
    conj = [c for c in noun.children if c.dep_ == "conj"]
    if conj:
        return []
    verb = clause_verb(noun)
    return [] if negated(verb) else ctx.subjects(verb)
