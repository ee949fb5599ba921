"""An anniversary "with Y" is a wedding's unless the sentence calls Y a boyfriend or girlfriend. Invented."""

from __future__ import annotations

from helpers import facts_of, run_text


def _pairs(text: str, kind: str) -> list[list[str]]:
    return [sorted(f["people"]) for f in facts_of(run_text(text), kind)]


def test_a_dating_anniversary_is_a_relationship() -> None:
    for text in (
        "Lena Moss celebrated her two-year anniversary with boyfriend Tom Vale.",
        "Lena Moss marked her second anniversary with Tom Vale, her beau, on Sunday.",
    ):
        assert _pairs(text, "marriage") == [], text
        assert _pairs(text, "relationship") == [["Lena Moss", "Tom Vale"]], text


def test_an_anniversary_with_a_husband_is_a_marriage() -> None:
    text = "Lena Moss celebrated her anniversary with husband Tom Vale."
    assert _pairs(text, "marriage") == [["Lena Moss", "Tom Vale"]]
