"""What is still ahead and what has happened: a time clause in the past is no wish of the main clause;
a divorce someone wants is none yet. Invented sentences; the positive cases fail without the rule."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text
from newsfacts import lexicon as lx


def test_a_past_wedding_in_an_after_clause_is_a_marriage() -> None:
    text = "Dana Cole is happy. Two years after Dana Cole and Tom Reed wed, she wants a divorce."
    result = run_text(text)
    assert [f["people"] for f in facts_of(result, "marriage")] == [["Dana Cole", "Tom Reed"]]
    assert facts_of(result, "divorce") == []  # wanted, not filed


@pytest.mark.parametrize(
    "text",
    [
        "Dana Cole wants Tom Reed to sign a prenup before they walk down the aisle.",
        "Dana Cole will move to Paris after she and Tom Reed wed.",
        "Dana Cole plans to wed Tom Reed.",
    ],
)
def test_a_wedding_still_ahead_is_no_marriage(text: str) -> None:
    """Guard: "before" a plan, "after" in a future sentence, a plan itself."""
    assert facts_of(run_text(text), "marriage") == [], text


@pytest.mark.parametrize(("word", "sex"), [("Khloé", "female"), ("Zoë", "female"), ("José", "male")])
def test_a_given_name_with_an_accent_has_the_sex_of_its_plain_spelling(word: str, sex: str) -> None:
    assert lx.given_name_gender(word) == sex
