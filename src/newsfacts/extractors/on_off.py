"""'On-again, off-again', 'on-and-off', 'on-off': a romance that broke and resumed. The parser splits the
hyphenated words in many ways, so the phrase is read from the text around a token, by word order."""

from __future__ import annotations

import re

from spacy.tokens import Token

# "on-again, off-again", "on again off again", "on-and-off", "on and off", "on-off", "on-again-off-again"
ON_OFF = re.compile(r"\bon(?:[\s-]+again)?[\s,-]+(?:and[\s-]+)?off(?:[\s-]+again)?\b", re.IGNORECASE)
REACH = 9  # tokens: "on - again , off - again" is seven of them


def on_off_before(tok: Token) -> bool:
    """ "their on-again, off-again romance": the phrase ends right before the token."""
    doc = tok.doc
    span = doc[max(tok.sent.start, tok.i - REACH) : tok.i]
    text = span.text.rstrip()
    return any(m.end() == len(text) for m in ON_OFF.finditer(text))


def on_off_after(tok: Token) -> bool:
    """ "X and Y have been on-and-off for years", "have been (secretly) on again, off again": the
    phrase opens right after the token, past adverbs."""
    doc = tok.doc
    j = tok.i + 1
    while j < tok.sent.end and doc[j].pos_ == "ADV" and doc[j].lower_ != "on":
        j += 1
    span = doc[j : min(tok.sent.end, j + REACH)]
    m = ON_OFF.match(span.text)
    if m is None:
        return False
    rest = [t for t in span if t.idx >= span.start_char + m.end()]
    # "on and off the show", "off stage": a place left and joined again, not a romance
    return not rest or rest[0].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM")
