"""Who is who inside one article: names, aliases, nicknames, possessives, pronouns, "the couple".

Input is a parsed spaCy ``Doc``; output is a ``Cast``: the article's people (fullest name, aliases,
gender from text cues, descriptors) and, for every token that refers to people, the people it refers
to. Extractors read facts off the syntax and ask the cast who a token means.

Rules, all general:
- a PERSON entity is a name unless it is an award ("Oscar-winning"), a single letter, or sits in a
  work-title slot ("the sequel to X", "the film X");
- an ORG/GPE/NORP entity or bare proper noun is a name when it equals a known person's name or alias,
  or when it fills a kinship slot ("daughter X", "12-year-old son X");
- a single name joins the one person whose first or last name it is (or whose first name it
  abbreviates: a nickname); among several, the most recently named one;
- pronouns and definite descriptions ("the actress", "the couple") refer to the most recent
  compatible person (gender) or pair (coordination "X and Y").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx

POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
LEADING_NOT_NAME = frozenset({"the", "those", "these", "this", "that", "both"})
ABBREV_RE = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:CEO|COO|CFO|CTO|MP|DJ)$")
NAME_TOKEN_RE = re.compile(r"^[A-ZÀ-Þ][\w'’.\-$!À-ÿ]*$")
RELATION_VERBS = frozenset(
    {"marry", "wed", "date", "divorce", "romance", "kiss", "engage", "split", "link", "bear", "adopt"}
)
CANDIDATE_LABELS = ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT")


@dataclass(slots=True)
class PersonRec:
    key: str
    name: str
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None
    descriptors: list[str] = field(default_factory=list)
    mentions: int = 0
    first_token: int = 0

    @property
    def tokens(self) -> list[str]:
        return name_words(self.name)


@dataclass(slots=True)
class Cast:
    people: dict[str, PersonRec]
    refs: dict[int, tuple[str, ...]]  # token index → the people it refers to
    name_spans: list[tuple[int, int, str]]  # (start token, end token, person key), in order

    def at(self, token: Token | int) -> tuple[str, ...]:
        i = token if isinstance(token, int) else token.i
        return self.refs.get(i, ())

    def in_span(self, start: int, end: int) -> list[str]:
        seen: list[str] = []
        for i in range(start, end):
            for key in self.refs.get(i, ()):
                if key not in seen:
                    seen.append(key)
        return seen


def name_words(name: str) -> list[str]:
    """The lower-case words of a name with accents dropped, to compare forms: "Beyoncé" = "Beyonce"."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare.lower().split()


def clean_name(text: str) -> str:
    """Strip possessives, quotes, honorifics and stray punctuation from a name mention."""
    text = text.strip().strip("\"“”‘’'()[],.;:")
    text = POSSESSIVE_RE.sub("", text).strip()
    words = [w for w in text.split() if w]
    while words and (words[0].lower().rstrip(".") + "." in lx.HONORIFICS or words[0] == "the"):
        words = words[1:]
    while len(words) > 1 and (
        words[0].lower() in lx.HONORIFICS | KIN_WORDS | lx.DESCRIPTOR_NOUNS or words[0][:1].islower()
    ):
        words = words[1:]
    return " ".join(words).strip(" -")


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
    return doc[start:end]


def _looks_like_name(span: Span) -> bool:
    words = [t.text for t in span if not t.is_punct]
    if not words or len(words) > 5:
        return False
    if not all(NAME_TOKEN_RE.match(POSSESSIVE_RE.sub("", w) or "x") for w in words):
        return False
    text = clean_name(span.text)
    if len(text.replace(".", "")) < 2 or text.lower() in lx.NOT_PERSON_WORDS | lx.DESCRIPTOR_NOUNS:
        return False  # "Instagram", "President and C.O.O. Ana Ruiz"
    if any(w.lower() in lx.ORG_HEAD_NOUNS for w in words[1:]) or any(
        w.lower() in lx.PLATFORM_WORDS for w in words
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
    words = [doc[i].lower_ for i in range(max(0, span.start - 2), span.start)]
    if words and words[-1] in lx.WORK_NOUNS and doc[span.start - 1].pos_ == "NOUN":
        return True  # "the film X", "her album X"
    return len(words) == 2 and words[-1] in {"to", "of"} and words[0] in {"sequel", "prequel", "remake"}


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


def _kin_slot(doc: Doc, start: int) -> bool:
    """Is the proper noun at ``start`` right after a kinship noun ("son X", "daughter, X", "named X")?"""
    j = start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return j >= 0 and doc[j].lower_ in KIN_WORDS


def _after_age(doc: Doc, start: int) -> bool:
    """ "the 12-year-old X", "eight-year-old X": an age adjective right before a name."""
    return (
        start >= 3
        and doc[start - 1].lower_ == "old"
        and doc[start - 2].text in {"-", "–"}
        and (doc[start - 3].lower_ in {"year", "years"})
    )


def _age_apposition(doc: Doc, end: int) -> bool:
    """ "X, 12," / "X, 46." : a name followed by an age is a person (journalistic convention)."""
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return False
    try:
        n = int(doc[end + 1].text)
    except ValueError:
        n = _WORD_NUM.get(doc[end + 1].lower_, -1)
    nxt = doc[end + 2] if end + 2 < len(doc) else None
    return 0 < n <= 110 and (nxt is None or nxt.text in {",", ".", ";", ")"} or nxt.lower_ == "and")


_WORD_NUM = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}


def _person_slot(doc: Doc, span: Span, sure_starts: dict[int, int], sure_ends: dict[int, int]) -> bool:
    """Syntax says person: kinship slot, age apposition, "X and <name>", object of "married"/"dated"."""
    if _kin_slot(doc, span.start) or _age_apposition(doc, span.end) or _after_age(doc, span.start):
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ in {"and", "&"} and (span.start - 2) in sure_ends:
        return True
    if span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "&"} and (span.end + 1) in sure_starts:
        return True
    if len(span) == 2 and (_described(doc, span.start) or _listed_with_names(span, sure_ends)):
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
        len(span) == 1
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in SPEECH_VERBS
        and _followed_by_pronoun(head)
    ):
        return True  # "Fergie said she …": a one-word speaker taken up by a personal pronoun
    if head.dep_ == "pobj" and head.head.lower_ in {"to", "with"}:
        head = head.head
    return head.head.lemma_.lower() in RELATION_VERBS and head.dep_ in ("dobj", "prep", "nsubj", "nsubjpass")


def _described(doc: Doc, start: int) -> bool:
    """ "reality star X", "the rapper X": a person noun in lower case right before the name."""
    return start > 0 and doc[start - 1].lower_ in lx.DESCRIPTOR_NOUNS and doc[start - 1].is_lower


def _listed_with_names(span: Span, sure_ends: dict[int, int]) -> bool:
    """ "A B, C D, E F and G H" with some of them sure full names: a first-and-last-name pair in the
    same list (coordinated with a sure full name's head) is a name too; not in a headline-style line."""
    root = span.root
    heads = [root.head] if root.dep_ == "conj" else []
    listed = heads + [c for c in root.children if c.dep_ == "conj"]
    full = [t for t in listed if t.i in sure_ends and t.i > 0 and span.doc[t.i - 1].pos_ == "PROPN"]
    return bool(full) and not _title_cased(span.sent)


SPEECH_VERBS = frozenset({"say", "tell", "reveal", "admit", "explain", "joke", "insist", "confess", "gush"})


def _followed_by_pronoun(subj: Token) -> bool:
    """A personal pronoun (not "it"/"they") later in the speaker's sentence: outlets "say" too, but
    are not "he" or "she"."""
    return any(
        t.lower_ in lx.FEMALE_PRONOUNS or t.lower_ in lx.MALE_PRONOUNS for t in subj.sent if t.i > subj.i
    )


def _propn_run(doc: Doc, start: int) -> Span:
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and NAME_TOKEN_RE.match(doc[end].text):
        end += 1
    return _extend_hyphen(doc[start:end])


def _split_coordinated(span: Span) -> list[Span]:
    """ "William & Harry", "the Tom Reed/Ana Ruiz romance" → two names."""
    doc = span.doc
    parts: list[Span] = []
    start = span.start
    for t in span:
        if t.lower_ in {"&", "and", "/"}:
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


def _candidates(doc: Doc, headline_end: int = 0) -> tuple[list[Span], list[Span]]:
    """(sure name spans, maybe-name spans to accept only if they match a known name).

    Names only seen in a title-cased headline are "maybe": headline capitals fool NER."""
    sure: list[Span] = []
    maybe: list[Span] = []
    for ent in doc.ents:
        for part in _split_coordinated(_trim(ent)):
            span = _extend_hyphen(_trim(part))
            if not len(span) or not _looks_like_name(span):
                continue
            if ent.label_ == "PERSON":
                span = _with_stage_article(_with_first_name(span))
                if span.start_char < headline_end:
                    maybe.append(span)
                elif not _award_or_title_slot(span) and not (
                    len(span) == 1 and span[0].pos_ not in ("PROPN", "NOUN")
                ):
                    sure.append(span)
            elif ent.label_ in CANDIDATE_LABELS:
                maybe.append(span)
    for _ in range(3):  # a promoted name can make its neighbour a name: "daughters X and Y"
        starts = {s.start: n for n, s in enumerate(sure)}
        ends = {s.end - 1: n for n, s in enumerate(sure)}
        promoted = [
            s
            for s in maybe
            if len(s) <= 3
            and s.start_char >= headline_end
            and _person_slot(doc, s, starts, ends)
            and not _award_or_title_slot(s)
        ]
        if not promoted:
            break
        for s in promoted:
            maybe.remove(s)
            sure.append(s)
    # "Brad Pitt Says …" in the headline, "Pitt" or "Brad Pitt" in the body: keep the longest head
    # of the headline name that ends on a word the body uses for a person.
    body_names = {clean_name(s.text).lower() for s in sure}
    body_words = {w for n in body_names for w in n.split()}
    body_first = {n for n in body_names if " " not in n}  # people the body calls by one word
    for s in list(maybe):
        if s.start_char >= headline_end or s[0].ent_type_ != "PERSON":
            continue
        maybe.remove(s)
        for k in range(len(s), 1, -1):
            words = clean_name(s[:k].text).lower().split()
            if len(words) >= 2 and (" ".join(words) in body_names or words[-1] in body_words):
                sure.append(s[:k])
                break
        else:  # "Kanye West -- …" in the headline, only "Kanye" in the body: the headline has the full name
            words = clean_name(s[:2].text).lower().split()
            if len(s) >= 2 and len(words) == 2 and words[0] in body_first and s[1].pos_ == "PROPN":
                sure.append(s[:2])
    covered = {i for s in sure + maybe for i in range(s.start, s.end)}
    for tok in doc:
        if tok.i in covered or tok.pos_ != "PROPN" or not NAME_TOKEN_RE.match(tok.text):
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and (tok.i - 1) not in covered:
            continue  # only at the start of a run
        run = _propn_run(doc, tok.i)
        if not len(run) or any(i in covered for i in range(run.start, run.end)) or not _looks_like_name(run):
            continue
        if (
            len(run) <= 3
            and run.start_char >= headline_end
            and _person_slot(doc, run, starts, ends)
            and not _award_or_title_slot(run)
        ):
            sure.append(run)
        else:
            maybe.append(run)
    return sure, maybe


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
        and not prev.is_sent_start
        and prev.ent_type_ in ("GPE", "ORG", "NORP", "LOC")
        and prev.ent_iob_ == "B"
        and prev.lower_ not in lx.HONORIFICS
        and prev.lower_ not in lx.NOT_PERSON_WORDS
    ):
        return doc[span.start - 1 : span.end]
    return span


def _nick_of(short: str, first: str) -> bool:
    return (
        len(short) >= 3 and first.startswith(short) and len(first) > len(short)
    ) or first in lx.NICKNAMES.get(short, ())


class _Clusterer:
    def __init__(self) -> None:
        self.people: dict[str, PersonRec] = {}
        self.last_seen: dict[str, int] = {}

    def add_full(self, name: str, at: int) -> str:
        words = name_words(name)
        for p in self.people.values():
            pw = p.tokens
            if pw == words:
                return p.key
            same_last = pw[-1] == words[-1]
            if same_last and len(pw) >= 2 and (_nick_of(words[0], pw[0]) or _nick_of(pw[0], words[0])):
                if _nick_of(pw[0], words[0]):  # the new form has the full first name
                    self._rename(p, name)
                else:
                    p.aliases.add(name)
                return p.key
            # "Kardashian West" is the end of "Kim Kardashian West": a double surname alone.
            if len(words) >= 2 and len(pw) > len(words) and pw[-len(words) :] == words:
                p.aliases.add(name)
                return p.key
            # "Kim Kardashian" ⊂ "Kim Kardashian West": the same first name and all of the shorter inside.
            if pw[0] == words[0] and (set(pw) <= set(words) or set(words) <= set(pw)):
                if len(words) > len(pw):
                    self._rename(p, name)
                else:
                    p.aliases.add(name)
                return p.key
        key = name.lower()
        self.people[key] = PersonRec(key=key, name=name, first_token=at)
        return key

    def _rename(self, p: PersonRec, name: str) -> None:
        p.aliases.add(p.name)
        p.name = name
        p.aliases.discard(name)

    def match_single(self, word: str, at: int) -> str | None:
        w = " ".join(name_words(word))
        cands = [
            p
            for p in self.people.values()
            if len(p.tokens) > 1 and (w in (p.tokens[0], p.tokens[-1]) or w in p.tokens[-1].split("-"))
        ]  # "Goldsmith" is "Elaine Goldsmith-Thomas"
        if not cands:
            cands = [p for p in self.people.values() if len(p.tokens) > 1 and _nick_of(w, p.tokens[0])]
        if not cands:
            single = [p for p in self.people.values() if p.tokens == [w]]
            if not single:  # "Bey" after "Beyoncé", both only ever named by one word
                single = [p for p in self.people.values() if len(p.tokens) == 1 and _nick_of(w, p.tokens[0])]
            return single[0].key if len(single) == 1 else None
        if len(cands) == 1:
            return cands[0].key
        # Several people share this name: the one named most recently before it, else the most named.
        before = [(self.last_seen.get(p.key, -1), p.key) for p in cands if self.last_seen.get(p.key, -1) < at]
        before = [b for b in before if b[0] >= 0]
        if before:
            return max(before)[1]
        return max(cands, key=lambda p: (p.mentions, -p.first_token)).key


RELATION_NOUNS_FOR_SUPPORT = frozenset(
    {
        "relationship",
        "romance",
        "marriage",
        "affair",
        "engagement",
        "divorce",
        "split",
        "fling",
        "married",
        "engaged",
    }
)
CHARACTER_VERBS = frozenset({"play", "portray", "voice", "reprise", "embody"})
CHARACTER_NOUNS = frozenset({"character", "role", "alter", "ego", "persona", "characters", "roles"})
AS_HEADS = frozenset({*lx.ROLE_VERBS, "cast", "appear", "return", "debut", "turn", "role", "star", "name"})


def _character_slot(span: Span) -> bool:
    """A fictional character, not a person: "played X", "starred as X", "his character X",
    "the role of X"; also after a description ("played NYPD detective X", "cast as teenage
    vampire X") and when coordinated with a character ("played X and Y")."""
    doc = span.doc
    root = span.root
    if root.dep_ == "conj" and root.head.i < span.start and root.head.pos_ == "PROPN":
        first = root.head.left_edge if root.head.left_edge.pos_ == "PROPN" else root.head
        return _character_slot(doc[first.i : root.head.i + 1])  # "played X and Y": Y is as X is
    start = span.start
    while start > 0 and span.start - start <= 4:
        if _character_cue(doc, start - 1):
            return True
        if not _describes(doc[start - 1]):
            break
        start -= 1
    return False


def _person_in_brackets(span: Span) -> bool:
    """ "X (Actor Name)": X is a character, unless it is the actor and the character is in brackets
    ("Ana Ruiz (Bella Moon)"); only a one-word X ("Rey (Pattinson)") is surely the character."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].ent_type_ == "PERSON"


def _runs_into_organisation(doc: Doc, i: int) -> bool:
    """The capitalised words from token ``i`` on end in an organisation's head word: the name before
    them is part of that organisation's name ("X Medical Center", "X Online", "X Magazine")."""
    for j in range(i, min(i + 4, len(doc))):
        if doc[j].lower_ in lx.ORG_HEAD_NOUNS and doc[j].text[:1].isupper():
            return True
        if not doc[j].text[:1].isupper() or doc[j].is_punct:
            return False
    return False


def _names_a_thing(doc: Doc, span: Span) -> bool:
    """ "her Neil Lane engagement ring", "Christian Louboutin boots": a full name that modifies a
    common noun right after it may name a brand or product (a person never named otherwise is one)."""
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        len(span) > 1
        and nxt is not None
        and span.root.dep_ == "compound"
        and nxt.pos_ == "NOUN"
        and nxt.is_lower
        and span.root.head.i >= span.end
    )


def _quoted_title(doc: Doc, span: Span) -> bool:
    """ "the 'Kissed by a Rose' singer", "'Kenry' make it official": a name in
    a short quotation with no punctuation of speech (",", ".", "!", "?") is a title or a nickname."""
    first = next((i for i in range(span.start - 1, max(span.start - 3, -1), -1) if _quote(doc[i])), None)
    last = next((i for i in range(span.end, min(span.end + 6, len(doc))) if _quote(doc[i])), None)
    if first is None or last is None:
        return False
    inside = doc[first + 1 : last]
    return not any(t.is_punct and not _quote(t) and t.text not in {"-", "–", "’", "'"} for t in inside)


def _quote(tok: Token) -> bool:
    return tok.text in lx.QUOTE_MARKS and tok.tag_ != "POS"


def _organisation_words(doc: Doc) -> set[str]:
    """Words the article uses to open an organisation's name ("Radar" in "Radar Online"): a person
    known by that one word alone is the organisation."""
    return {
        t.lower_
        for t in doc
        if t.pos_ == "PROPN" and NAME_TOKEN_RE.match(t.text) and _runs_into_organisation(doc, t.i + 1)
    }


def _character_cue(doc: Doc, i: int) -> bool:
    """ "played", "his character", "the role of", "starred as" at token ``i``, before a character's name."""
    prev = doc[i]
    if (prev.lemma_.lower() in CHARACTER_VERBS and prev.pos_ == "VERB") or prev.lower_ in CHARACTER_NOUNS:
        return True
    if prev.lower_ == "of" and i > 0 and doc[i - 1].lower_ in CHARACTER_NOUNS:
        return True
    as_head = prev.head  # "starred as X", not "as X returned" (a clause)
    return (
        prev.lower_ == "as"
        and prev.dep_ != "mark"
        and (as_head.lemma_.lower() in AS_HEADS or as_head.lower_ in CHARACTER_NOUNS)
    )


def _describes(tok: Token) -> bool:
    """A word of a description before a name: "teenage", "vampire", "heart-throb", "NYPD", "N.Y.P.D."."""
    return (
        tok.pos_ == "ADJ"
        or (tok.pos_ == "NOUN" and tok.is_lower)
        or bool(ABBREV_RE.match(tok.text))
        or (tok.is_upper and tok.is_alpha and len(tok) <= 5)
        or (tok.text == "-" and not tok.whitespace_)
    )


def _supported(doc: Doc, s: Span) -> bool:
    """Evidence that a lone capitalised word names a person: it acts (subject of a verb), owns
    ("X's"), is described ("rapper X", "X, 36,"), or fills a kinship or coordination slot."""
    root = s.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return True
    if s.end < len(doc) and doc[s.end].tag_ == "POS":
        return True
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in {"with", "to", "from"}
        and (
            root.head.head.lower_ in RELATION_NOUNS_FOR_SUPPORT
            or root.head.head.lemma_.lower() in RELATION_VERBS
        )
    ):
        return True  # "his relationship with X", "married to X"
    prev = doc[s.start - 1] if s.start > 0 else None
    if prev is not None and (
        prev.lower_ in lx.DESCRIPTOR_NOUNS or prev.lower_ in lx.ROLE_NOUNS or prev.lower_ in lx.HONORIFICS
    ):
        return True
    return (
        _kin_slot(doc, s.start)
        or _age_apposition(doc, s.end)
        or _after_age(doc, s.start)
        or (
            s.end + 1 < len(doc)
            and doc[s.end].lower_ in {"and", "&"}
            and doc[s.end + 1].ent_type_ == "PERSON"
        )
        or (
            s.start > 1 and doc[s.start - 1].lower_ in {"and", "&"} and doc[s.start - 2].ent_type_ == "PERSON"
        )
    )


def _with_support(
    doc: Doc, spans: list[tuple[Span, str]], people: dict[str, PersonRec], weak: set[str]
) -> list[tuple[Span, str]]:
    """Drop people known by one word only ("Vogue", "Exclusively", "Botox", "The Flash"), or whose fuller name
    only a one-word name vouches for (``weak``), unless some mention of them shows person evidence."""
    supported: set[str] = set()
    for s, key in spans:
        words = people[key].tokens
        if (len(words) > 1 and words[0] != "the" and key not in weak) or _supported(doc, s):
            supported.add(key)
    return [(s, key) for s, key in spans if key in supported]


def _descriptor_for(doc: Doc, span: Span) -> list[str]:
    """Nouns that describe the person right at the name: "choreographer X", "X, an Oscar-winning actress"."""
    out: list[str] = []
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in lx.DESCRIPTOR_NOUNS or doc[i].lower_ in {"and", "-"}):
        if doc[i].lower_ in lx.DESCRIPTOR_NOUNS:
            out.append(doc[i].lower_)
        i -= 1
    j = span.end
    if j + 2 < len(doc) and doc[j].text == ",":
        for k in range(j + 1, min(j + 6, len(doc))):
            if doc[k].text in {",", "."}:
                break
            if doc[k].lower_ in lx.DESCRIPTOR_NOUNS and doc[k].pos_ == "NOUN":
                first = j + 1
                while first < k and doc[first].pos_ in ("DET", "PUNCT"):
                    first += 1
                out.append(doc[first : k + 1].text)
                break
    return out


def _gender_from_words(words: list[str]) -> str | None:
    f = sum(1 for w in words if w.split()[-1] in lx.FEMALE_NOUNS)
    m = sum(1 for w in words if w.split()[-1] in lx.MALE_NOUNS)
    if f > m:
        return "female"
    if m > f:
        return "male"
    return None


def resolve_people(doc: Doc, headline_end: int = 0) -> Cast:
    """Build the article's cast and the token → people map (``headline_end``: chars of a headline)."""
    sure, maybe = _candidates(doc, headline_end)
    cl = _Clusterer()
    spans: list[tuple[Span, str]] = []
    multi = sorted((s for s in sure if len(clean_name(s.text).split()) > 1), key=lambda s: s.start)
    for s in multi:
        key = cl.add_full(clean_name(s.text), s.start)
        spans.append((s, key))
    singles = sorted([s for s in sure if len(clean_name(s.text).split()) == 1] + maybe, key=lambda s: s.start)
    sure_ids = {id(s) for s in sure}
    one_word = {clean_name(s.text).lower() for s in sure if len(clean_name(s.text).split()) == 1}
    extended: set[str] = set()  # full names known only from a one-word name's run: need person evidence
    for s in singles:
        name = clean_name(s.text)
        words = name.split()
        if len(words) > 1:
            low = name_words(name)
            # the whole name of someone known, else the tail of exactly one known name
            # ("Kardashian West" tagged as a place, after "Kim Kardashian West")
            exact = [p.key for p in cl.people.values() if p.tokens == low]
            tails = [
                p.key for p in cl.people.values() if len(p.tokens) > len(low) and p.tokens[-len(low) :] == low
            ]
            key = exact[-1] if exact else (tails[0] if len(tails) == 1 else None)
            head = _first_name_run(s, one_word) if key is None and s.start_char >= headline_end else None
            if head is not None and cl.match_single(head[0].text, s.start) is None:
                s, name = head, clean_name(head.text)
                key = cl.add_full(name, s.start)
                extended.add(key)
            if key is None:
                continue  # a multi-word maybe-name that is nobody known (a company, a place)
        else:
            key = _match_in_order(cl, spans, name, s.start)
            sibling = _shared_surname(doc, s, multi) if key is None and id(s) in sure_ids else None
            if sibling:  # "Kendall and Kylie Jenner": Kendall Jenner
                name = f"{name} {sibling}"
                key = cl.add_full(name, s.start)
                spans.append((s, key))
                continue
            if key is None:
                if id(s) not in sure_ids:
                    continue
                key = cl.add_full(name, s.start)
        spans.append((s, key))
        if name != cl.people[key].name:
            cl.people[key].aliases.add(name)
    spans.sort(key=lambda x: x[0].start)
    characters = {key for s, key in spans if _character_slot(s) or (len(s) == 1 and _person_in_brackets(s))}
    outlets = _organisation_words(doc)
    things = {key for _, key in spans} - {key for s, key in spans if not _names_a_thing(doc, s)}
    spans = [
        (s, key)
        for s, key in spans
        if key not in characters
        and not _person_in_brackets(s)
        and key not in outlets
        and not _runs_into_organisation(doc, s.end)
        and key not in things
        and not _quoted_title(doc, s)
    ]
    spans = _with_support(doc, spans, cl.people, extended)
    for s, key in spans:
        p = cl.people[key]
        p.mentions += 1
        p.descriptors.extend(d for d in _descriptor_for(doc, s) if d not in p.descriptors)
    refs: dict[int, tuple[str, ...]] = {}
    for s, key in spans:
        for i in range(s.start, s.end):
            refs[i] = (key,)
    _assign_gender(doc, cl.people, spans)
    _resolve_references(doc, cl.people, spans, refs)
    people = {k: p for k, p in cl.people.items() if p.mentions > 0}
    name_spans = [(s.start, s.end, key) for s, key in spans]
    return Cast(people=people, refs=refs, name_spans=name_spans)


def _first_name_run(span: Span, one_word: set[str]) -> Span | None:
    """ "Anna" is named as a person and the body also writes "Anna Wintour" (NER missed it): the run
    of two or three name words that opens with a one-word person's name, up to an organisation or work
    head word ("Lena Moss Show") or a word that is no proper noun ("Lena Moss Instagrammed")."""
    end = span.start
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


def _shared_surname(doc: Doc, s: Span, multi: list[Span]) -> str | None:
    """ "A and B Surname" — one first name coordinated with a full name shares its surname."""
    if len(s) != 1 or s.end + 2 >= len(doc) or doc[s.end].lower_ not in {"and", "&"}:
        return None
    nxt = next((m for m in multi if m.start == s.end + 1), None)
    if nxt is None:
        return None
    words = clean_name(nxt.text).split()
    return words[-1] if len(words) == 2 and words[0] != "The" else None


def _match_in_order(cl: _Clusterer, spans: list[tuple[Span, str]], name: str, at: int) -> str | None:
    for s, key in spans:
        if s.start < at:
            cl.last_seen[key] = max(cl.last_seen.get(key, -1), s.start)
    return cl.match_single(name, at)


SKIP_BACK = frozenset(
    {
        ",",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "former",
        "then",
        "late",
        "now",
        "new",
        "longtime",
        "and",
        "-",
    }
)


def _gendered_noun_near(doc: Doc, span: Span) -> str | None:
    """ "her husband, rapper X" / "X, his wife," → the kinship or role noun beside the name."""
    j = span.start - 1
    steps = 0
    while j >= 0 and steps < 6:
        t = doc[j]
        low = t.lower_
        if low in lx.FEMALE_NOUNS:
            return "female"
        if low in lx.MALE_NOUNS:
            return "male"
        if not (low in SKIP_BACK or low in lx.DESCRIPTOR_NOUNS or t.pos_ == "ADJ" or t.tag_ == "POS"):
            break
        j -= 1
        steps += 1
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        for k in range(j + 1, min(j + 6, len(doc))):
            low = doc[k].lower_
            if low in lx.FEMALE_NOUNS:
                return "female"
            if low in lx.MALE_NOUNS:
                return "male"
            if doc[k].text in {",", ".", ";"} or doc[k].pos_ == "VERB":
                break
    return None


def _subject_name(sent: Span, spans_in: list[tuple[Span, str]]) -> str | None:
    """The one person named as a subject of the sentence, if exactly one is."""
    subj = {key for s, key in spans_in if s.root.dep_ in ("nsubj", "nsubjpass") and s.root.head == sent.root}
    return subj.pop() if len(subj) == 1 else None


def _assign_gender(doc: Doc, people: dict[str, PersonRec], spans: list[tuple[Span, str]]) -> None:
    """Gender from text cues: kinship/role nouns at the name, descriptors, and the pronoun that takes up
    a named subject (same sentence, or the next sentence's subject)."""
    votes: dict[str, Counter[str]] = {k: Counter() for k in people}
    for s, key in spans:
        g = _gendered_noun_near(doc, s)
        if g:
            votes[key][g] += 2
    for key, p in people.items():
        g = _gender_from_words(p.descriptors)
        if g:
            votes[key][g] += 2
    by_sent: dict[int, list[tuple[Span, str]]] = {}
    for s, key in spans:
        by_sent.setdefault(s.sent.start, []).append((s, key))
    prev_subject: str | None = None
    quoted = _quoted_sentences(doc)
    for sent in doc.sents:
        here = by_sent.get(sent.start, [])
        if sent.start in quoted:  # "'He told me about it,' she said": pronouns in a quote are the speaker's
            prev_subject = None
            continue
        subj = _subject_name(sent, here)
        first_pron = next(
            (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in {"he", "she"}), None
        )
        if prev_subject and first_pron is not None and (not here or here[0][0].start > first_pron.i):
            votes[prev_subject]["female" if first_pron.lower_ == "she" else "male"] += 1
        if subj:
            named_at = min(s.end for s, k in here if k == subj)
            alone = len({k for _, k in here}) == 1
            verbs = {s.root.head.i for s, k in here if k == subj and s.root.dep_ in ("nsubj", "nsubjpass")}
            for t in sent:
                if t.i <= named_at or t.lower_ not in {"he", "she", "his", "her"}:
                    continue
                if (alone and t.dep_ in ("nsubj", "nsubjpass", "poss")) or (
                    # "X denies she …": the subject of X's reported clause, whoever else is named
                    t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i in verbs
                ):
                    votes[subj]["female" if t.lower_ in lx.FEMALE_PRONOUNS else "male"] += 1
                    break
        prev_subject = subj if here else (prev_subject if first_pron is not None else None)
    for key, c in votes.items():
        if c:
            (g, n), *rest = c.most_common()
            if not rest or n >= 2 * rest[0][1]:
                people[key].gender = g


def _quoted_sentences(doc: Doc) -> set[int]:
    """Start tokens of sentences that open with a quotation mark or sit inside an open quotation
    (a quotation closes at a paragraph break at the latest)."""
    out: set[int] = set()
    inside = False
    for sent in doc.sents:
        if inside or sent[0].text in lx.QUOTE_MARKS:
            out.add(sent.start)
        for t in sent:
            if t.text in lx.QUOTE_MARKS and t.is_punct and t.tag_ != "POS":
                inside = not inside
            elif "\n\n" in t.text_with_ws or (t.is_space and "\n" in t.text):
                inside = False
    return out


def _resolve_references(
    doc: Doc, people: dict[str, PersonRec], spans: list[tuple[Span, str]], refs: dict[int, tuple[str, ...]]
) -> None:
    """Pronouns, "the actress", "the couple" → the nearest compatible person earlier in the same
    sentence, else the most recent one of that gender; plural ones → the current couple."""
    starts = {s.start: (s, key) for s, key in spans}
    recent: list[tuple[str, int, bool]] = []  # (person, sentence number, was a subject), most recent last
    pair: tuple[str, ...] = ()
    pair_sent = -99
    sent_no = 0
    sent_of: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        for t in sent:
            sent_of[t.i] = n

    history: list[tuple[str, int, float]] = []  # every mention and its weight, in order

    def seen(key: str, tok: Token) -> None:
        for item in [r for r in recent if r[0] == key]:
            recent.remove(item)
        recent.append((key, sent_no, tok.dep_ in ("nsubj", "nsubjpass")))

    i = 0
    while i < len(doc):
        tok = doc[i]
        sent_no = sent_of.get(i, sent_no)
        if i in starts:
            s, key = starts[i]
            seen(key, s.root)
            history.append((key, sent_no, 2.0 if s.root.dep_ in ("nsubj", "nsubjpass") else 1.0))
            other = _coordinated_person(doc, s, starts)
            if other and other != key:
                pair = tuple(sorted((key, other)))
                pair_sent = sent_no
            i = s.end
            continue
        low = tok.lower_
        target: tuple[str, ...] = ()
        if low in lx.FEMALE_PRONOUNS or low in lx.MALE_PRONOUNS:
            want = "female" if low in lx.FEMALE_PRONOUNS else "male"
            target = _pick(recent, people, want, sent_no, _excluded(tok, refs))
        elif low in lx.PLURAL_PRONOUNS and pair and sent_no - pair_sent <= 3:
            target = pair
        elif low in lx.COUPLE_NOUNS and pair and _definite(tok):
            target = pair
            pair_sent = sent_no
        elif (low in lx.DESCRIPTOR_NOUNS or _parent_of_many(tok)) and _definite(tok) and tok.pos_ == "NOUN":
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ != "PROPN":
                if any(c.dep_ == "conj" and c.lower_ in lx.DESCRIPTOR_NOUNS for c in tok.children):
                    pass  # "the Paper Sky singer and actor": two people, which one is which is unsaid
                elif _epithet(tok):
                    target = _salient(
                        history, people, low, sent_no, _named_in_sentence(tok.sent, starts, refs)
                    )
                else:
                    target = _by_descriptor(recent, people, low, sent_no)
                    if not target:
                        here = _named_in_sentence(tok.sent, starts, refs)
                        target = _latest_subject(recent, people, low, sent_no, here) or _salient(
                            history, people, low, sent_no, here
                        )
        if target:
            refs[i] = target
            if len(target) == 1:
                seen(target[0], tok)
                history.append((target[0], sent_no, 0.5))  # a pronoun counts, less than a name
        i += 1


def _definite(tok: Token) -> bool:
    if _epithet(tok) and (tok.left_edge.lower_ == "the" or _title_start(tok) is not None):
        return True  # "The Wolf Creek star …": the article opens the title before the noun
    return (
        any(c.dep_ in ("det", "poss") and c.lower_ in {"the", "this", "former", "both"} for c in tok.lefts)
        or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"the", "former", "both"})
        or (tok.i > 1 and tok.doc[tok.i - 2].lower_ == "the")
    )


def _excluded(tok: Token, refs: dict[int, tuple[str, ...]]) -> set[str]:
    """People a pronoun cannot mean by syntax: "her daughter X" (her ≠ X); "X, who she shares" (she ≠ X)."""
    out: set[str] = set()
    if tok.dep_ == "poss":
        noun = tok.head
        for t in (noun, noun.head if noun.dep_ == "compound" else noun, *noun.children):
            if t.dep_ in ("appos", "compound") or t == noun.head:
                out.update(refs.get(t.i, ()))
    h = tok.head
    for _ in range(2):
        if h.dep_ == "relcl":  # "A and B, who he married": he is neither (unless A has its own clause)
            listed = [h.head]
            first = h.head.head if h.head.dep_ == "conj" else None
            if first is not None and not any(c.dep_ == "relcl" for c in first.children):
                listed.append(first)
            k = 0
            while k < len(listed):  # "her exes A and B, who …": the names the noun lists
                listed += [c for c in listed[k].children if c.dep_ in ("appos", "conj") and c not in listed]
                k += 1
            for t in listed:
                out.update(refs.get(t.i, ()))
            break
        h = h.head
    return out


def _pick(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    gender: str,
    sent_no: int,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """Same sentence first (nearest, gender not contradicted); then the latest subject of that
    gender in the last two sentences (centering); then anyone of that gender; then an unknown one."""
    recent = [r for r in recent if r[0] not in exclude]
    for key, n, _ in reversed(recent):
        if n == sent_no and people[key].gender in (gender, None):
            return (key,)
    for key, n, subj in reversed(recent[-8:]):
        if subj and people[key].gender == gender and sent_no - n <= 2:
            return (key,)
    for key, n, _ in reversed(recent[-8:]):
        if people[key].gender == gender and sent_no - n <= 6:
            return (key,)
    for key, n, _ in reversed(recent[-3:]):
        if people[key].gender is None and sent_no - n <= 1:
            return (key,)
    return ()


def _by_descriptor(
    recent: list[tuple[str, int, bool]], people: dict[str, PersonRec], noun: str, sent_no: int
) -> tuple[str, ...]:
    for key, _, _ in reversed(recent):
        if any(d.split()[-1] == noun for d in people[key].descriptors):
            return (key,)
    want = _gender_from_words([noun])
    if want:
        return _pick(recent, people, want, sent_no)
    return ()


def _parent_of_many(tok: Token) -> bool:
    """ "the mom of three", "the father of two": a parent noun that describes a person."""
    return tok.lower_ in lx.PARENT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in tok.children
    )


def _epithet(tok: Token) -> bool:
    """ "the Harbor Lights star", "the 'Paper Sky' singer": a role noun modified by a title."""
    if tok.i > 0 and tok.doc[tok.i - 1].text in lx.CLOSING_QUOTES:
        return True
    return any(c.dep_ in ("compound", "nmod") and c.text[:1].isupper() for c in tok.lefts) or (
        _title_start(tok) is not None
    )


TITLE_GLUE = frozenset({"of", "the", "and", "a", "in", "on", "to", "for", "with", "&"})


def _title_start(tok: Token) -> int | None:
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


def _named_in_sentence(
    sent: Span, starts: dict[int, tuple[Span, str]], refs: dict[int, tuple[str, ...]]
) -> set[str]:
    """People named anywhere in the sentence, or referred to before this point."""
    out = {key for i, (_, key) in starts.items() if sent.start <= i < sent.end}
    for i in range(sent.start, sent.end):
        if len(refs.get(i, ())) == 1:  # "the couple" names nobody in particular
            out.update(refs[i])
    return out


def _latest_subject(
    recent: list[tuple[str, int, bool]],
    people: dict[str, PersonRec],
    noun: str,
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """ "Taylor Reed was moved to tears. The pop star …": a plain description continues the latest
    subject of the previous sentence (centering), if its gender does not contradict the noun."""
    want = _gender_from_words([noun])
    for key, n, subj in reversed(recent):
        if n == sent_no - 1 and subj and key not in exclude and people[key].gender in (want, None):
            return (key,)
    return ()


def _salient(
    history: list[tuple[str, int, float]],
    people: dict[str, PersonRec],
    noun: str,
    sent_no: int,
    exclude: set[str],
) -> tuple[str, ...]:
    """A definite description with no name of its own ("the Harbor Lights star") is the most salient
    person of a compatible gender who is not already named in the sentence. Every mention counts
    (0.2: the article's topic), recent ones more (0.6 per sentence back); a name as subject weighs 2,
    another name 1, a pronoun 0.5. Nobody mentioned in the last five sentences qualifies."""
    want = _gender_from_words([noun])
    score: dict[str, float] = {}
    last: dict[str, int] = {}
    for key, n, weight in history:
        if key in exclude or (want and people[key].gender not in (want, None)):
            continue
        score[key] = score.get(key, 0.0) + weight * (0.6 ** max(0, sent_no - n) + 0.2)
        last[key] = n
    live = [k for k in score if sent_no - last[k] <= 5]
    if not live:
        return ()
    return (max(live, key=lambda k: (score[k], last[k])),)


def _coordinated_person(doc: Doc, span: Span, starts: dict[int, tuple[Span, str]]) -> str | None:
    """ "X and Y" / "X & Y" with both names: the other person."""
    j = span.end
    if j + 1 < len(doc) and doc[j].lower_ in {"and", "&"} and (j + 1) in starts:
        return starts[j + 1][1]
    return None
