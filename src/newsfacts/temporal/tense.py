"""A small local heuristic for the direction (past / future) of a relative date.

"said Friday" -> the previous Friday; "will meet Friday" -> the next one. The cue nearest to the
expression inside its clause decides: future markers (will, 'll, going to, plans to, expected to,
scheduled, next, upcoming ...) against past markers (said, was, had, ago, irregular past verbs,
regular ``-ed`` forms that are not passives after "be"). Quotation marks bound the clause, so the
tense inside a quote is not taken from the "he said" outside it. No part-of-speech tagger: word
lists and a suffix rule.
"""

from __future__ import annotations

import re

from newsfacts.temporal.lexicon import words

PAST = -1
NONE = 0
FUTURE = 1

_FUTURE_WORDS = words(
    """will 'll ll shall wo gonna would 'd upcoming next forthcoming tomorrow ahead scheduled slated
    pending plans planned planning starts begins opens closes expires resumes airs premieres debuts
    launches kicks meets arrives departs heads convenes leaves hears testifies unveils reconvenes"""
)
# the plain present of scheduling verbs announces a planned event: "Arafat meet Albright Monday"
_FUTURE_PRESENT = words("meet begin arrive convene resume depart testify reconvene")
_NOT_FINITE_BEFORE = words("to did didn't not n't never a an the his her their its our my your")
# future only when followed by "to": "plans to", "is expected to", "hopes to"
_FUTURE_BEFORE_TO = words(
    """is are plan intend intends intending intended expect expects expecting expected hope hopes hoping aim
    aims aiming set going due seeks seek vowed promised promises threatened threatens wants want"""
)
_PAST_WORDS = words(
    """said told was were had did ago last earlier yesterday been began begun came went took made gave
    got left met sent found held lost won sold bought fell rose saw spoke wrote knew thought brought
    caught taught fought sought paid laid led fled felt kept slept meant heard stood understood
    became ran shot struck broke chose drove flew grew threw wore tore swore rode hid bit ate drank
    sang sank rang swam forgave forgot froze stole woke spent built lent bent split quit arrived
    previously recently once wed strode sat drew swung hung dug sprang spun slid shook stuck bore dealt
    leapt wept crept knelt"""
)
# a past form after a modal or "to" is the base form ("will split", "plans to wed", "to quit")
_MODAL_OR_TO = words("will 'll ll shall would 'd can could may might must should to")
# a participle after a determiner or a degree adverb is an adjective ("the married couple", "happily married")
_ADJ_BEFORE = words("the a an his her their its our my your newly happily unhappily")
# -ed forms that are not (or not usually) past-tense verbs.
_ED_EXCEPTIONS = words(
    """need needed indeed hundred based related united limited interested concerned detailed advanced
    owned listed named called so-called red shed seed feed speed bed sacred naked wicked
    wretched ragged rugged beloved learned aged blessed alleged armed embed breed creed greed weed
    deed heed reed tweed speed proceed exceed succeed"""
)
_AUX_PAST = frozenset({"was", "were", "had", "been"})
# past forms spelled like the base form
_BASE_LIKE_PAST = words("split quit wed shut bet")
# words that open a subordinate clause: the scan for a tense cue stops there
_CLAUSE_OPENERS = frozenset(
    {"when", "if", "while", "because", "although", "unless", "whether", "that", "which", "who"}
)
_DEADLINE_PREPS = frozenset({"until", "till", "by", "effective", "pending", "is", "are", "through"})
_SINCE = frozenset({"since"})
_BE = frozenset({"be", "is", "are", "am", "being", "'s", "to", "get", "gets"})
_RX_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|['’](?:ll|d)\b")
# A sentence ends at . ! ? before a capital, unless the period closes a title, an abbreviation or an initial,
# or a clock time before its time zone ("4 a.m. EDT Thursday").
_RX_SENT_BREAK = re.compile(
    r"(?<!\b[A-Z])"
    r"(?<!\bvs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bJr)(?<!\bSr)(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bLt)(?<!\bCol)(?<!\bSgt)(?<!\bProf)(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bMt)(?<!\bFt)(?<!\bAve)(?<!\bRev)"
    r"[.!?]['\"”’)]*\s+(?=[\"“'‘`(]?[A-Z0-9])(?!(?:[ECMPA][SD]T|GMT|UTC)\b)|\n\s*\n|;\s"
)
_RX_QUOTE = re.compile(r"``|''|[\"“”]")
_WINDOW = 240


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Approximate bounds of the sentence holding text[start:end]."""
    lo = max(0, start - _WINDOW)
    s = lo
    for m in _RX_SENT_BREAK.finditer(text, lo, start):
        s = m.end()
    hi = min(len(text), end + _WINDOW)
    m2 = _RX_SENT_BREAK.search(text, end, hi)
    e = m2.start() + 1 if m2 else hi
    return s, e


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    s, e = sentence_bounds(text, start, end)
    for m in _RX_QUOTE.finditer(text, s, start):
        s = m.end()
    m2 = _RX_QUOTE.search(text, end, e)
    if m2:
        e = m2.start()
    return s, e


def _cue(words: list[str], i: int) -> int:
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i > 0 else ""
    if w in _FUTURE_BEFORE_TO and nxt == "to":
        if prev in ("had", "been") and w not in ("going",):
            return PAST
        return FUTURE
    if w in _AUX_PAST and (
        nxt in _FUTURE_WORDS or (nxt in _FUTURE_BEFORE_TO and i + 2 < len(words) and words[i + 2] == "to")
    ):
        return FUTURE  # "were planning", "was expected to"
    if w in ("planned", "scheduled") and prev in ("as", "previously", "originally", "had", "been"):
        return PAST
    if w == "next" and nxt == "to":
        return NONE
    if w in _FUTURE_WORDS:
        if w in ("scheduled", "slated", "due") and prev in ("had", "been", "was", "were"):
            return PAST
        return FUTURE
    if w in _FUTURE_PRESENT and prev not in _NOT_FINITE_BEFORE:
        return FUTURE
    if w.endswith("'ll"):
        return FUTURE
    if w in _PAST_WORDS:
        if prev in _BE and w not in ("been", "was", "were", "had", "said", "told", "ago", "last", "earlier"):
            return NONE
        if prev in _MODAL_OR_TO and w in _BASE_LIKE_PAST:
            return NONE
        return PAST
    if w.endswith("'d") and len(w) > 2:
        return FUTURE
    if (
        (len(w) > 4 or w.endswith("ied"))
        and w.endswith("ed")
        and w not in _ED_EXCEPTIONS
        and not w.startswith("un")
    ):
        if prev in _BE or prev in _ADJ_BEFORE:
            return NONE
        return PAST
    return NONE


def _past_perfect(left: list[str]) -> bool:
    """A past perfect before "by" ("had filed reports by Wednesday"): the deadline is already past."""
    for w in reversed(left[-8:]):
        if w in _CLAUSE_OPENERS:
            return False
        if w == "had":
            return True
    return False


def direction(text: str, start: int, end: int) -> int:
    """PAST (-1), FUTURE (+1) or NONE (0) for the expression at text[start:end]."""
    s, e = _clause_bounds(text, start, end)
    left = [w.lower().replace("’", "'") for w in _RX_WORD.findall(text, s, start)]
    right = [w.lower().replace("’", "'") for w in _RX_WORD.findall(text, end, e)]
    words = [*left, *right]
    n_left = len(left)
    # a preposition of deadline right before the expression: "until Tuesday", "by February",
    # "effective Feb. 1", "as soon as Tuesday"
    left_raw = text[s:start].rstrip()
    if (
        left
        and not left_raw.endswith(tuple(w.capitalize() for w in _DEADLINE_PREPS))
        and (
            (
                left[-1] in _DEADLINE_PREPS
                and not (left[-1] == "by" and text.startswith(("'s", "’s"), end))
                and not (left[-1] == "by" and _past_perfect(left))
            )
            or left[-3:] in (["as", "soon", "as"], ["as", "early", "as"])
        )
    ):
        return FUTURE
    if left and left[-1] in _SINCE:
        return PAST  # "since March"
    best = NONE
    best_dist = 10**9
    for dist in range(n_left):
        if words[n_left - 1 - dist] in _CLAUSE_OPENERS:
            break
        c = _cue(words, n_left - 1 - dist)
        if c != NONE:
            best, best_dist = c, dist
            break
    for dist in range(len(right)):
        if dist + 1 >= best_dist or words[n_left + dist] in _CLAUSE_OPENERS:
            break
        c = _cue(words, n_left + dist)
        if c != NONE:
            best, best_dist = c, dist
            break
    return best
