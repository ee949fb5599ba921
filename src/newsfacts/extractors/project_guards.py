"""Title runs that name no work: an award, a character, a slang place, a run cut from a longer name.

Each guard looks at the title's own words and the words right around it; ``not_a_work`` is what
``projects.extract`` asks before linking anyone to a title.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts import lexicon as lx
from newsfacts.extractors.project_titles import Title

MIDDLE_NAME_OPENERS = frozenset({"in", "on", "at", "of", "to"})
FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "AUX"})


def _words(doc: Doc, title: Title) -> list[Token]:
    return [t for t in doc[title.start : title.end] if not t.is_punct and t.text not in {"'s", "’s"}]


def _quoted(doc: Doc, title: Title) -> bool:
    return title.start > 0 and doc[title.start - 1].text in lx.QUOTE_MARKS


def award(doc: Doc, title: Title) -> bool:
    """ "recent Nobel Peace Prize winner X", "her Golden Globe", "the Best Actress award": an
    award's name ends in an award noun, or is "Best" and the category it is given in."""
    words = [t.lower_ for t in _words(doc, title)]
    if not words:
        return False
    if words[-1] in lx.AWARD_HEADS:
        return True
    return len(words) >= 2 and words[0] == "best" and words[-1] in lx.AWARD_CATEGORIES


def royal_character(doc: Doc, title: Title) -> bool:
    """ "Queen Atlanna actress X": an unquoted royal title and one name, right before a role noun,
    is the part X plays, not the work."""
    words = _words(doc, title)
    return (
        len(words) == 2
        and not _quoted(doc, title)
        and words[0].lower_ in lx.ROYAL_WORDS
        and words[1].ent_type_ == "PERSON"
        and title.end < len(doc)
        and doc[title.end].lower_ in lx.ROLE_NOUNS
    )


def idiom(text: str) -> bool:
    """ "X and Y have made it to Splitsville": a slang place, no work."""
    return text.lower() in lx.IDIOM_PLACES


def cut_name(doc: Doc, title: Title) -> bool:
    """ "Tom Vale alleges that In Touch made it up": a capitalised "In" inside a sentence belongs to
    the name, so the run after it is only part of one (here an outlet's)."""
    if title.start == 0 or _quoted(doc, title):
        return False
    before = doc[title.start - 1]
    return before.lower_ in MIDDLE_NAME_OPENERS and before.text[:1].isupper() and not before.is_sent_start


def _name_run(tok: Token) -> str:
    """The proper-noun run a name token ends: "Hillary Clinton" for "Clinton"."""
    first = tok.i
    while first > 0 and tok.doc[first - 1].dep_ == "compound" and tok.doc[first - 1].head == tok:
        first -= 1
    return tok.doc[first : tok.i + 1].text.lower()


def _played(tok: Token) -> bool:
    """ "to play Clinton", "portrays Mera", "the role of Mera": a name given as a part."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in lx.PLAY_LEMMAS:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in {"role", "part", "character"}


def characters(doc: Doc) -> frozenset[str]:
    """Names the article gives as parts someone plays, unquoted: each as written and its last word."""
    key = "newsfacts_characters"
    if key not in doc.user_data:
        found: set[str] = set()
        for tok in doc:
            quoted = tok.i > 0 and doc[tok.i - 1].text in lx.QUOTE_MARKS
            if tok.pos_ == "PROPN" and _played(tok) and not quoted:
                found |= {_name_run(tok), tok.lower_}
        doc.user_data[key] = frozenset(found)
    return doc.user_data[key]


def event(doc: Doc, title: Title) -> bool:
    """ "Wintour's MET gala", "the Harbor Lights fundraiser": a name right before an event noun is
    the event's."""
    return title.end < len(doc) and doc[title.end].lower_ in lx.EVENT_NOUNS


def lowercase_word(doc: Doc, title: Title) -> bool:
    """ "calling herself his “American queen”": a quoted phrase with a lowercase content word is a
    phrase, not a title (a title capitalises all but its small function words)."""
    return any(
        t.is_alpha
        and t.text[:1].islower()
        and t.pos_ not in FUNCTION_POS
        and t.lower_ not in lx.TITLE_SMALL_WORDS
        for t in doc[title.start : title.end]
    )


def social_network(doc: Doc, title: Title) -> bool:
    """ "X wrote on Instagram: 'So proud …'": a social network a post went out on is no work, nor is a
    run that carries on past its colon into the quotation."""
    words = _words(doc, title)
    return (
        bool(words)
        and words[0].lower_ in lx.SOCIAL_NETWORKS
        and (len(words) == 1 or doc[words[0].i + 1].text == ":")
    )


def not_a_work(doc: Doc, title: Title, text: str) -> bool:
    return (
        social_network(doc, title)
        or award(doc, title)
        or royal_character(doc, title)
        or idiom(text)
        or cut_name(doc, title)
        or event(doc, title)
        or lowercase_word(doc, title)
        or (not _quoted(doc, title) and text.lower() in characters(doc))
    )
