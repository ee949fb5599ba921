"""Which spans of an article name a person: PERSON entities cleaned of titles, possessives and
punctuation; other entities and bare proper nouns when syntax marks a person (kinship slot, age, a
person noun before them, a list of names, a "who" clause); headline names held back as "maybe"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfacts import ages
from newsfacts import lexicon as lx
from newsfacts import people_slots as slots
from newsfacts.doc_text import text_of

POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")


LEADING_NOT_NAME = frozenset({"the", "those", "these", "this", "that", "both"})


ABBREV_RE = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:CEO|COO|CFO|CTO|MP|DJ)$")


NAME_TOKEN_RE = re.compile(r"^[A-ZÀ-Þ][\w'’.\-$!À-ÿ]*$")


RELATION_VERBS = frozenset(
    {"marry", "wed", "date", "divorce", "romance", "kiss", "engage", "split", "link", "bear", "adopt"}
)


CANDIDATE_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT")


# A nickname in double quotes inside a name: Tom "Hammer" Vale.
QUOTED_NICKNAME_RE = re.compile(r'\s["“][^"“”]{1,40}["”]\s')

OPENING_DOUBLE_QUOTES = frozenset({'"', "“"})
CLOSING_DOUBLE_QUOTES = frozenset({'"', "”"})


def clean_name(text: str) -> str:
    """Strip possessives, quotes, honorifics, a quoted nickname and stray punctuation from a name mention."""
    text = QUOTED_NICKNAME_RE.sub(" ", text.strip())
    text = text.strip().strip("\"“”‘’'()[],.;:")
    text = POSSESSIVE_RE.sub("", text).strip()
    words = [w for w in text.split() if w]
    while words and (words[0].lower().rstrip(".") + "." in lx.HONORIFICS or words[0] == "the"):
        words = words[1:]
    while len(words) > 1 and (
        words[0].lower() in lx.HONORIFICS | lx.DESCRIPTOR_NOUNS
        or (words[0].lower() in KIN_WORDS and not _capitalised_kin_in_name(words))
        or words[0][:1].islower()
        or (len(words) > 2 and (_plural_descriptor(words[0]) or words[0].lower() in lx.ROLE_NOUNS))
    ):
        words = words[1:]
    return " ".join(words).strip(" -")


def _capitalised_kin_in_name(words: list[str]) -> bool:
    """ "Kid Ruiz": a capitalised "Kid" before a single capitalised word is part of a
    stage name, not a description ("daughter Mia" is written in lower case inside a sentence)."""
    return len(words) == 2 and words[0] == "Kid"


def _plural_descriptor(word: str) -> bool:
    """ "Singers Ana Ruiz and Tom Reed": a plural role noun at a sentence's start, capitalised."""
    low = word.lower()
    return low.endswith("s") and low[:-1] in lx.DESCRIPTOR_NOUNS


def _with_quoted_nickname(span: Span) -> Span:
    """'Tom "Hammer" Vale', NER tagging 'Tom "Hammer': the name runs on over the quoted nickname to the
    capitalised surname after it (``clean_name`` drops the nickname); with no surname there, the name is
    the words before the quote."""
    doc = span.doc
    k = next((t.i for t in span[1:] if t.text in OPENING_DOUBLE_QUOTES), None)
    if k is None:
        return span
    close = next(
        (j for j in range(k + 2, min(k + 6, len(doc))) if doc[j].text in CLOSING_DOUBLE_QUOTES), None
    )
    end = close + 1 if close is not None else k
    if span.end > end:
        return span  # NER took the surname after the nickname too
    start_surname = end
    while end < len(doc) and end - start_surname < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return doc[span.start : end] if end > start_surname else doc[span.start : k]


def _trim(span: Span) -> Span:
    """Drop determiners, honorifics, possessive markers and punctuation at the edges of a span.
    A capitalised "The" inside a sentence is part of a stage name ("The Weeknd") and stays. A dash
    with spaces around it ends a name when it is a long dash or opens an aside ("Mia - Lee's
    daughter - ..."); a spaced hyphen may join a double surname in pre-tokenised text ("Ana Ruiz -
    Lee")."""
    start, end = span.start, span.end
    doc = span.doc
    for k in range(start + 1, end):
        aside = end < len(doc) and doc[end].tag_ == "POS"
        if doc[k].text in {"–", "—"} or (doc[k].text == "-" and doc[k - 1].whitespace_ and aside):
            end = k
            break
    if (
        end - start >= 2
        and doc[start].text == "The"
        and (not doc[start].is_sent_start or end - start == 2)  # "The Weeknd said …" opens a sentence too
        and span.label_ == "PERSON"
    ):
        return doc[start:end]
    if end - start >= 2 and _sentence_opener(doc[start]):
        start += 1  # "Watch Andy and Jackie …": a capitalised opener, not a first name
    while start < end and (
        doc[start].lower_ in lx.HONORIFICS
        or doc[start].is_punct
        or doc[start].lower_ in LEADING_NOT_NAME
        or (ABBREV_RE.match(doc[start].text) and end - start >= 3)  # "C.O.O. Ana Ruiz", not "O.J. Ruiz"
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in {"'s", "’s"}
    ):
        end -= 1
    return _unglued(doc, start, end)


def _glued_verb(tok: Token, given_names: bool = True) -> bool:
    """A capitalised auxiliary or headline verb ("Is", "Might", "Sues", "Reports") inside a name run."""
    low = tok.lower_
    if not tok.text[:1].isupper() or (not given_names and low in lx.GIVEN_NAME_AUXILIARIES):
        return False
    return low in lx.GLUED_AUXILIARIES or _third_person(low, lx.HEADLINE_VERBS)


def _third_person(low: str, verbs: frozenset[str]) -> bool:
    """ "sues", "reports", "pushes": one of ``verbs`` with the -s or -es of the third person."""
    return low.endswith("s") and (low[:-1] in verbs or low[:-2] in verbs)


def _unglued(doc: Doc, start: int, end: int) -> Span:
    """ "Are Lena Moss", "Lena Moss Is", "Tom Vale Sues Vale": the name without the verb NER glued to it
    in a title-cased line; a name of two words or less is left alone."""
    if end - start < 3:
        return doc[start:end]
    if _glued_verb(doc[start], given_names=False):
        start += 1
    cut = next((k for k in range(start + 1, end) if _glued_verb(doc[k], given_names=k < end - 1)), None)
    return doc[start:cut] if cut is not None else doc[start:end]


def _looks_like_name(span: Span) -> bool:
    words = [t.text for t in span if not t.is_punct]
    if not words or len(words) > 5:
        return False
    particle = len(words) - 2  # "Ana de Souza": a lower-case particle before the family name
    if not all(
        NAME_TOKEN_RE.match(POSSESSIVE_RE.sub("", w) or "x") or (0 < k == particle and w in lx.NAME_PARTICLES)
        for k, w in enumerate(words)
    ):
        return False
    text = clean_name(span.text)
    if len(text.replace(".", "")) < 2 or text.lower() in lx.NOT_PERSON_WORDS | lx.DESCRIPTOR_NOUNS:
        return False  # "Instagram", "President and C.O.O. Ana Ruiz"
    if any(w.lower() in lx.ORG_HEAD_NOUNS for w in words[1:]) or any(
        w.lower() in lx.PLATFORM_WORDS | lx.AGENCY_WORDS for w in words
    ):
        return False  # "Tom Reed Medical Center", "Glimmer Online", "Instagram Live": no person's name
    if len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "the" and text.endswith("s"):
        return False  # "the Kardashians": a family
    return not any(w.lower() in lx.NOT_PERSON_WORDS for w in text.split()) or len(words) > 1


def _award_or_title_slot(span: Span) -> bool:
    """ "Oscar-winning", "the film X", "the sequel to X", "X-directed": not a person's mention."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in {"-", "–"} and span.end + 1 < len(doc):
        after = doc[span.end + 1].lower_
        if after.endswith(("winning", "nominated", "winner")):
            return True
    if (
        nxt is not None
        and span.end + 1 < len(doc)
        and doc[span.end + 1].pos_ == "PROPN"
        and (nxt.lower_ in lx.ROLE_NOUNS or nxt.lower_ in lx.DESCRIPTOR_NOUNS)
    ):
        return True  # "Ohio Hawks player X", "Harbor Kings star X": a team or title, then the person
    if _title_before_role(span):
        return True
    if span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].text in lx.GROUP_NOUNS:
        return True  # "the band X", "Manchester band X": a band's name
    words = [doc[i].lower_ for i in range(max(0, span.start - 2), span.start)]
    if words and words[-1] in lx.WORK_NOUNS and doc[span.start - 1].pos_ == "NOUN":
        return True  # "the film X", "her album X"
    if _conjunct_of_title(span):
        return True
    return len(words) == 2 and words[-1] in {"to", "of"} and words[0] in {"sequel", "prequel", "remake"}


def _conjunct_of_title(span: Span) -> bool:
    """ "the movie Mr and Mrs Lund": a name coordinated with the first word of a title after a work noun
    is part of the title, unless a verb follows it ("her album X and Tom Reed promotes …": a new clause's
    subject)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX"):
        return False
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is span.root:
        return False
    i = first.left_edge.i
    return i > 0 and span.doc[i - 1].lower_ in lx.WORK_NOUNS and span.doc[i - 1].pos_ == "NOUN"


def _title_before_role(span: Span) -> bool:
    """ "The Wolf of Wall Street star smiled": capitalised words that run on through a title's small
    words ("of", "the"), closed by a lower-case role noun, name a work; the role noun is the person."""
    doc = span.doc
    j, small = span.end, False
    while j < len(doc) and j - span.end < 6:
        tok = doc[j]
        if tok.lower_ in lx.TITLE_SMALL_WORDS and tok.is_lower and j + 1 < len(doc) and doc[j + 1].is_title:
            small = True
        elif not (tok.pos_ == "PROPN" and tok.is_title):
            break
        j += 1
    if j >= len(doc) or not doc[j].is_lower:
        return False
    return small and (doc[j].lower_ in lx.DESCRIPTOR_NOUNS or doc[j].lower_ in lx.ROLE_NOUNS)


KIN_WORDS = frozenset(
    {
        *lx.CHILD_NOUNS,
        *lx.SPOUSE_NOUNS,
        *lx.PARENT_NOUNS,
        *lx.PARTNER_NOUNS,
        *lx.EX_SPOUSE_NOUNS,
        *lx.EX_PARTNER_NOUNS,
        *lx.FIANCE_NOUNS,
        "sons",
        "daughters",
        "brother",
        "sister",
        "named",
    }
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
    are turned away before this is asked (``_person_slot``)."""
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


def _person_slot(
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
    sure = {(a, e + 1) for a, n in sure_starts.items() for e, m in sure_ends.items() if n == m}
    return slots.in_people_list(doc, span, sure, sure_names)


def in_ordinary_case(span: Span) -> bool:
    """Not after "the" and not in a headline-style sentence: where a list's capitals can say "a name"."""
    return not (_after_article(span) or _title_cased(span.sent))


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
    return bool(full) and not _title_cased(span.sent)


def _followed_by_pronoun(subj: Token) -> bool:
    """A personal pronoun (not "it"/"they") later in the speaker's sentence: outlets "say" too, but
    are not "he" or "she"."""
    return any(
        t.lower_ in lx.FEMALE_PRONOUNS or t.lower_ in lx.MALE_PRONOUNS for t in subj.sent if t.i > subj.i
    )


def _sentence_opener(tok: Token) -> bool:
    """A link word or adverb that opens a sentence, capitalised only for that ("Next", "Watch")."""
    return tok.is_sent_start and tok.lower_ in lx.SENTENCE_OPENERS


def _propn_run(doc: Doc, start: int) -> Span:
    if _sentence_opener(doc[start]):
        start += 1  # "Next Justin kind of snapped": the name starts after the opener
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and NAME_TOKEN_RE.match(doc[end].text):
        end += 1
    return _extend_hyphen(doc[start:end])


def _split_coordinated(span: Span) -> list[Span]:
    """ "William & Harry", "the Tom Reed/Ana Ruiz romance", "According to Gazette, Reed" → two names."""
    doc = span.doc
    parts: list[Span] = []
    start = span.start
    for t in span:
        if t.lower_ in {"&", "and", "/", ","}:
            if t.i > start:
                parts.append(doc[start : t.i])
            start = t.i + 1
    if start < span.end:
        parts.append(doc[start : span.end])
    return parts


def _extend_hyphen(span: Span) -> Span:
    """ "Jay" + "-Z" written together → "Jay-Z"."""
    doc = span.doc
    end = span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in {"-", "–"}
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
    ):
        end += 2
    return doc[span.start : end]


def candidates(doc: Doc, headline_end: int = 0) -> tuple[list[Span], list[Span]]:
    """(sure name spans, maybe-name spans to accept only if they match a known name).

    Names only seen in a title-cased headline are "maybe": headline capitals fool NER."""
    sure: list[Span] = []
    maybe: list[Span] = []
    heads = _title_lines(doc, headline_end)

    def in_head(span: Span) -> bool:
        """The headline, or a title-cased line in the body ("MORE: X Y Busts Out With Z")."""
        return span.start_char < headline_end or any(a <= span.start_char < b for a, b in heads)

    captions, caption_names = _caption_lines(doc)
    maybe.extend(caption_names)
    for ent in doc.ents:
        if any(a <= ent.start < b for a, b in captions):
            continue
        whole = _with_quoted_nickname(ent) if ent.label_ == "PERSON" else ent
        for part in _split_coordinated(_trim(whole)):
            span = _extend_hyphen(_trim(part))
            if not len(span) or not _looks_like_name(span):
                continue
            if ent.label_ == "PERSON":
                span = _with_stage_letter(_with_stage_article(_with_surname(_with_first_name(span))))
                if in_head(span):
                    maybe.append(span)
                elif not _award_or_title_slot(span) and not (
                    len(span) == 1 and span[0].pos_ not in ("PROPN", "NOUN")
                ):
                    sure.append(span)
            elif ent.label_ in CANDIDATE_LABELS:
                maybe.append(span)
    for _ in range(3):  # a promoted name can make its neighbour a name: "daughters X and Y"
        known = sure + _surname_mentions(sure, maybe)
        starts = {s.start: n for n, s in enumerate(known)}
        ends = {s.end - 1: n for n, s in enumerate(known)}
        names = frozenset(s.text.lower() for s in known)
        promoted = [
            s
            for s in maybe
            if len(s) <= 3
            and not in_head(s)
            and _person_slot(doc, s, starts, ends, names)
            and not _award_or_title_slot(s)
        ]
        if not promoted:
            break
        for s in promoted:
            maybe.remove(s)
            sure.append(_with_stage_article(s))
    # "Brad Pitt Says …" in the headline, "Pitt" or "Brad Pitt" in the body: keep the longest head
    # of the headline name that ends on a word the body uses for a person.
    body_names = {clean_name(s.text).lower() for s in sure}
    body_words = {w for n in body_names for w in n.split()}
    surnames = {n.split()[-1] for n in body_names if " " in n}
    # people the body calls by one word, not the surname of a full name it gives ("Torvik" of
    # "Ana Torvik": the headline's "Torvik Leave" is no first-and-last name)
    body_first = {n for n in body_names if " " not in n and n not in surnames}
    for s in list(maybe):
        if not in_head(s) or s[0].ent_type_ != "PERSON":
            continue
        maybe.remove(s)
        exact = _body_name_inside(s, body_names)
        if exact is not None:  # "Heartbroken X Y Runs …": the body's own full name inside it
            sure.append(exact)
            continue
        for k in range(len(s), 1, -1):
            words = clean_name(s[:k].text).lower().split()
            if len(words) >= 2 and (
                " ".join(words) in body_names
                or (words[-1] in body_words and (words[0] in body_words or lx.is_first_name(words[0])))
            ):  # not "Inside Beyoncé's Baby Shower": a headline word before a one-word name
                sure.append(s[:k])
                break
        else:  # "Kanye West -- …" in the headline, only "Kanye" in the body: the headline has the full name
            words = clean_name(s[:2].text).lower().split()
            if (
                len(s) >= 2
                and len(words) == 2
                and words[0] in body_first
                and s[1].pos_ == "PROPN"
                and not _headline_verb(words[1])
            ):
                sure.append(s[:2])
            elif (
                s.start_char >= headline_end
                and len(words) == 2 == len(clean_name(s.text).split())
                and _plain_link_name(s)
            ):
                sure.append(s)  # "MORE: Ana Ruiz and Tom Reed …": a plain two-word name in a link line
    covered = {i for s in sure + maybe for i in range(s.start, s.end)}
    for tok in doc:
        if tok.i not in covered and _kin_named_noun(tok):
            sure.append(doc[tok.i : tok.i + 1])
            continue
        if tok.i in covered or tok.pos_ != "PROPN" or not NAME_TOKEN_RE.match(tok.text):
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and (tok.i - 1) not in covered:
            continue  # only at the start of a run
        run = _propn_run(doc, tok.i)
        if not len(run) or any(i in covered for i in range(run.start, run.end)) or not _looks_like_name(run):
            continue
        if (
            len(run) <= 3
            and not in_head(run)
            and _person_slot(doc, run, starts, ends, names)
            and not _award_or_title_slot(run)
        ):
            sure.append(_with_stage_article(run))
        else:
            maybe.append(run)
    return sure, maybe


def _kin_named_noun(tok: Token) -> bool:
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


def _surname_mentions(sure: list[Span], maybe: list[Span]) -> list[Span]:
    """One-word maybe-names that are the last word of a sure full name ("West" after "Kanye West"): the
    person again, so a name coordinated with them is a person's too ("at Drake and West")."""
    last = {clean_name(s.text).split()[-1].lower() for s in sure if len(clean_name(s.text).split()) > 1}
    return [s for s in maybe if len(s) == 1 and clean_name(s.text).lower() in last]


def _title_lines(doc: Doc, headline_end: int) -> list[tuple[int, int]]:
    """Character ranges of title-cased lines after the headline: a link to another story ("MORE: X Y
    Busts Out With Z", "PHOTOS: …") or a subheading, where capitals say nothing about names. A line
    counts when it has four or more words (not a byline "By Ana Ruiz"), three of four letters or more
    ("Ana is mom to Leo and Mia." has two), and none of those in lower case."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text_of(doc).split("\n"):
        start, pos = pos, pos + len(line) + 1
        if start < headline_end:
            continue
        words = [w for w in line.split() if w[:1].isalpha()]
        long = [w for w in words if len(w.strip(".,:;!?\"'“”‘’")) > 3]
        if len(words) >= 4 and len(long) >= 3 and not any(w[:1].islower() for w in long):
            out.append((start, start + len(line)))
    return out


def _plain_link_name(span: Span) -> bool:
    """A two-word name in a title-cased line that is a name as it stands: not one glued to a verb
    before another name ("Ana Kicks Tom Reed Out": "Kicks" is a verb), not in a photo credit."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
        return False
    line_start = text_of(doc).rfind("\n", 0, span.start_char) + 1
    line_end = text_of(doc).find("\n", span.end_char)
    line = text_of(doc)[line_start : line_end if line_end >= 0 else len(text_of(doc))].lower()
    return not any(w.strip(";,./") in lx.CREDIT_WORDS for w in line.replace("/", " ").split())


def _headline_verb(word: str) -> bool:
    """ "Silence", "Shows", "Talks": a verb a title-cased headline puts after a first name."""
    return word in lx.HEADLINE_BASE_VERBS or _third_person(word, lx.HEADLINE_BASE_VERBS)


def _body_name_inside(span: Span, body_names: set[str]) -> Span | None:
    """The longest run of two or more words of a headline name that the body uses as a full name:
    headline capitals glue words before or after a name ("Heartbroken X Y", "X Y Busts Out")."""
    for size in range(len(span), 1, -1):
        for i in range(len(span) - size + 1):
            sub = span[i : i + size]
            words = clean_name(sub.text).lower().split()
            if len(words) >= 2 and " ".join(words) in body_names:
                return sub
    return None


def _caption_lines(doc: Doc) -> tuple[list[tuple[int, int]], list[Span]]:
    """Photo-caption lines: names side by side, closed by a credit ("Ana Ruiz Tom Reed Getty
    Images"). NER reads such a run as one or two odd names; the line is read as first-and-last-name
    pairs instead, each kept only if the article names that person elsewhere (a "maybe" name).
    Returns the lines' token ranges and those pairs."""
    lines: list[tuple[int, int]] = []
    names: list[Span] = []
    start = 0
    for t in doc:
        if "\n" not in t.text and t.i + 1 < len(doc):
            continue
        end = t.i if "\n" in t.text else t.i + 1
        words = [w for w in doc[start:end] if not w.is_space]
        start = t.i + 1
        if len(words) < 3 or words[-1].lower_ not in lx.CREDIT_WORDS:
            continue
        body = list(words)
        while body and body[-1].lower_ in lx.CREDIT_WORDS:
            body.pop()
        if not body or len(body) % 2 or not all(NAME_TOKEN_RE.match(w.text) for w in body):
            continue
        lines.append((words[0].i, words[-1].i + 1))
        names += [doc[body[k].i : body[k + 1].i + 1] for k in range(0, len(body), 2)]
    return lines, names


def _with_stage_article(span: Span) -> Span:
    """ "by The Weeknd": a capitalised "The" inside a sentence right before a one-word PERSON is part
    of a stage name."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return span
    prev = doc[span.start - 1]
    if prev.text == "The" and not prev.is_sent_start and not _title_cased(prev.sent):
        return doc[span.start - 1 : span.end]
    return span


def _with_first_name(span: Span) -> Span:
    """A one-word PERSON right after a capitalised word NER gave a one-word place or company label
    ("Margot/GPE Robbie/PERSON"): the two words are one name."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return span
    prev = doc[span.start - 1]
    if (
        prev.pos_ == "PROPN"
        and prev.whitespace_ == " "
        and NAME_TOKEN_RE.match(prev.text)
        and prev.lower_ not in lx.HONORIFICS
        and prev.lower_ not in lx.NOT_PERSON_WORDS
        and (_mistagged_first_name(prev) or _untagged_first_name(prev, span))
    ):
        return doc[span.start - 1 : span.end]
    return span


def _with_surname(span: Span) -> Span:
    """ "Johnny/PERSON Depp": a one-word PERSON that the parser makes a compound of the capitalised,
    untagged word right after it is that word's first name; the two words are one name."""
    doc = span.doc
    j = span.end
    if len(span) != 1 or j >= len(doc) or not span[0].whitespace_:
        return span
    nxt = doc[j]
    if (
        span[0].dep_ == "compound"
        and span[0].head == nxt
        and nxt.pos_ == "PROPN"
        and nxt.ent_type_ == ""
        and NAME_TOKEN_RE.match(nxt.text)
        and not nxt.lower_.endswith(("'d", "’d"))  # "Obama RSVP'd"
        and nxt.lower_ not in lx.ORG_HEAD_NOUNS | lx.NOT_PERSON_WORDS
    ):
        return doc[span.start : j + 1]
    return span


def _with_stage_letter(span: Span) -> Span:
    """ "Jay Z", "Cardi B", "Jessie J": a lone capital letter right after a one-word PERSON is part of
    the name (not "A"/"I", which open a clause, nor an initial "W." before a surname)."""
    doc = span.doc
    j = span.end
    if len(span) != 1 or j >= len(doc) or not span[-1].whitespace_:
        return span
    letter = doc[j]
    if not (len(letter.text) == 1 and letter.text.isupper() and letter.text not in {"A", "I"}):
        return span
    if (
        j + 2 < len(doc)
        and doc[j + 1].text == "."
        and doc[j + 2].text[:1].isupper()
        and not doc[j + 2].is_sent_start
    ):
        return span
    return doc[span.start : j + 1]


def _mistagged_first_name(prev: Token) -> bool:
    """A one-word place or company label on the word before a one-word PERSON ("Margot/GPE Robbie")."""
    return not prev.is_sent_start and prev.ent_type_ in ("GPE", "ORG", "NORP", "LOC") and prev.ent_iob_ == "B"


def _untagged_first_name(prev: Token, span: Span) -> bool:
    """ "Margot Robbie arrived", NER tagging only "Robbie": a lone capitalised word with no entity label,
    parsed as part of the name, is its first name (not a role, title or organisation word, not after
    another capitalised word). At a sentence's start the name must be the subject: "Poor Kim, …" opens
    with an adjective."""
    doc = span.doc
    low = prev.lower_
    return (
        prev.ent_iob_ == "O"
        and prev.is_alpha
        and prev.is_title
        and (not prev.is_sent_start or span.root.dep_ in ("nsubj", "nsubjpass"))  # seen on a dev article
        and low not in lx.NAME_TITLE_WORDS
        and prev.dep_ == "compound"
        and prev.head.i == span.start
        and (prev.i == 0 or (doc[prev.i - 1].pos_ != "PROPN" and doc[prev.i - 1].lower_ != "the"))
        and span[0].lower_ not in lx.WORK_NOUNS  # "the Purpose Tour", "the Prime Stud": no name
        and low not in lx.DESCRIPTOR_NOUNS
        and low not in lx.ROLE_NOUNS
        and low not in lx.ORG_HEAD_NOUNS
        and low not in lx.WORK_NOUNS
        and low not in KIN_WORDS
    )


def first_name_run(span: Span, one_word: set[str]) -> Span | None:
    """ "Anna" is named as a person and the body also writes "Anna Wintour" (NER missed it): the run
    of two or three name words that opens with a one-word person's name, up to an organisation or work
    head word ("Lena Moss Show") or a word that is no proper noun ("Lena Moss Instagrammed")."""
    end = span.start
    first = span.doc[end]
    if first.lower_ in one_word and first.is_title and not first.is_sent_start:
        end += 1  # "her wedding to Ivo Marsh": a known first name the tagger took for a verb after "to"
    while end < span.end and _name_word(span.doc[end]):
        end += 1
    run = span.doc[span.start : end]
    if not 2 <= len(run) <= 3 or run[0].lower_ not in one_word or _title_cased(run.sent):
        return None
    return run


def _title_cased(sent: Span) -> bool:
    """A headline-style sentence ("Dream Scenario? Mia Wants To Adopt"): no word of four letters or
    more in lower case, so capitals say nothing about names."""
    return not any(t.is_alpha and len(t) > 3 and t.is_lower for t in sent)


def _name_word(tok: Token) -> bool:
    low = tok.lower_
    return (
        tok.pos_ == "PROPN"
        and bool(NAME_TOKEN_RE.match(tok.text))
        and low not in lx.ORG_HEAD_NOUNS
        and low not in lx.WORK_NOUNS
        and low not in lx.NOT_PERSON_WORDS
    )


def surname_run(span: Span, one_word: set[str]) -> bool:
    """ "Megyn Kelly" tagged as a company, while the article calls a person "Kelly" alone: a two-word run
    of name words in a sentence of ordinary case, whose last word is that one-word person's name, is
    their full name."""
    words = clean_name(span.text).split()
    return (
        len(span) == 2
        and len(words) == 2
        and words[1].lower() in one_word
        and words[0].lower() not in one_word
        and all(_name_word(t) and t.is_title and t.ent_type_ != "DATE" for t in span)
        and span[0].lower_ not in lx.NAME_TITLE_WORDS
        and not _title_cased(span.sent)
    )


def titled_form(doc: Doc, span: Span, name: str) -> str | None:
    """ "Lady Gaga", "Sir Elton": a capitalised title the name's span was trimmed of, before a one-word
    name, is part of the way the text names the person; the titled form is kept as an alias."""
    if len(name.split()) != 1 or span.start == 0:
        return None
    prev = doc[span.start - 1]
    return f"{prev.text} {name}" if prev.text in STAGE_TITLES else None


STAGE_TITLES = frozenset({"Lady", "Sir", "Dame", "Lord"})
