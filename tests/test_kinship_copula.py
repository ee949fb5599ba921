"""A kinship noun as the subject of "be" names the person after it: "X's husband is Y". Invented."""

from __future__ import annotations

from helpers import facts_of, names, run_text


def test_the_spouse_after_the_copula() -> None:
    facts = facts_of(run_text("Lena Moss's husband is Tom Vale."), "marriage")
    assert [sorted(f["people"]) for f in facts] == [["Lena Moss", "Tom Vale"]]


def test_the_child_after_the_copula_is_a_person_and_the_child() -> None:
    result = run_text("Lena Moss's daughter is Ivy Moss.")
    assert "Ivy Moss" in names(result).values()
    assert [(f["parents"], f["child"]) for f in facts_of(result, "child")] == [(["Lena Moss"], "Ivy Moss")]
