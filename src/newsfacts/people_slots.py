"""Slots that make a one- to three-word proper noun a person when NER took it for an organisation or a
place: a list most of whose items are people ("A, B, Charo and D"), the subject of "be" with a person
noun ("X is an amazing dancer"), a first-and-last name as the agent of a passive verb ("hosted by
X Y"), and the partner named in a romance noun's phrase ("an on-and-off relationship with X Y")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx

LIST_SEPARATORS = frozenset({",", "and"})
# Before a list's first item, a place, an outlet or a time more than a person: "of", "in", "to", …
PLACE_PREPOSITIONS = frozenset({"of", "in", "at", "from", "to", "on", "into"})
# Verbs whose passive "by" names a person: "hosted by", "directed by", "joined by".
PERSON_AGENT_LEMMAS = frozenset(
    {
        "host",
        "co-host",
        "direct",
        "write",
        "pen",
        "produce",
        "present",
        "officiate",
        "accompany",
        "join",
        "escort",
        "photograph",
        "interview",
        "choreograph",
        "narrate",
        "helm",
        "coach",
        "introduce",
        "raise",
        "adopt",
        "replace",
    }
)


def _name_token(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL")
    )


def _item_before(doc: Doc, end: int, floor: int) -> tuple[int, int] | None:
    """The run of capitalised proper nouns that ends right before token ``end`` (at most three)."""
    start = end
    while start > floor and _name_token(doc[start - 1]):
        start -= 1
    return (start, end) if 0 < end - start <= 3 else None


def _item_after(doc: Doc, start: int, ceiling: int) -> tuple[int, int] | None:
    end = start
    while end < ceiling and _name_token(doc[end]):
        end += 1
    return (start, end) if 0 < end - start <= 3 else None


def _separator(doc: Doc, i: int, step: int, floor: int, ceiling: int) -> tuple[int, bool] | None:
    """From token ``i`` walking by ``step``: the first token past a run of list separators ("," and
    "and", and an age between commas: "A, 23, B"), whether an "and" was among them; None without one
    ("&" joins the one name of a firm or an outlet: no list)."""
    seen_and, j, n = False, i, 0
    while floor <= j < ceiling and (doc[j].lower_ in LIST_SEPARATORS or (doc[j].like_num and n)):
        seen_and = seen_and or doc[j].lower_ == "and"
        j += step
        n += 1
    return (j, seen_and) if n else None


def name_list(doc: Doc, span: Span) -> tuple[list[tuple[int, int]], bool]:
    """The items of the comma list ``span`` stands in (runs of capitalised proper nouns joined by ","
    and a closing "and"), ``span`` among them, and whether an "and" joins any two."""
    sent = span.sent
    items = [(span.start, span.end)]
    joined = False
    i = span.start - 1
    while (sep := _separator(doc, i, -1, sent.start, sent.end)) is not None:
        item = _item_before(doc, sep[0] + 1, sent.start)
        if item is None:
            break
        items.insert(0, item)
        joined = joined or sep[1]
        i = item[0] - 1
    i = span.end
    while (sep := _separator(doc, i, 1, sent.start, sent.end)) is not None:
        item = _item_after(doc, sep[0], sent.end)
        if item is None:
            break
        items.append(item)
        joined = joined or sep[1]
        i = item[1]
    return items, joined


def in_people_list(doc: Doc, span: Span, sure: set[tuple[int, int]], sure_names: frozenset[str]) -> bool:
    """ "Daytime legends A B, C D, Charo, E F and G H": in a list of three or more names closed by "and",
    at least two and at least half of whose items are people the article names for sure (there or
    elsewhere, by the same words), every item is a person."""
    if len(span) == 1 and (span[0].is_stop or span[0].lower_ in lx.NOT_PERSON_WORDS):
        return False  # "Ana Ruiz, Tom Reed & More": a function word closes the list
    if any(0 <= i < len(doc) and doc[i].text == "&" for i in (span.start - 1, span.end)):
        return False  # "Dolce & Gabbana", "Life & Style": one name of a firm or an outlet
    items, joined = name_list(doc, span)
    if len(items) < 3 or not joined:
        return False
    if items[0][0] > 0 and doc[items[0][0] - 1].text == "(":
        return False  # "the shows (Label, Ana Ruiz and Maison, among them)": brands in brackets
    if _after_place_preposition(doc, span.start):
        return False  # "the Duchess of Cambridge, Prince A and B", "According to Outlet, A and B"
    people = sum(1 for a, b in items if (a, b) in sure or doc[a:b].text.lower() in sure_names)
    return people >= 2 and 2 * people >= len(items)


def _after_place_preposition(doc: Doc, start: int) -> bool:
    """A preposition before a place, an outlet or a title's domain; "of" only after a capitalised word
    ("the Duchess of X", not "the father of X")."""
    if start == 0 or doc[start - 1].lower_ not in PLACE_PREPOSITIONS:
        return False
    return doc[start - 1].lower_ != "of" or (start > 1 and doc[start - 2].text[:1].isupper())


PERSON_ATTRIBUTES = frozenset(
    (lx.DESCRIPTOR_NOUNS - {"player", "forward", "host", "model", "star", "personality", "president"})
    | {"mother", "father", "mom", "dad", "mum", "grandmother", "grandfather"}
)


def person_by_copula(span: Span) -> bool:
    """ "X is an amazing dancer", "X was a singer": the subject of "be" whose complement is a person noun
    (not "star", "model", "host" or "player": a film is a star vehicle, a city hosts)."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    return any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_ATTRIBUTES for c in verb.children
    )


def passive_agent_name(span: Span) -> bool:
    """ "hosted by X Y", "directed by X Y": a first name and a surname right after the "by" of a passive
    verb that people do (not "named by Harbor Weekly", "stopped by The Lena Show")."""
    root = span.root
    if len(span) != 2 or root.dep_ != "pobj" or root.head.dep_ != "agent":
        return False
    first, last = span[0], span[1]
    return (
        root.head.head.lemma_.lower() in PERSON_AGENT_LEMMAS
        and span.start > 0
        and span.doc[span.start - 1].lower_ == "by"
        and lx.is_first_name(first.text)
        and first.is_title
        and last.is_title
        and last.lower_ not in lx.ORG_HEAD_NOUNS
        and last.lower_ not in lx.NOT_PERSON_WORDS
        and last.lower_ not in lx.WORK_NOUNS
    )


def named_romance_partner(span: Span) -> bool:
    """ "an on-and-off relationship with X Y", "a romance with X Y": a given name and a surname as the
    partner of a romance noun, whoever's the romance (its owner need not be named)."""
    root = span.root
    prep = root.head
    if len(span) != 2 or root.dep_ != "pobj" or prep.lower_ not in lx.ROMANCE_PREPS:
        return False
    if not (lx.is_first_name(span[0].text) and span[0].is_title and span[1].is_title):
        return False
    return prep.head.lower_ in lx.ROMANCE_NOUNS or (
        prep.i > 0 and span.doc[prep.i - 1].lower_ in lx.ROMANCE_NOUNS
    )
