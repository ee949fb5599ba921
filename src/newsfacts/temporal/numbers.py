"""Reading the numbers of temporal expressions: digits, number words, fractions, spoken years."""

from __future__ import annotations

import re

from newsfacts.temporal.lexicon import ORDINALS, SMALL_NUMBERS, TENS, VAGUE_QUANTITIES

_SPACE = re.compile(r"[\s\-]+")
_FRACTIONS = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75}


def _words_below_100(tokens: list[str]) -> int | None:
    """'twenty', 'four' -> 24; 'eleven' -> 11."""
    if not tokens:
        return None
    if len(tokens) == 1:
        t = tokens[0]
        if t in SMALL_NUMBERS:
            return SMALL_NUMBERS[t]
        return TENS.get(t)
    if (
        len(tokens) == 2
        and tokens[0] in TENS
        and tokens[1] in SMALL_NUMBERS
        and SMALL_NUMBERS[tokens[1]] < 10
    ):
        return TENS[tokens[0]] + SMALL_NUMBERS[tokens[1]]
    return None


def word_number(text: str) -> int | None:
    """A cardinal written in words: 'twenty-four' -> 24, 'a hundred' -> 100, 'two thousand' -> 2000."""
    tokens = [t for t in _SPACE.split(text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    if tokens == ["dozen"] or tokens == ["a", "dozen"]:
        return 12
    total = 0
    current: list[str] = []
    for t in tokens:
        if t in ("hundred", "thousand"):
            base = 1 if current in ([], ["a"], ["one"]) else _words_below_100(current)
            if base is None:
                return None
            total += base * (100 if t == "hundred" else 1000)
            current = []
        else:
            current.append(t)
    if current:
        rest = _words_below_100(current)
        if rest is None:
            return None
        total += rest
    return total


def parse_quantity(text: str) -> float | None:
    """The number of units in a duration phrase; None when vague ('several', 'a few').

    Accepts digits ('1,200', '2.5', '2 1/2'), words ('twenty four', 'one and a half'), 'a'/'an' (1),
    'a couple (of)' (2), 'half a(n)' (0.5), 'a dozen' (12).
    """
    t = " ".join(text.lower().split())
    if t.endswith(" of"):
        t = t[:-3]
    half = 0.0
    if t.endswith(" and a half"):
        t = t[: -len(" and a half")]
        half = 0.5
    if t in ("a couple", "couple"):
        return 2.0 + half
    if t in VAGUE_QUANTITIES or t in ("dozens", "hundreds", "thousands"):
        return None
    if t in ("a", "an", "one"):
        return 1.0 + half
    if t in ("half a", "half an", "a half", "half"):
        return 0.5
    if t in ("a dozen", "dozen"):
        return 12.0 + half
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*(1/2|½|1/4|¼|3/4|¾)?", t)
    if m:
        try:
            value = float(m.group(1).replace(",", ""))
        except ValueError:
            return None
        if m.group(2):
            value += _FRACTIONS[m.group(2)]
        return value + half
    n = word_number(t)
    if n is None:
        return None
    return n + half


def ordinal_number(text: str) -> int | None:
    """'third' -> 3, 'twenty-first' -> 21, '3rd' -> 3, '21st' -> 21."""
    t = text.lower().strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    if t in ORDINALS:
        return ORDINALS[t]
    parts = [p for p in _SPACE.split(t) if p]
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ORDINALS and ORDINALS[parts[1]] < 10:
        return TENS[parts[0]] + ORDINALS[parts[1]]
    return None


def spoken_year(text: str) -> int | None:
    """'nineteen ninety-seven' -> 1997, 'two thousand one' -> 2001, 'twenty twenty-three' -> 2023."""
    parts = [p for p in _SPACE.split(text.lower().strip()) if p and p != "and"]
    if not parts:
        return None
    if parts[:2] == ["two", "thousand"]:
        rest = _words_below_100(parts[2:]) if parts[2:] else 0
        return None if rest is None else 2000 + rest
    century = SMALL_NUMBERS.get(parts[0]) or TENS.get(parts[0])
    if century is None or not 10 <= century <= 20:
        return None
    rest_tokens = parts[1:]
    if rest_tokens == ["hundred"]:
        return century * 100
    if rest_tokens and rest_tokens[0] == "oh":
        n = _words_below_100(rest_tokens[1:])
        return None if n is None or n >= 10 else century * 100 + n
    n = _words_below_100(rest_tokens)
    if n is None or n < 10:
        return None
    return century * 100 + n
