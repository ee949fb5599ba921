"""What a definite description ("the actress", "the Harbor Lights star", "the 38-year-old") says of its
person: whether it is one, its title, the age it states and the ages the article gives, its sex."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import ages
from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec, name_words
from newsfacts.people_gender import gender_from_words


def paired_description(tok: Token) -> bool:
    """ "the Paper Sky singer and actor", "the Blue star and the Harbor alum": a role noun joined to
    another names two people, and the text does not say which is which — either of the two."""
    if any(
        c.dep_ == "conj"
        and ((c.lower_ in lx.DESCRIPTOR_NOUNS and not _office_of_venture(c)) or _other_person_noun(c))
        for c in tok.children
    ):
        return True
    return (
        tok.dep_ == "conj"
        and tok.head.lower_ in lx.DESCRIPTOR_NOUNS
        and definite(tok.head)
        and not _office_of_venture(tok)
    )


def _other_person_noun(conj: Token) -> bool:
    """ "the Blue star and the Harbor sister": a noun only a person is called, under its own "the"."""
    return conj.lower_ in lx.FEMALE_NOUNS | lx.MALE_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in conj.children
    )


def _office_of_venture(conj: Token) -> bool:
    """ "the actor and president of Bluefin Films": an office held in a named venture, joined to an
    occupation under one determiner, describes the same person (the parser may hang "of Y" on either
    noun)."""
    if conj.lower_ not in lx.VENTURE_ROLE_NOUNS or any(c.dep_ == "det" for c in conj.children):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and p.i > conj.i and any(g.pos_ == "PROPN" for g in p.children)
        for p in [*conj.children, *conj.head.children]
    )


CHILD_AGE = 13  # a description without an age ("the actress") is no one the article says is younger
YOUNG_WORDS = frozenset(
    {*lx.CHILD_NOUNS, "boy", "girl", "kid", "child", "tot", "toddler", "youngster", "baby", "newborn"}
)


def too_young(tok: Token, ages: dict[str, set[int]]) -> set[str]:
    """ "his daughter", "her husband": the owner of a child or a spouse is no one the article says is a
    child (a star's son, 4, is not "his" in "his daughter, 3")."""
    if tok.dep_ != "poss" or tok.head.lower_ not in ADULT_KIN:
        return set()
    return children_by_age(ages)


def children_by_age(ages: dict[str, set[int]]) -> set[str]:
    """The people the article says are under CHILD_AGE (every age it gives them)."""
    return {k for k, a in ages.items() if max(a) < CHILD_AGE}


ADULT_KIN = (
    lx.CHILD_NOUNS.keys() | lx.SPOUSE_NOUNS | lx.EX_SPOUSE_NOUNS | lx.FIANCE_NOUNS | {"kids", "children"}
)


def stated_ages(doc: Doc, spans: list[tuple[Span, str]]) -> dict[str, set[int]]:
    """Ages the article gives at a name: "X, 36," and "36-year-old X"."""
    out: dict[str, set[int]] = {}
    for s, key in spans:
        n = ages.after(doc, s.end)
        if n is not None:
            out.setdefault(key, set()).add(n)
        j = s.start
        while j > 0 and doc[j - 1].pos_ in ("ADJ", "NOUN") and doc[j - 1].lower_ != "old" and s.start - j < 3:
            j -= 1  # "the 36-year-old reality star X"
        n = ages.before(doc, j)
        if n is not None:
            out.setdefault(key, set()).add(n)
    return out


def description_age(tok: Token) -> int | None:
    """The age a description states: "the 38-year-old mom of three", "the 38-year-old reality star",
    "the 38-year-old"."""
    if bare_age(tok):
        return ages.before(tok.doc, tok.i + 1)
    lefts = {c.i for c in tok.lefts}
    j = tok.i
    while j > tok.sent.start and j - 1 in lefts and tok.doc[j - 1].lower_ != "old":
        j -= 1
    return ages.before(tok.doc, j)


def of_age(
    ages: dict[str, set[int]], people: dict[str, PersonRec], age: int, want: str | None, blocked: set[str]
) -> tuple[str, ...]:
    """The one person the article gave this age, of a compatible sex, who is no co-argument."""
    match = [k for k, a in ages.items() if age in a and k not in blocked and people[k].gender in (want, None)]
    return (match[0],) if len(match) == 1 else ()


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "pobj", "attr", "dative"})


def bare_age(tok: Token) -> bool:
    """ "The 37-year-old directed …", "the 37-year-old's debut": an age with no noun after it
    stands for a person, as "the actress" does."""
    return (
        tok.dep_ in NOMINAL_DEPS
        and tok.lower_.endswith("old")
        and ages.before(tok.doc, tok.i + 1) is not None
    )


def mistagged_role(tok: Token) -> bool:
    """ "The Harbor Hawks forward has …": a role word the tagger read as an adverb or adjective, right
    after a title opened by "the" and right before the verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.pos_ in ("ADV", "ADJ")
        and title_start(tok) is not None
        and nxt is not None
        and nxt.pos_ in ("VERB", "AUX")
    )


def named_in_title(tok: Token, starts: dict[int, tuple[Span, str]]) -> tuple[str, ...]:
    """ "the 'Kocktails with Khloe' starlet": a title that holds exactly one person's name is that
    person's show."""
    doc = tok.doc
    first = title_start(tok)
    if first is None and tok.i > 0 and doc[tok.i - 1].text in lx.CLOSING_QUOTES:
        first = opening_quote(tok)
        if first is None:
            first = tok.sent.start  # no opening quote: the title runs from the sentence's start
    if first is None:
        return ()
    inside = {key for i, (span, key) in starts.items() if first <= i and span.end <= tok.i}
    if len(inside) != 1:
        return ()
    key = inside.pop()  # a first name, not a family name ("the Keeping Up With the Vales star")
    named = [s for i, (s, k) in starts.items() if k == key and first <= i < tok.i]
    first_name = _first_name(starts, key)
    return (key,) if all(name_words(s.text) == first_name for s in named) else ()


def family_in_title(
    tok: Token,
    people: dict[str, PersonRec],
    history: list[tuple[str, int, float]],
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """ "the Keeping Up With the Vales star": a title that names a family in the plural is the show of
    the one person of that family name the article has mentioned in the last five sentences."""
    first = title_start(tok)
    if first is None:
        return ()
    families = {
        t.lower_[:-1] for t in tok.doc[first : tok.i] if t.lower_.endswith("s") and t.text[:1].isupper()
    }
    recent = {key for key, n, _ in history if sent_no - n <= 5}
    match = [
        k
        for k, p in people.items()
        if len(p.tokens) > 1 and families & set(p.tokens[1:]) and k not in exclude
    ]
    return (match[0],) if len(match) == 1 and match[0] in recent else ()


def _first_name(starts: dict[int, tuple[Span, str]], key: str) -> list[str]:
    """The first word of a person's fullest name among its mentions."""
    longest = max((s for s, k in starts.values() if k == key), key=len)
    return name_words(longest.text)[:1]


def definite(tok: Token) -> bool:
    if epithet(tok) and (
        tok.left_edge.lower_ == "the" or title_start(tok) is not None or _after_quoted_title(tok)
    ):
        return True  # "The Wolf Creek star …": the article opens the title before the noun
    return (
        any(c.dep_ in ("det", "poss") and c.lower_ in {"the", "this", "former", "both"} for c in tok.lefts)
        or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"the", "former", "both"})
        or (tok.i > 1 and tok.doc[tok.i - 2].lower_ == "the")
    )


def description_gender(tok: Token, starts: dict[int, tuple[Span, str]]) -> str | None:
    """The sex a description implies: its noun ("the actress"), else the first subject or possessive
    pronoun after it in its sentence, before anyone else is named ("The former Paper Sky singer was a
    party animal in her youth"); an object pronoun of the same clause is someone else ("the singer
    was using him")."""
    g = gender_from_words([tok.lower_])
    if g:
        return g
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.i in starts or t.text in lx.QUOTE_MARKS:
            return None
        if t.dep_ in ("nsubj", "nsubjpass", "poss") or _possessive_her(t):
            if t.lower_ in lx.FEMALE_PRONOUNS:
                return "female"
            if t.lower_ in lx.MALE_PRONOUNS:
                return "male"
    return None


def _possessive_her(t: Token) -> bool:
    """ "contacting her ex": an object "her" right before a noun is a possessive the parser misread."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ == "her" and t.dep_ == "dobj" and nxt is not None and nxt.pos_ in ("NOUN", "ADJ")


def parent_of_many(tok: Token) -> bool:
    """ "the mom of three", "the father of two": a parent noun that describes a person."""
    return tok.lower_ in lx.PARENT_NOUNS and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and (any(g.like_num for g in c.children) or count_before_possessive(c) is not None)
        for c in tok.children
    )


def count_before_possessive(prep: Token) -> Token | None:
    """ "the mom of three's nightmare": the number right after "of" and before "'s" (the parser hangs
    it on the noun after "'s"); not "one's", as often the pronoun ("the father of one's ex-wife")."""
    doc, j = prep.doc, prep.i + 1
    if j + 1 < len(doc) and doc[j].like_num and doc[j].lower_ != "one" and doc[j + 1].lower_ in {"'s", "’s"}:
        return doc[j]
    return None


def epithet(tok: Token) -> bool:
    """ "the Harbor Lights star", "the 'Paper Sky' singer": a role noun modified by a title."""
    if tok.i > 0 and tok.doc[tok.i - 1].text in lx.CLOSING_QUOTES:
        return True
    return any(c.dep_ in ("compound", "nmod") and c.text[:1].isupper() for c in tok.lefts) or (
        title_start(tok) is not None
    )


QUOTED_TITLE_REACH = 12  # tokens back from the closing quote to the opening one


def opening_quote(tok: Token, reach: int | None = None) -> int | None:
    """Where the quoted title that closes right before ``tok`` opens: the index of its opening quote
    mark in the sentence (at most ``reach`` tokens back from the closing one), else None."""
    doc = tok.doc
    close = tok.i - 1
    if close <= tok.sent.start or doc[close].text not in lx.CLOSING_QUOTES:
        return None
    floor = tok.sent.start if reach is None else max(tok.sent.start, close - reach)
    return next((j for j in range(close - 1, floor - 1, -1) if doc[j].text in lx.QUOTE_MARKS), None)


def _after_quoted_title(tok: Token) -> bool:
    """ "The 'Story of My Life' singer": "the", a quoted title, then the role noun. The parser often
    hangs "the" on the title's first word and the noun elsewhere ("My Life'" read as a possessive), so
    the words are read, not the tree."""
    j = opening_quote(tok, QUOTED_TITLE_REACH)
    return j is not None and j > tok.sent.start and tok.doc[j - 1].lower_ == "the" and j + 1 < tok.i - 1


TITLE_GLUE = frozenset({"of", "the", "and", "a", "in", "on", "to", "for", "with", "&"})


def title_start(tok: Token) -> int | None:
    """Start of a capitalised run right before ``tok`` ("The Wolf of Wall Creek star"), opened by
    "the"; None if there is none (the parser may have split such a title anywhere)."""
    doc = tok.doc
    j = tok.i - 1
    if j < tok.sent.start or not doc[j].text[:1].isupper():
        return None
    while j - 1 >= tok.sent.start and (doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ in TITLE_GLUE):
        if doc[j - 1].lower_ == "the":
            return j - 1
        j -= 1
    return None
