"""Mentions that look like names but are no real person: fictional characters, brands,
organisations and outlets, titles in short quotations, one-word names with no person evidence."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec
from newsfacts.people_name_spans import ABBREV_RE, NAME_TOKEN_RE
from newsfacts.people_not_names import (
    according_to,
    after_company_noun,
    at_a_place,
    before_an_officer,
    brand_slot,
    character_after_actor,
    common_words,
    company_name,
    counted,
    demonym,
    franchise_name,
    honorific_of,
    modifier_word,
    owned_by_a_time,
    runs_into_title,
    shouted_adverb,
    web_address,
    world_word,
)
from newsfacts.people_one_word import born_place, not_one_person, quantity_noun
from newsfacts.people_person_slots import (
    CHILD_LIST_NOUNS,
    RELATION_VERBS,
    after_age,
    age_apposition,
    in_ordinary_case,
    kin_slot,
    listed_after_child_noun,
    possessive_marker,
    romance_partner,
)
from newsfacts.people_slots import in_people_list

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


# Verbs whose object is a person ("dating X", "married X", "adopted X").
PERSON_OBJECT_LEMMAS = lx.DATING_LEMMAS | lx.MARRY_LEMMAS | lx.BIRTH_LEMMAS


CHARACTER_VERBS = frozenset({"play", "portray", "voice", "reprise", "embody"})


CHARACTER_NOUNS = frozenset({"character", "role", "alter", "ego", "persona", "characters", "roles"})


AS_HEADS = frozenset({*lx.ROLE_VERBS, "cast", "appear", "return", "debut", "turn", "role", "star", "name"})


def _character_slot(span: Span) -> bool:
    """A fictional character, not a person: "played X", "starred as X", "his character X",
    "the role of X"; also after a description ("played NYPD detective X", "cast as teenage
    vampire X") and when coordinated with a character ("played X and Y")."""
    doc = span.doc
    root = span.root
    if root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return False  # "plays X's mother": the character is X's mother, and X may be a real person
    start = span.start
    while start > 0 and span.start - start <= 4:
        if _character_cue(doc, start - 1):
            return True  # checked before the conjunct: "a photo and X's character Y" is a character
        if not _describes(doc[start - 1]):
            break
        start -= 1
    if root.dep_ == "conj" and root.head.i < span.start and root.head.pos_ == "PROPN":
        first = root.head.left_edge if root.head.left_edge.pos_ == "PROPN" else root.head
        return _character_slot(doc[first.i : root.head.i + 1])  # "played X and Y": Y is as X is
    return False


PET_OR_HOME = lx.PET_NOUNS | lx.HOME_NOUNS


def _pet_or_home(span: Span) -> bool:
    """ "the pup, Charlie", "her Norfolk home, Amner Hall", "a King Charles Spaniel": a name in apposition
    to an animal or a house, or a dog breed's name, is no person's."""
    if span[-1].lower_ in lx.BREED_WORDS:
        return True
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    return any(n.lower_ in PET_OR_HOME and n.pos_ == "NOUN" for n in nouns)


def _person_in_brackets(span: Span) -> bool:
    """ "X (Actor Name)": X is a character, unless it is the actor and the character is in brackets
    ("Ana Ruiz (Bella Moon)"); only a one-word X ("Rey (Pattinson)") is surely the character."""
    doc = span.doc
    if not (
        span.end + 1 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].ent_type_ == "PERSON"
    ):
        return False
    close = next((i for i in range(span.end + 1, min(span.end + 6, len(doc))) if doc[i].text == ")"), None)
    return close is None or not character_after_actor(doc, doc[span.end + 1 : close])


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
        and not _verb_read_as_noun(nxt)
    )


def _verb_read_as_noun(tok: Token) -> bool:
    """ "Lena Moss stars as a nurse in …": a sentence with no verb whose root is the plural noun right
    after a name; the tagger took the name's verb ("stars", "weds", "plays") for a noun."""
    return tok.dep_ == "ROOT" and tok.tag_ == "NNS" and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)


ACTING_IN_LEMMAS = frozenset({"star", "co-star", "costar", "appear"})


# Verbs whose object is a work being made: "Tom Vale was filming Harbor Lights in Paris".
MAKING_LEMMAS = frozenset({"film"})


def _work_slot(span: Span) -> bool:
    """ "X starred in Broken Arrows", "appeared in Harbor Lights": the object of "in" after an acting
    verb is a work, whatever NER called it (a name met only there is no person)."""
    root = span.root
    if root.dep_ == "dobj" and root.head.pos_ == "VERB":
        lemma = root.head.lemma_.lower()
        return lemma in lx.WORK_OBJECT_LEMMAS or lemma in MAKING_LEMMAS  # "to promote Broken Arrows"
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "in"
        and root.head.head.pos_ == "VERB"
        and root.head.head.lemma_.lower() in ACTING_IN_LEMMAS
    )


def _quoted_title(doc: Doc, span: Span) -> bool:
    """ "the 'Kissed by a Rose' singer", "'Kenry' make it official": a name in
    a short quotation with no punctuation of speech (",", ".", "!", "?") is a title or a nickname."""
    first = next((i for i in range(span.start - 1, max(span.start - 3, -1), -1) if _quote(doc[i])), None)
    last = next((i for i in range(span.end, min(span.end + 6, len(doc))) if _closing_quote(doc, i)), None)
    if first is None and last is not None and _subtitle_quote(doc, span.start) is not None:
        return True  # "“Harbor Lights: Tom Vale,”": the subtitle of a quoted title
    if first is None or last is None:
        return False
    if first == span.start - 1 and last == span.end + 1 and doc[span.end].text in {".", ","}:
        return True  # "a judge on 'Harbor Lights.'": the quotation holds the name and its sentence's stop
    inside = doc[first + 1 : last]
    return not any(t.is_punct and not _quote(t) and t.text not in {"-", "–", "’", "'"} for t in inside)


def _subtitle_quote(doc: Doc, start: int) -> int | None:
    """The opening quote of a title whose subtitle starts at ``start``: capitalised words, a colon right
    before ``start``, and the quote before them ("“Harbor Lights: …")."""
    if start < 3 or doc[start - 1].text != ":":
        return None
    i = start - 2
    while i >= max(start - 6, 0) and doc[i].text[:1].isupper() and not _quote(doc[i]):
        i -= 1
    return i if i >= 0 and i < start - 2 and _quote(doc[i]) else None


def _holiday(doc: Doc, span: Span) -> bool:
    """ "Valentine's Day", "New Year's Eve": a possessive name before "Day" or "Eve" names a day."""
    return (
        span.end + 1 < len(doc) and doc[span.end].tag_ == "POS" and doc[span.end + 1].text in {"Day", "Eve"}
    )


def _venue(doc: Doc, span: Span) -> bool:
    """ "leaving Craig's restaurant", "at Marco's Island": a one-word name owning a venue noun or a
    capitalised place head names the place."""
    i = span.end
    if len(span) != 1 or i + 1 >= len(doc) or doc[i].tag_ != "POS":
        return False
    head = doc[i + 1]
    return (head.is_lower and head.text in lx.VENUE_NOUNS) or (
        head.text[:1].isupper() and head.lower_ in lx.PLACE_HEADS  # "Marco's Bay": a place's name
    )


def _credit_in_brackets(doc: Doc, span: Span) -> bool:
    """ "(ANA RUIZ, LTD./WIREIMAGE)": a name inside brackets that also hold a photo agency is a credit."""
    before = range(span.start - 1, max(span.start - 4, -1), -1)
    opening = next((i for i in before if doc[i].text == "("), None)
    closing = next((i for i in range(span.end, min(span.end + 8, len(doc))) if doc[i].text == ")"), None)
    if opening is None or closing is None:
        return False
    words = {w.strip(".,;:").lower() for t in doc[opening + 1 : closing] for w in t.text.split("/")}
    return bool(words & lx.AGENCY_WORDS)


def _quote(tok: Token) -> bool:
    return tok.text in lx.QUOTE_MARKS and tok.tag_ != "POS"


def _closing_quote(doc: Doc, i: int) -> bool:
    """A quotation mark, or an apostrophe the tagger took for a possessive after a word not ending in
    "s" ("the 'Harbor' staff": only "s'" is a possessive)."""
    tok = doc[i]
    return _quote(tok) or (
        tok.text in {"'", "’"}
        and i > 0
        and not doc[i - 1].lower_.endswith("s")
        and not doc[i - 1].whitespace_
    )


def _outlet_frame(span: Span) -> bool:
    """A mention in a slot only a news outlet fills: told something by an unnamed informant ("a
    source told X", "the insider told X"), the subject of "as X (previously) reported", "X has
    learned that", "X can (exclusively) reveal" or of a fact-checker's verb ("X
    debunked the story", "debunked by X"), or a name the article calls an outlet ("X is a website",
    "the gossip site X")."""
    root = span.root
    if any(c.dep_ == "poss" for c in root.children):
        return False  # "told the network's X": a reporter, named as a person
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "to" else root.head
    if root.dep_ in ("dobj", "dative") or (root.dep_ == "pobj" and verb is not root.head):
        return verb.lemma_.lower() in lx.TELL_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in lx.SOURCE_NOUNS for c in verb.children
        )
    if root.dep_ in ("appos", "compound") and root.head.lower_ in lx.OUTLET_NOUNS:
        return root.head.i == span.start - 1  # "the gossip site X", not "the magazine, Mrs X"
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head.lemma_.lower() in lx.FACT_CHECK_VERBS  # "debunked by X"
    if root.dep_ != "nsubj":
        return False
    kids = {c.lower_: c.dep_ for c in verb.children}
    lemma = verb.lemma_.lower()
    shared = [c.lemma_.lower() for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return (
        lemma in lx.FACT_CHECK_VERBS
        or any(v in lx.FACT_CHECK_VERBS for v in shared)  # "X checked the claim and busted the tabloid"
        or (lemma == "report" and kids.get("as") == "mark")  # not "X reports that": a journalist may
        or (lemma == "learn" and kids.get("has", kids.get("have")) == "aux" and "ccomp" in kids.values())
        or (lemma in {"reveal", "confirm"} and kids.get("can") == "aux")
        or (lemma == "be" and any(c.dep_ == "attr" and c.lower_ in lx.OUTLET_NOUNS for c in verb.children))
    )


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


def _owns_capitalised_kin(doc: Doc, i: int) -> bool:
    """ "Destiny's Child", "Daddy's Home": a capitalised kin word after the possessive makes one name."""
    return (
        i < len(doc)
        and doc[i].text[:1].isupper()
        and (doc[i].lower_ in CHILD_LIST_NOUNS or doc[i].lower_ in lx.PARENT_NOUNS)
    )


def _supported(doc: Doc, s: Span) -> bool:
    """Evidence that a lone capitalised word names a person: it acts (subject of a verb), owns
    ("X's"), is described ("rapper X", "X, 36,"), or fills a kinship or coordination slot."""
    root = s.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return True
    if listed_after_child_noun(root):
        return True  # "their three children, Violet, Samuel and Seraphina"
    if s.end < len(doc) and possessive_marker(doc, s.end) and not _owns_capitalised_kin(doc, s.end + 1):
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PERSON_OBJECT_LEMMAS:
        return True  # "she is dating X", "he married X", "they adopted X"
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in {"with", "to", "from"}
        and (
            root.head.head.lower_ in RELATION_NOUNS_FOR_SUPPORT
            or root.head.head.lemma_.lower() in RELATION_VERBS
        )
    ) or romance_partner(s, {}):
        return True  # "his relationship with X", "married to X"
    prev = doc[s.start - 1] if s.start > 0 else None
    if prev is not None and (
        prev.lower_ in lx.DESCRIPTOR_NOUNS or prev.lower_ in lx.ROLE_NOUNS or prev.lower_ in lx.HONORIFICS
    ):
        return True
    return (
        kin_slot(doc, s.start)
        or age_apposition(doc, s.end)
        or after_age(doc, s.start)
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
    full = {s.start: key for s, key in spans if key in supported and len(people[key].tokens) > 1}
    full_end = {s.end: key for s, key in spans if key in supported and len(people[key].tokens) > 1}
    for s, key in spans:
        if _coordinated_with(doc, s, full, full_end):
            supported.add(key)
    for _ in range(3):  # a list's person can make a name in another list a person: "A, B and C"
        listed = {(s.start, s.end) for s, key in spans if key in supported}
        names = frozenset(s.text.lower() for s, key in spans if key in supported)
        found = {
            key
            for s, key in spans
            if key not in supported and in_ordinary_case(s) and in_people_list(doc, s, listed, names)
        }
        if not found:
            break
        supported |= found
    return [(s, key) for s, key in spans if key in supported]


def _coordinated_with(doc: Doc, s: Span, starts: dict[int, str], ends: dict[int, str]) -> bool:
    """ "at Krazo and Reed", "Reed and Krazo", where "Reed" is a person with a full name: a name joined
    by "and"/"&" to a known person's mention is a person's ("… Tom Reed & More" is not: a function word)."""
    if len(s) == 1 and s[0].is_stop:
        return False
    joins = {"and", "&"}
    if len(s) == 1 and lx.given_name_gender(s[0].text) is not None:
        joins = {"and", "&", ","}  # "Jay Vale, Beyoncé, Ana Ruiz and MTV": a given name in a list of people
    after = s.end < len(doc) and doc[s.end].lower_ in joins and (s.end + 1) in starts
    before = s.start > 0 and doc[s.start - 1].lower_ in joins and (s.start - 1) in ends
    return after or before


def real_people(
    doc: Doc, spans: list[tuple[Span, str]], people: dict[str, PersonRec], weak: set[str]
) -> list[tuple[Span, str]]:
    """The name mentions (span, person) that are real people's: no character (in any mention), outlet
    or brand, no mention inside an organisation's name or a quoted title, and person evidence for
    one-word names (and the ``weak`` full names only a one-word name vouches for)."""
    characters = {key for s, key in spans if _character_slot(s) or (len(s) == 1 and _person_in_brackets(s))}
    characters |= {key for s, key in spans if _pet_or_home(s)}
    outlets = _organisation_words(doc) | {
        key for s, key in spans if _outlet_frame(s) or after_company_noun(doc, s)
    }
    labels = {key for s, key in spans if _names_a_thing(doc, s) or brand_slot(doc, s)}
    things = {key for _, key in spans} - {key for s, key in spans if not _names_a_thing(doc, s)}
    things |= labels - {
        key for s, key in spans if not _names_a_thing(doc, s) and not brand_slot(doc, s) and not at_a_place(s)
    }
    things |= {key for _, key in spans} - {key for s, key in spans if not _work_slot(s)}
    outlets |= {key for _, key in spans} - {key for s, key in spans if not according_to(s)}
    things |= common_words(doc, spans, people)
    things |= {key for s, key in spans if owned_by_a_time(doc, s)}
    things |= not_one_person(doc, spans, people)
    spans = [
        (s, key)
        for s, key in spans
        if key not in characters
        and not _person_in_brackets(s)
        and key not in outlets
        and not _runs_into_organisation(doc, s.end)
        and key not in things
        and not _quoted_title(doc, s)
        and not _holiday(doc, s)
        and not _venue(doc, s)
        and not _credit_in_brackets(doc, s)
        and not franchise_name(s)
        and not demonym(doc, s)
        and not honorific_of(doc, s)
        and not counted(s)
        and not web_address(s)
        and not company_name(doc, s)
        and not before_an_officer(doc, s)
        and not modifier_word(doc, s)
        and not character_after_actor(doc, s)
        and not runs_into_title(doc, s)
        and not world_word(s, people, key)
        and not shouted_adverb(s)
        and not born_place(doc, s)
        and not quantity_noun(doc, s)
    ]
    spans = [(s, _unglued(people, key) or key) for s, key in spans]
    return _with_support(doc, spans, people, weak)


# Short words a typo may glue to a name's last word: "Tom Valeis trying", "Tom Valeand Lena Moss".
GLUED_WORDS = ("and", "is", "was", "has", "had", "in", "on", "at", "to", "for", "with")


def _unglued(people: dict[str, PersonRec], key: str) -> str | None:
    """The person whose name a typo glued a short word to ("Tom Valeis" → "Tom Vale"), when the article
    names that person in full too; else None."""
    words = people[key].name.lower().split()
    if len(words) < 2:
        return None
    full = {tuple(p.name.lower().split()): k for k, p in people.items() if k != key}
    for glued in GLUED_WORDS:
        stem = words[-1].removesuffix(glued)
        if stem != words[-1] and len(stem) >= 3:
            other = full.get((*words[:-1], stem))
            if other is not None:
                return other
    return None
