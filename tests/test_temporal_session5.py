"""Temporal engine, session 5: TimeBank conventions for vague multiples and discourse "now".

Sentences of our own; each positive case fails without the rule it is written for, and the
negative cases pin what the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.temporal import find_timexes

A = date(1998, 3, 4)  # a Wednesday


def values(text: str, anchor: date = A) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, anchor)}


# ---------------------------------------------------------------- unknown numbers of decades / centuries
@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The walled town has guarded the pass for centuries.", "centuries", "PXC"),
        ("The two families have feuded for decades.", "decades", "PXE"),
        # a counted amount is still written in years
        ("The vineyard has been in the family for two centuries.", "two centuries", "P200Y"),
        ("The glacier has shrunk in three decades.", "three decades", "P30Y"),
    ],
)
def test_vague_decades_and_centuries(text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


# ---------------------------------------------------------------- "Now," as a discourse marker
@pytest.mark.parametrize(
    "text",
    [
        "The plan failed twice. Now, the mayor says, the city will try a third time.",
        "That was the sports news.\n\nNow for a look at the weekend weather.",
        '"Now, let me be clear about one thing," the coach said.',
    ],
)
def test_sentence_initial_now_with_comma_is_a_discourse_marker(text: str) -> None:
    assert "Now" not in values(text)


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Now the city will try a third time.", "Now"),  # no comma: the present
        ("The singer now lives in Lisbon.", "now"),
        ("Until now, nobody had asked.", "now"),  # not sentence-initial
        ("The band, now a trio, tours in May.", "now"),
    ],
)
def test_temporal_now_is_kept(text: str, expr: str) -> None:
    assert values(text)[expr] == "PRESENT_REF"
