"""Counted children: "each" gives every parent the count; children counted as a dating verb's object
are none. Invented sentences; the positive cases fail without the rule."""

from __future__ import annotations

from helpers import facts_of, run_text


def test_each_parent_has_the_count_of_their_own() -> None:
    kids = facts_of(
        run_text("Tom Reed and Dana Cole each have two kids from previous relationships."), "child"
    )
    assert sorted(tuple(k["parents"]) for k in kids) == [("Dana Cole",)] * 2 + [("Tom Reed",)] * 2


def test_girls_someone_dated_are_no_children() -> None:
    text = "Going by the dating history of Tom Reed, he dated only two girls in his lifetime."
    assert facts_of(run_text(text), "child") == []


def test_a_couples_count_together_is_theirs() -> None:
    """Guard: without "each" the count is the couple's."""
    kids = facts_of(run_text("Tom Reed and Dana Cole have two kids together."), "child")
    assert [k["parents"] for k in kids] == [["Dana Cole", "Tom Reed"]] * 2


def test_an_adopted_pet_is_no_child() -> None:
    text = "Dana Cole just adopted the Cavalier King Charles Spaniel in September."
    assert facts_of(run_text(text), "child") == []


def test_a_child_someone_is_accused_of_fathering_is_no_stated_birth() -> None:
    text = "Mia Lane is furious. A storm brews as a woman accuses Tom Reed of fathering her child."
    assert facts_of(run_text(text), "child") == []


def test_an_adopted_child_named_is_still_a_child() -> None:
    """Guard: "adopted Max" with no word of a pet stays a child."""
    assert [k["child"] for k in facts_of(run_text("Dana Cole adopted Max in 2015."), "child")] == ["Max"]
