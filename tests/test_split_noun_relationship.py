""" "his split from Y", "her breakup with Y": a split noun with both sides named ends a couple, as the verb
does; where the article says the two are married the relationship is dropped. Invented sentences; the
positive cases fail without the rule."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed slept on a friend's floor after his split from Dana Cole.",
        "Tom Reed talked about his split from Dana Cole.",
        "Dana Cole looks happy. Since her breakup with Tom Reed, she has been partying.",
    ],
)
def test_a_split_noun_with_both_sides_named_is_a_relationship(text: str) -> None:
    assert [f["people"] for f in facts_of(run_text(text), "relationship")] == [["Dana Cole", "Tom Reed"]]


def test_a_split_of_a_married_pair_is_no_relationship() -> None:
    """Guard: the article says they married; the split does not make them an unmarried couple."""
    text = "Tom Reed married Dana Cole in 2010. Tom Reed talked about his split from Dana Cole."
    assert facts_of(run_text(text), "relationship") == []


def test_a_denied_split_is_no_relationship() -> None:
    """Guard: "denied a split" is no split."""
    text = "Tom Reed denied rumours of a split from Dana Cole."
    assert facts_of(run_text(text), "relationship") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed has just moved on from a relationship with Dana Cole.",
        "Tom Reed is still recovering from a fling with Dana Cole.",
    ],
)
def test_moving_on_from_a_relationship_with_y_was_one(text: str) -> None:
    """ "X moved on from a relationship with Y": the subject held the relationship the verb leaves."""
    assert [f["people"] for f in facts_of(run_text(text), "relationship")] == [["Dana Cole", "Tom Reed"]]


def test_moving_on_from_a_job_is_no_relationship() -> None:
    """Guard: only a relation noun makes a couple."""
    assert facts_of(run_text("Tom Reed moved on from a job with Dana Cole."), "relationship") == []


def test_possessed_exes_are_each_the_possessors_not_a_couple() -> None:
    """ "X's exes A and B": A and B are X's exes, not each other's."""
    result = run_text("Tom Reed's exes Dana Cole and Mia Lane are friends now.")
    pairs = sorted(f["people"] for f in facts_of(result, "relationship"))
    assert pairs == [["Dana Cole", "Tom Reed"], ["Mia Lane", "Tom Reed"]]


def test_the_exes_before_two_names_are_a_former_couple() -> None:
    """Guard: "the exes A and B" still names the couple."""
    result = run_text("The exes Dana Cole and Tom Reed share a son.")
    assert [f["people"] for f in facts_of(result, "relationship")] == [["Dana Cole", "Tom Reed"]]
