"""A name grown over the words around it that NER left out: a stage "The" or letter ("Cardi B"), a
first name or surname tagged as something else, the full name a one-word person's name opens or
ends, a title ("Lady", "Sir") that is part of the way the text names someone."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.people_headlines import title_cased
from newsfacts.people_name_spans import KIN_WORDS, NAME_TOKEN_RE, clean_name


def with_stage_article(span: Span) -> Span:
    """ "by The Weeknd": a capitalised "The" inside a sentence right before a one-word PERSON is part
    of a stage name."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return span
    prev = doc[span.start - 1]
    if prev.text == "The" and not prev.is_sent_start and not title_cased(prev.sent):
        return doc[span.start - 1 : span.end]
    return span


def with_first_name(span: Span) -> Span:
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


def with_surname(span: Span) -> Span:
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


def with_stage_letter(span: Span) -> Span:
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
    if not 2 <= len(run) <= 3 or run[0].lower_ not in one_word or title_cased(run.sent):
        return None
    return run


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
        and not title_cased(span.sent)
    )


def titled_form(doc: Doc, span: Span, name: str) -> str | None:
    """ "Lady Gaga", "Sir Elton": a capitalised title the name's span was trimmed of, before a one-word
    name, is part of the way the text names the person; the titled form is kept as an alias."""
    if len(name.split()) != 1 or span.start == 0:
        return None
    prev = doc[span.start - 1]
    return f"{prev.text} {name}" if prev.text in STAGE_TITLES else None


STAGE_TITLES = frozenset({"Lady", "Sir", "Dame", "Lord"})
