"""Quoted titles ("“All I Want for Christmas Is You”"), and finds that are no title: words a speech
verb quotes, a shout in capitals, a lone number, a nationality word, a nickname between a first name
and a surname."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts import lexicon as lx
from newsfacts.extractors.project_cues import cap
from newsfacts.extractors.project_title_shape import QUOTES, Title, work_noun_before


def quoted(sent: Span) -> Iterator[Title]:
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        close = QUOTES.get(doc[i].text)
        if close is None or (i + 1 < sent.end and doc[i + 1].text in QUOTES):
            i += 1  # "“'Starboy,' by X,” he said": the title is the inner quotation
            continue
        j = i + 1
        while j < sent.end and doc[j].text != close and j - i <= 12 and "\n" not in doc[j].text:
            j += 1  # a quotation stops at a paragraph break: a stray mark before one pairs with nothing
        if j < sent.end and doc[j].text == close and j - i >= 2:
            end = j
            while end > i + 1 and doc[end - 1].is_punct:
                end -= 1
            words = [w for w in doc[i + 1 : end] if not w.is_punct]
            caps = sum(1 for w in words if cap(w))
            if (
                words
                and cap(words[0])
                and (10 * caps >= 6 * len(words) or len(words) <= 2)
                and not _shouted(words)
                and not _spoken(doc, i, j)
            ):
                yield Title(i + 1, end, work_noun_before(doc, i))
            i = j + 1
        else:
            i += 1


SPEECH_LEMMAS = frozenset(
    {"say", "write", "tweet", "post", "caption", "add", "tell", "exclaim", "joke", "gush", "reply", "respond"}
)


def _spoken(doc: Doc, open_i: int, close_i: int) -> bool:
    """ "writing, "Happy Holidays."", "and said 'Thank you, Manchester,' before": words a speech verb
    quotes are speech, not a title — the verb right before the quotation, and a comma before it or a
    stop or comma inside it (a title quoted after "wrote" without either may be a book's)."""
    k = open_i - 1
    if k >= 0 and doc[k].text == ":":  # "wrote on Twitter: "Love you all."": a colon opens the words
        if k > 0 and doc[k - 1].lower_ in lx.WORK_NOUNS:
            return False  # "wrote a memoir: "Title"": the colon opens the work's title
        return any(
            t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS
            for t in doc[max(doc[k].sent.start, k - 6) : k]
        )
    comma_before = k >= 0 and doc[k].text == ","
    if comma_before:
        k -= 1
    if k < 0 or doc[k].pos_ != "VERB" or doc[k].lemma_.lower() not in SPEECH_LEMMAS:
        return False
    inner_stop = any(t.text in {",", ".", "!", "?"} for t in doc[open_i + 1 : close_i])
    return comma_before or inner_stop


def speech_or_year(doc: Doc, t: Title) -> bool:
    """A title found inside a quotation that a speech verb quotes ("writing, "Happy Holidays.""), or an
    unquoted number with no work or role noun of its own ("wrote X in 2015, a novel …"; "her album
    1989" and "Seven co-star Y" are titles)."""
    i = t.start if doc[t.start].text in QUOTES else t.start - 1  # an entity may hold its quotation mark
    if i >= 0 and doc[i].text in QUOTES:
        mark = QUOTES[doc[i].text]
        close = next((j for j in range(i + 1, min(len(doc), i + 40)) if doc[j].text == mark), None)
        return close is not None and _spoken(doc, i, close)
    appositive = t.noun is None or (t.end < len(doc) and doc[t.end].text == ",")
    return appositive and all(w.like_num for w in doc[t.start : t.end] if not w.is_punct)


def nationality(doc: Doc, t: Title) -> bool:
    """ "her new book, British comedy actress Y": a nationality word alone, unquoted, modifying the noun
    after it, is no title."""
    words = [w for w in doc[t.start : t.end] if not w.is_punct]
    if len(words) != 1 or words[0].ent_type_ != "NORP" or any(w.text in QUOTES for w in doc[t.start : t.end]):
        return False
    nxt = doc[t.end] if t.end < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and words[0].head.i > words[0].i


def nickname(doc: Doc, t: Title) -> bool:
    """'Dr. Lenny "Boob God" Hochstein': a quotation between a first name and a surname is a nickname."""
    i = t.start if doc[t.start].text in QUOTES else t.start - 1
    if i < 1 or doc[i].text not in QUOTES:
        return False
    close = next(
        (j for j in range(t.end - 1, min(len(doc), t.end + 2)) if doc[j].text in lx.CLOSING_QUOTES), None
    )
    return (
        close is not None
        and close + 1 < len(doc)
        and lx.given_name_gender(doc[i - 1].text) is not None
        and doc[close + 1].pos_ == "PROPN"
        and doc[close + 1].text[:1].isupper()
    )


def _shouted(words: list[Token]) -> bool:
    """ "“NO – YOU ARE CRYING”": a quotation of four words or more, all in capitals, is a shout (a post,
    a caption), not a title."""
    return len(words) >= 4 and all(w.text.isupper() for w in words if w.is_alpha)
