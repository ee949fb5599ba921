"""The span of a name mention: cleaned of possessives, honorifics and quoted nicknames, trimmed
of determiners and verbs glued on in headlines, split at "and"/"&"/"/", joined over hyphens; and
whether a span looks like a name at all or stands in a work's or award's title."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx

POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")


LEADING_NOT_NAME = frozenset({"the", "those", "these", "this", "that", "both"})


ABBREV_RE = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:CEO|COO|CFO|CTO|MP|DJ|BFF)$")
# Abbreviations for a friend, never part of a name run ("her BFF Mia Vale"; "DJ Jazzy Jeff" is a name)
FRIEND_ABBREV_RE = re.compile(r"^(?:BFF|BF|GF)$")


NAME_TOKEN_RE = re.compile(r"^[A-ZÀ-Þ][\w'’.\-$!À-ÿ]*$")


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


def with_quoted_nickname(span: Span) -> Span:
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


def trim(span: Span) -> Span:
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
    return low in lx.GLUED_AUXILIARIES or third_person(low, lx.HEADLINE_VERBS)


def third_person(low: str, verbs: frozenset[str]) -> bool:
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


# Words of an office or a style that name nobody when they are all a span has ("First Lady")
OFFICE_WORDS = frozenset(
    {
        *lx.HONORIFICS,
        "first",
        "lady",
        "president",
        "vice",
        "prime",
        "minister",
        "queen",
        "king",
        "prince",
        "princess",
        "duke",
        "duchess",
        "mother",
        "pope",
        "secretary",
        "state",
        "general",
        "attorney",
        "chief",
        "justice",
        "senator",
        "governor",
        "mayor",
    }
)


def looks_like_name(span: Span) -> bool:
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
    office = [w.lower().rstrip(".") for w in words if w.lower() != "the"]
    if len(office) >= 2 and all(w in OFFICE_WORDS for w in office):
        return False  # "The First Lady", "Prime Minister", "Vice President": an office, nobody named
    return not any(w.lower() in lx.NOT_PERSON_WORDS for w in text.split()) or len(words) > 1


def award_or_title_slot(span: Span) -> bool:
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


def _sentence_opener(tok: Token) -> bool:
    """A link word or adverb that opens a sentence, capitalised only for that ("Next", "Watch")."""
    return tok.is_sent_start and tok.lower_ in lx.SENTENCE_OPENERS


def propn_run(doc: Doc, start: int) -> Span:
    if _sentence_opener(doc[start]):
        start += 1  # "Next Justin kind of snapped": the name starts after the opener
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and NAME_TOKEN_RE.match(doc[end].text):
        end += 1
    if end - start >= 2 and FRIEND_ABBREV_RE.match(doc[start].text):
        start += 1  # "her BFF Mia Vale" (not "DJ Jazzy Jeff": a stage name)
    return extend_hyphen(doc[start:end])


def split_coordinated(span: Span) -> list[Span]:
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


def extend_hyphen(span: Span) -> Span:
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
