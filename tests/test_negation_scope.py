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


def test_a_not_on_the_auxiliary_negates_the_cue() -> None:
    """The parser may hang "not" on "get"/"did" rather than on the cue; ``negated()`` reads both."""
    for text in (
        "Lena Moss and Tom Vale may not get married after all, a friend said.",
        "Lena Moss didn't get engaged to Tom Vale in Paris last spring.",
    ):
        doc = run_text(text)
        assert facts_of(doc, "marriage") == [] and facts_of(doc, "engagement") == [], text


def test_the_same_sentence_without_the_not_is_a_claim() -> None:
    doc = run_text("Lena Moss got engaged to Tom Vale in Paris last spring.")
    assert [sorted(f["people"]) for f in facts_of(doc, "engagement")] == [["Lena Moss", "Tom Vale"]]


def test_shutting_down_a_rumour_denies_it() -> None:
    """ "shut down rumors she's dating Y": a denial with "down", like "shot down"."""
    assert (
        facts_of(run_text("At the Globes, Dana Cole shut down rumors she's dating Tom Reed."), "relationship")
        == []
    )


def test_shutting_down_a_business_denies_nothing() -> None:
    """Guard: "shut down the restaurant she owned with her husband Y" keeps the marriage."""
    text = "Dana Cole shut down the restaurant she owned with her husband Tom Reed."
    assert [f["people"] for f in facts_of(run_text(text), "marriage")] == [["Dana Cole", "Tom Reed"]]
