"""Syntax that says a capitalised span is a person's name: a kinship noun or an age beside it, a list
of children or of people, a romance's partner, the owner of a kinship noun, a "who" clause, a speaker
taken up by "he"/"she", the object of "married"/"dated"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import ages
from newsfacts import lexicon as lx
from newsfacts import people_slots as slots
from newsfacts.people_headlines import title_cased
from newsfacts.people_name_spans import KIN_WORDS

RELATION_VERBS = frozenset(
    {"marry", "wed", "date", "divorce", "romance", "kiss", "engage", "split", "link", "bear", "adopt"}
)


def kin_slot(doc: Doc, start: int) -> bool:
    """Is the proper noun at ``start`` right after a kinship noun ("son X", "daughter, X", "named X")?"""
    j = start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return j >= 0 and doc[j].lower_ in KIN_WORDS


def after_age(doc: Doc, start: int) -> bool:
    """ "the 12-year-old X", "eight-year-old X": an age adjective right before a name."""
    return ages.before(doc, start) is not None


def age_apposition(doc: Doc, end: int) -> bool:
    """ "X, 12," / "X, 46." : a name followed by an age is a person (journalistic convention)."""
    return ages.after(doc, end) is not None


CHILD_LIST_NOUNS = frozenset(
    {*lx.CHILD_NOUNS, "children", "kids", "sons", "daughters", "twins", "grandchildren"}
)


def child_list_noun(tok: Token) -> Token | None:
    """The child noun that opens the list a name is in: "three children, A, B and C" (apposition, then
    conjuncts); None if it is in no such list."""
    t = tok
    for _ in range(8):
        if t.dep_ not in ("conj", "appos") or t.head is t:
            break
        t = t.head
        if t.lower_ in CHILD_LIST_NOUNS:
            return t
    # "welcomed twins A and B", "daughters A and B": the parser may hang the list's first name on
    # the verb (or read "twins" as one); the child noun then stands right before it
    if t is not tok and t.i > 0 and t.doc[t.i - 1].lower_ in CHILD_LIST_NOUNS:
        return t.doc[t.i - 1]
    return None


def listed_after_child_noun(tok: Token) -> bool:
    """A name in the list that a child noun opens."""
    return child_list_noun(tok) is not None


def _first_name_acting(span: Span) -> bool:
    """A one-word name that is a known first name and the subject of a verb, inside a sentence (a
    capital at a sentence's start says nothing): "When Ana goes into labor", "as Mia arrived". Months
    are turned away before this is asked (``person_slot``)."""
    tok = span.root
    return (
        len(span) == 1
        and not tok.is_sent_start
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.pos_ == "VERB"
        and lx.is_first_name(tok.text)
        and tok.lower_ not in lx.NOT_PERSON_WORDS
        and tok.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")
        and not (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET")  # "the Duke", "the Prince": a title
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of")  # "Prince of Wales"
    )


def _in_children_list(tok: Token) -> bool:
    """A name in a list a plural child noun opens, written in lower case ("her kids - A, B and C";
    not "the Department of Children and Family Services")."""
    noun = child_list_noun(tok)
    return noun is not None and noun.is_lower and noun.lower_.endswith("s")


def person_slot(
    doc: Doc,
    span: Span,
    sure_starts: dict[int, int],
    sure_ends: dict[int, int],
    sure_names: frozenset[str] = frozenset(),
) -> bool:
    """Syntax says person: kinship slot ("son X", "his son is X"), age apposition, "X and <name>", object of
    "married"/"dated", a list of people, "X is a singer", "hosted by X Y"."""
    if kin_slot(doc, span.start) or age_apposition(doc, span.end) or after_age(doc, span.start):
        return True
    if len(span) == 1 and span[0].lower_ in lx.MONTHS:
        return False  # "robbed in October and Kanye hospitalised": a month coordinated with a name
    if _first_name_acting(span):
        return True  # "When Beyoncé goes into labor": a first name as the subject of a verb
    if len(span) <= 2 and _in_children_list(span.root):
        return True  # "daughters Ana and Ella", where NER tags only "Ella" (as an organisation)
    if span.start >= 2 and doc[span.start - 1].lower_ in {"and", "&"} and (span.start - 2) in sure_ends:
        return True
    if span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "&"} and (span.end + 1) in sure_starts:
        return True
    if _described(doc, span.start) or (len(span) == 2 and _listed_with_names(span, sure_ends)):
        return True
    if (
        len(span) == 1
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "who"
    ):
        return True  # "X, who has co-written …": a one-word name that takes a relative clause for a person
    head = span.root
    if (
        head.dep_ == "attr"
        and head.head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in KIN_WORDS for c in head.head.children)
    ):
        return True  # "her daughter is X", "his wife is X"
    if (
        (len(span) == 1 or (len(span) <= 3 and not _after_article(span)))
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in lx.SPEECH_VERBS
        and _followed_by_pronoun(head)
    ):
        return True  # "Fergie said she …": a one-word speaker taken up by a personal pronoun
    if romance_partner(span, sure_ends) or _owns_kin(span) or _in_person_state(span):
        return True
    if _in_people_list(doc, span, sure_starts, sure_ends, sure_names):
        return True
    if (len(span) == 1 and slots.person_by_copula(span)) or slots.passive_agent_name(span):
        return True
    if slots.named_romance_partner(span):
        return True
    if head.dep_ == "pobj" and head.head.lower_ in {"to", "with"}:
        head = head.head
    return head.head.lemma_.lower() in RELATION_VERBS and head.dep_ in ("dobj", "prep", "nsubj", "nsubjpass")


def _in_people_list(
    doc: Doc, span: Span, sure_starts: dict[int, int], sure_ends: dict[int, int], sure_names: frozenset[str]
) -> bool:
    """In a list most of whose items are people (``people_slots.in_people_list``), in ordinary case."""
    if not in_ordinary_case(span):
        return False
    end_of = {n: e for e, n in sure_ends.items()}  # a sure name's number -> its last token
    sure = {(a, end_of[n] + 1) for a, n in sure_starts.items() if n in end_of}
    return slots.in_people_list(doc, span, sure, sure_names)


def in_ordinary_case(span: Span) -> bool:
    """Not after "the" and not in a headline-style sentence: where a list's capitals can say "a name"."""
    return not (_after_article(span) or title_cased(span.sent))


def _after_article(span: Span) -> bool:
    """ "The Daily Planet revealed …": a run of capitalised words after "the" names a title or an outlet;
    a person's name of two or three words takes no article."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def romance_partner(span: Span, sure_ends: dict[int, int]) -> bool:
    """ "her relationship with X", "Ana Ruiz's marriage to X": the partner of a romance noun whose owner
    is a person (a personal possessive or a person's name) is a person; "its relationship with X" (a
    company's) says nothing."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in lx.ROMANCE_PREPS or prep.i == 0:
        return False
    # "to" may be parsed on the verb ("spoke about her marriage to X"): then the word before it
    noun = prep.head if prep.head.lower_ in lx.ROMANCE_NOUNS else span.doc[prep.i - 1]
    if noun.lower_ not in lx.ROMANCE_NOUNS:
        return False
    if span.start > 0 and span.doc[span.start - 1].text == "the":
        return False  # "her relationship with the Lakeside Zoo": a person's name takes no article
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return any(
        o.lower_ in lx.PERSONAL_POSSESSIVES or o.ent_type_ == "PERSON" or o.i in sure_ends for o in owners
    )


def _in_person_state(span: Span) -> bool:
    """ "if X is pregnant", "X is now engaged": the subject of "be" with a state only a person is in."""
    root = span.root
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.lower_ in lx.PERSON_STATES for c in verb.children)
    )


def _owns_kin(span: Span) -> bool:
    """ "X's girlfriend", "X's new husband", "X's eldest son": the owner of a kinship or romance noun
    (after a possessive and at most two adjectives) is a person; "baby" is left out ("the brand's
    baby")."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or not possessive_marker(doc, i):
        return False
    i += 1
    while i < len(doc) and i <= span.end + 3 and doc[i].pos_ == "ADJ":
        i += 1
    kin = doc[i] if i < len(doc) else None
    return kin is not None and kin.is_lower and kin.text in KIN_WORDS and kin.text not in {"named", "baby"}


def possessive_marker(doc: Doc, i: int) -> bool:
    """A possessive marker at ``i``: "'s", or a bare apostrophe glued to a name ending in "s" before a
    lower-case word ("Kris’ first husband"), which the tagger may read as a closing quote."""
    if doc[i].tag_ == "POS":
        return True
    return (
        doc[i].text in {"'", "’"}
        and i > 0
        and doc[i - 1].lower_.endswith("s")
        and not doc[i - 1].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].is_lower
    )


def _described(doc: Doc, start: int) -> bool:
    """ "reality star X", "the rapper X": a person noun in lower case right before the name."""
    if start == 0 or doc[start - 1].lower_ not in lx.DESCRIPTOR_NOUNS or not doc[start - 1].is_lower:
        return False
    return start < 2 or doc[start - 2].text not in {"-", "–"}  # not "a five-star X hotel"


def _listed_with_names(span: Span, sure_ends: dict[int, int]) -> bool:
    """ "A B, C D, E F and G H" with some of them sure full names: a first-and-last-name pair in the
    same list (coordinated with a sure full name's head) is a name too; not in a headline-style line."""
    root = span.root
    heads = [root.head] if root.dep_ == "conj" else []
    listed = heads + [c for c in root.children if c.dep_ == "conj"]
    full = [t for t in listed if t.i in sure_ends and t.i > 0 and span.doc[t.i - 1].pos_ == "PROPN"]
    return bool(full) and not title_cased(span.sent)


def _followed_by_pronoun(subj: Token) -> bool:
    """A personal pronoun (not "it"/"they") later in the speaker's sentence: outlets "say" too, but
    are not "he" or "she"."""
    return any(
        t.lower_ in lx.FEMALE_PRONOUNS or t.lower_ in lx.MALE_PRONOUNS for t in subj.sent if t.i > subj.i
    )


def kin_named_noun(tok: Token) -> bool:
    """ "her boyfriend Tyga", "son Bodhi": a capitalised word the tagger read as a common noun, right
    after a kinship noun in lower case and before no other capitalised word, is a one-word name."""
    doc = tok.doc
    return (
        tok.pos_ == "NOUN"
        and tok.is_title
        and tok.is_alpha
        and not tok.is_sent_start
        and tok.i > 0
        and doc[tok.i - 1].is_lower
        and doc[tok.i - 1].lower_ in KIN_WORDS
        and doc[tok.i - 1].lower_ != "named"
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)
        and tok.lower_ not in lx.NOT_PERSON_WORDS
        and tok.lower_ not in lx.MONTHS
    )
