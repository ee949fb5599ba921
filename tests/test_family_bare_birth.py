""" "X gave birth" with no word of the child: one unnamed child of X's, once the birth has happened.
Invented sentences; the positive cases fail without the rule, the guards are marked."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text

PUB = "2017-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Fans were thrilled as Dana Cole recently gave birth at 50.",
        "Dana Cole gave birth last month, her rep said.",
        "Dana Cole has given birth, her rep said.",
        "Dana Cole returned to work after giving birth in May.",
    ],
)
def test_a_birth_with_no_word_of_the_child_is_one_unnamed_child(text: str) -> None:
    kids = facts_of(run_text(text, PUB), "child")
    assert [(k["parents"], k["child"]) for k in kids] == [(["Dana Cole"], None)], text


@pytest.mark.parametrize(
    "text",
    [
        "Dana Cole will give birth in May.",
        "Dana Cole is due to give birth in May.",
        "If Dana Cole gave birth at 50, she would be the oldest in her family.",
        "Dana Cole did not give birth last month, her rep said.",
    ],
)
def test_a_birth_still_ahead_or_denied_makes_no_child(text: str) -> None:
    """Guard: a future, conditional or denied birth is no child."""
    assert facts_of(run_text(text, PUB), "child") == [], text


def test_a_bare_birth_is_the_birth_another_sentence_tells_of() -> None:
    """Guard: "gave birth to her daughter last year … gave birth last year" is one child, the daughter."""
    text = "Dana Cole gave birth to her daughter last year. Dana Cole gave birth last year, she said."
    kids = facts_of(run_text(text, PUB), "child")
    assert [k["sex"] for k in kids] == ["female"]


def test_two_bare_births_of_one_parent_are_one_child() -> None:
    text = "Dana Cole gave birth last year. The baby is doing well. Dana Cole gave birth at 50, her rep said."
    assert len(facts_of(run_text(text, PUB), "child")) == 1
