"""Rule-based temporal tagger (TIMEX3) for English news text. Pure Python: regexes and small lexicons.

>>> from datetime import date
>>> [(t.text, t.value) for t in find_timexes("She filed eight months ago.", date(2024, 3, 9))]
[('eight months ago', '2023-07')]

Modules: ``lexicon`` (words and regex fragments), ``numbers`` (number words, spoken years),
``values`` (calendar arithmetic, ``interval``), ``tense`` (past/future cue near an expression),
``resolve`` (weekday/month/year choice against the anchor), ``rules_calendar``, ``rules_relative``,
``rules_durations`` (handlers), ``rules`` (the rule table), ``tagger`` (candidates, overlap
selection, resolution in text order), ``anchor`` (publication date check), ``derive`` (ages, elapsed
durations). No spaCy, no dateparser: safe to import anywhere.
"""

from __future__ import annotations

from newsfacts.temporal.anchor import AnchorDecision, choose_anchor
from newsfacts.temporal.derive import DerivedDate, birth_from_age, start_from_duration
from newsfacts.temporal.tagger import TimexMatch, find_timexes
from newsfacts.temporal.values import interval

__all__ = [
    "AnchorDecision",
    "DerivedDate",
    "TimexMatch",
    "birth_from_age",
    "choose_anchor",
    "find_timexes",
    "interval",
    "start_from_duration",
]
