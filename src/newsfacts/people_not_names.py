"""Names the small NER takes for people that a slot or a cue shows to be something else: a work
("the X Saga"), an outlet ("according to X", a web address), a character in brackets after an actor,
a brand, a nationality, things counted by number, a common word opening sentences."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.people_cast import PersonRec


def franchise_name(span: Span) -> bool:
    """ "the Harbor Lights Saga", "the Broken Arrows Trilogy": a name whose last word is a capitalised
    work or franchise head names the work."""
    last = span[-1]
    return len(span) > 1 and last.text[:1].isupper() and last.lower_ in lx.FRANCHISE_HEADS


def honorific_of(doc: Doc, span: Span) -> bool:
    """ "Lord of the Rings", "Lady of the Lake": an honorific alone, followed by "of", opens the name of a
    work or an office, not a person's (a one-word name such as "Sir" in a list of children stays)."""
    return (
        len(span) == 1
        and span[0].lower_ in lx.HONORIFICS
        and span.end < len(doc)
        and doc[span.end].lower_ == "of"
    )


def at_a_place(span: Span) -> bool:
    """ "the show at Sherri Vale", "dressed in Sherri Vale": the object of "at" or "in", where a brand's
    name stands for its shop, show or clothes (a person named so elsewhere too is a brand)."""
    return span.root.dep_ == "pobj" and span.root.head.lower_ in {"at", "in"}


def counted(span: Span) -> bool:
    """ "two waiting Harbor Vans": a name counted by a number word above one names things, not one person
    (digits may open a name: "50 Cent")."""
    return any(
        c.dep_ == "nummod" and c.i < span.start and c.is_alpha and c.lower_ != "one"
        for c in span.root.children
    )


def common_words(doc: Doc, spans: list[tuple[Span, str]], people: dict[str, PersonRec]) -> set[str]:
    """ "Report says that …", "Rumor has it, …": a one-word name met only at the start of sentences,
    whose word the article also writes in lower case, is that common word capitalised."""
    lower = {t.lower_ for t in doc if t.is_lower and t.is_alpha}
    starts = {key for s, key in spans if len(people[key].tokens) == 1 and s[0].is_sent_start}
    inside = {key for s, key in spans if not s[0].is_sent_start}
    return {key for key in starts - inside if people[key].tokens[0] in lower}


def demonym(doc: Doc, span: Span) -> bool:
    """ "The Canadian has revealed …", "a Thai monk": a nationality word right after an article or before
    a common noun describes someone; it is no name ("the 31-year-old X" may be a surname NER took for one)."""
    if len(span) != 1 or span[0].ent_type_ != "NORP":
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    return (prev is not None and prev.lower_ in {"the", "a", "an"}) or (
        nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower  # "a Thai monk": an adjective
    )


def web_address(span: Span) -> bool:
    """ "According to Gossip.com Vale …": a word of the name is a web address, an outlet's."""
    return any(t.lower_.endswith(lx.WEB_SUFFIXES) for t in span)


# Words of a sentence about acting: "reprise her role", "the film", "cast as".
ACTING_CUES = frozenset(
    {
        "play",
        "portray",
        "voice",
        "reprise",
        "character",
        "role",
        "star",
        "cast",
        "film",
        "movie",
        "saga",
        "franchise",
        "embody",
        "persona",
        "alter",
        "ego",
    }
)


def character_after_actor(doc: Doc, span: Span) -> bool:
    """ "his co-star Tom Vale (Captain Rook)": a full name alone in brackets right after another person's
    name, in a sentence about acting, is the character that person plays (an alias shares a word)."""
    if len(span) < 2 or span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    before = doc[span.start - 2]
    if before.ent_type_ != "PERSON":
        return False
    name = {t.lower_ for t in doc[before.i - 3 : before.i + 1] if t.ent_type_ == "PERSON"}
    if name & {t.lower_ for t in span}:
        return False
    return any(t.lemma_.lower() in ACTING_CUES for t in span.sent)


def according_to(span: Span) -> bool:
    """ "According to Gossip Patrol, the reports were false": a name met only after "according to" is
    the outlet a claim is credited to (a person quoted as a source is named elsewhere, or described)."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and prep.doc[prep.i - 1].lower_ == "according"
        and prep.i == span.start - 1
    )


# Goods and showings a label's name modifies: "Dana Cole socks", "the Vale Lane collection", "his Rook show".
BRAND_GOODS = frozenset(
    {
        "collection",
        "collections",
        "line",
        "range",
        "campaign",
        "campaigns",
        "fragrance",
        "perfume",
        "gown",
        "gowns",
        "dress",
        "dresses",
        "coat",
        "jacket",
        "hat",
        "heels",
        "pumps",
        "boots",
        "shoes",
        "sneakers",
        "sock",
        "socks",
        "handbag",
        "bag",
        "bags",
        "boutique",
        "store",
        "stores",
    }
)


# Nouns that name a company right before its name: "fashion giant Vale", "the label Dana Cole".
COMPANY_NOUNS = frozenset(
    {"brand", "label", "giant", "retailer", "company", "firm", "conglomerate", "house", "agency", "studio"}
)


# Nouns whose "of"/"for" object is a label a model or star works for: "the new face of Vale Lane".
BRAND_ROLE_NOUNS = frozenset({"face", "ambassador", "muse", "spokesmodel", "campaign"})


def brand_slot(doc: Doc, span: Span) -> bool:
    """A slot a label fills: a name right before goods it makes ("Dana Cole socks", "her Vale Lane
    gown", "Dana Cole's Silver line", whatever tag the small model gives the noun), or after "face of",
    "ambassador for", "fashion shows for" (a designer named so may still act elsewhere in the article)."""
    i = span.end
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
        while i < len(doc) and i - span.end <= 4 and doc[i].text[:1].isupper() and doc[i].is_alpha:
            i += 1  # "Dana Cole's Silver Girl line": the goods after the line's own name
    if i < len(doc) and doc[i].is_lower and doc[i].lower_ in BRAND_GOODS:
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "fashion shows for Vale Lane and Dana Cole": the list shares its slot
    return root.dep_ == "pobj" and root.head.lower_ in {"of", "for"} and _brand_role(root.head.head)


def _brand_role(noun: Token) -> bool:
    """ "face", "ambassador", "campaign", or a fashion show ("fashion shows", "the runway show")."""
    doc = noun.doc
    if noun.lower_ in BRAND_ROLE_NOUNS:
        return True
    return noun.lower_ in {"show", "shows"} and noun.i > 0 and doc[noun.i - 1].lower_ in {"fashion", "runway"}


COMPANY_TAILS = frozenset({"co", "co.", "company", "sons", "partners"})


def company_name(doc: Doc, span: Span) -> bool:
    """ "Dana Cole and Co.", "Vale & Sons": a name joined to a company tail names the company."""
    i = span.end
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in {"and", "&"}
        and doc[i + 1].lower_ in COMPANY_TAILS
        and doc[i + 1].text[:1].isupper()
    )


def after_company_noun(doc: Doc, span: Span) -> bool:
    """ "fashion giant Vantelli", "the label Dana Cole", "fashion house Vale": a name the article calls a
    company (a person is never introduced so, whatever else the company does in the article)."""
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or not prev.is_lower or prev.lower_ not in COMPANY_NOUNS:
        return False
    return prev.lower_ != "house" or (span.start > 1 and doc[span.start - 2].lower_ == "fashion")


# Nouns of time that own a season's show or event: "this season's Silver Tank", "last year's Vale Cup".
TIME_OWNERS = frozenset({"season", "year", "week", "night", "month", "summer", "winter", "spring", "fall"})


def owned_by_a_time(doc: Doc, span: Span) -> bool:
    """ "this season's Silver Tank", "last year's Vale Cup": a name a time noun owns is a show or an event."""
    i = span.start
    return i > 1 and doc[i - 1].tag_ == "POS" and doc[i - 2].lower_ in TIME_OWNERS


# Titles of a company's officers: "Vantage CEO Tom Vale" (the word before is the company).
OFFICER_TITLES = frozenset(
    {"ceo", "cfo", "coo", "chairman", "chairwoman", "founder", "co-founder", "cofounder"}
)


def before_an_officer(doc: Doc, span: Span) -> bool:
    """ "Vantage CEO Tom Vale", "Vantage founder Ana Ruiz": a one-word name right before an officer's
    title and that officer's name is the company."""
    i = span.end
    return (
        len(span) == 1
        and i + 1 < len(doc)
        and doc[i].lower_ in OFFICER_TITLES
        and doc[i + 1].ent_type_ == "PERSON"
    )


DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})


def modifier_word(doc: Doc, span: Span) -> bool:
    """ "the Pellite actor", "her superstar Pellite dad": a lone capitalised word between a
    determiner and the lower-case noun it modifies describes the person the noun names; it is no name."""
    if len(span) != 1 or span.end >= len(doc):
        return False
    head = doc[span.end]
    if not (head.is_lower and head.pos_ == "NOUN" and span.root.head.i == head.i):
        return False
    i = span.start - 1
    while i >= 0 and span.start - i <= 4:
        tok = doc[i]
        if tok.lower_ in DETERMINERS:
            return True
        if not (tok.pos_ in ("ADJ", "NUM") or (tok.pos_ == "NOUN" and tok.is_lower) or tok.text == "-"):
            return False
        i -= 1
    return False


# Function words that only a title capitalises: "Snow White And The Huntsman", "Lena Of The Lake".
TITLE_FUNCTION_WORDS = frozenset({"And", "Of", "The", "In", "On", "To", "With", "For", "At", "From", "A"})


def runs_into_title(doc: Doc, span: Span) -> bool:
    """ "his Lena Moss And The Huntsman co-star": a name followed by a capitalised function word and
    another capitalised word, in a sentence of ordinary case, opens a title."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].text not in TITLE_FUNCTION_WORDS or doc[i].is_sent_start:
        return False
    if not doc[i + 1].text[:1].isupper() or doc[i + 1].ent_type_ == "PERSON":
        return False  # "Lena Moss And Tom Vale": two people
    return any(t.is_alpha and len(t) > 3 and t.is_lower for t in span.sent)


def world_word(span: Span, people: dict[str, PersonRec], key: str) -> bool:
    """ "told CNN", "wearing Gucci", "she tried Botox", "the Batman reboot", "Her Majesty", "the Minnesota
    Democrat": a person known only by one word that a general lexicon names an outlet, a fashion house, a
    product, a fictional hero, a style of address or a group's member is that thing, and so is a work noun
    ("Film's release delayed?"; not a head that ends a work's own name, "the Harbor Tour", which the title
    reader takes with the words before it); a word that is also a given name, "Elle", stays a person."""
    word = span.text.lower()
    return (
        len(span) == 1
        and len(people[key].tokens) == 1
        and (word in lx.WORLD_NOT_PERSON_WORDS or (word in lx.WORK_NOUNS and word not in lx.FRANCHISE_HEADS))
        and not lx.is_first_name(word)
    )


def shouted_adverb(span: Span) -> bool:
    """ "a source EXCLUSIVELY tells …", "she should DEFINITELY go": a one-word name in capitals ending in
    "-LY" that is no given name ("KELLY", "EMILY") is an adverb the writer shouts."""
    tok = span[0]
    return (
        len(span) == 1
        and tok.is_upper
        and tok.is_alpha
        and len(tok) >= 6
        and tok.lower_.endswith("ly")
        and not lx.is_first_name(tok.lower_)
    )
