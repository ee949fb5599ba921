"""Negation scope: a relative clause is its own claim. Invented sentences."""

from __future__ import annotations

from helpers import facts_of, run_text


def test_a_denial_above_a_relative_clause_does_not_undo_its_wedding() -> None:
    text = "Lena Moss, who is married to Tom Vale, has denied the rumours about her new diet."
    pairs = [sorted(f["people"]) for f in facts_of(run_text(text), "marriage")]
    assert pairs == [["Lena Moss", "Tom Vale"]]


def test_a_negation_inside_the_clause_still_counts() -> None:
    text = "Lena Moss, who never married Tom Vale, spoke about her new diet on Sunday."
    assert facts_of(run_text(text), "marriage") == []


def test_a_denied_main_clause_is_still_denied() -> None:
    text = "Lena Moss denied that she married Tom Vale in Rome last summer."
    assert facts_of(run_text(text), "marriage") == []
