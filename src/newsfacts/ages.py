"""Ages stated at a name or a noun, read the same way by every stage (who-is-who, the people filter,
children). Two journalistic conventions:

- "N-year-old" before a name or noun: "the 12-year-old son", "eight-year-old X", "a 38-year-old mom"
  (spaCy splits it as ``12 - year - old``; a hyphenated "years", an en dash or a glued token are read too);
- a bare number after a name, set off by a comma and closed by punctuation or "and": "X, 12," / "son, 10."

An age is a whole number from 1 to ``MAX_AGE``, in digits or words.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfacts.temporal.numbers import word_number

MAX_AGE = 120
DASHES = frozenset({"-", "–"})
YEAR_WORDS = frozenset({"year", "years"})
CLOSERS = frozenset({",", ".", ";", ")"})
_GLUED = re.compile(r"([a-z0-9]+)-years?-old")


def number(text: str) -> int | None:
    """An age in digits or words ("12", "eight"); None outside 1 to MAX_AGE."""
    try:
        n: int | None = int(text)
    except ValueError:
        n = word_number(text)
    return n if n is not None and 0 < n <= MAX_AGE else None


def before(doc: Doc, i: int) -> int | None:
    """The age in an "N-year-old" that ends right before token ``i`` ("the 38-year-old mom")."""
    if i >= 1 and (m := _GLUED.fullmatch(doc[i - 1].lower_)):
        return number(m.group(1))
    if i < 4 or doc[i - 1].lower_ != "old" or doc[i - 2].text not in DASHES:
        return None
    if doc[i - 3].lower_ not in YEAR_WORDS:
        return None
    j = i - 4 if doc[i - 4].text in DASHES else i - 3  # "12-year-old"; also "12 years-old"
    return number(doc[j - 1].text) if j >= 1 else None


def after(doc: Doc, end: int) -> int | None:
    """The age in "X, 12," where the name ends right before token ``end``."""
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return None
    nxt = doc[end + 2] if end + 2 < len(doc) else None
    if nxt is not None and nxt.text not in CLOSERS and nxt.lower_ != "and":
        return None
    return number(doc[end + 1].text)
