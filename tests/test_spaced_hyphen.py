"""A hyphen between spaces is a dash: the parser reads it so, and the evidence keeps the file's text.
Invented sentences; the positive cases fail without the rule."""

from __future__ import annotations

from helpers import facts_of, run_text
from newsfacts.pipeline import as_parsed

TEXT = (
    "Tom Reed has been helping 11-year-old Ivy - Dana Cole's child with ex-husband Sam Hill - "
    "master the keys."
)


def test_a_dash_written_as_a_spaced_hyphen_parts_the_apposition() -> None:
    result = run_text(TEXT, "2017-06-01")
    kids = facts_of(result, "child")
    assert [(k["child"], k["parents"]) for k in kids] == [("Ivy", ["Dana Cole", "Sam Hill"])]
    assert [f["people"] for f in facts_of(result, "marriage")] == [["Dana Cole", "Sam Hill"]]


def test_the_evidence_quotes_the_file_with_its_hyphens() -> None:
    result = run_text(TEXT, "2017-06-01")
    quotes = {e.quote for f in result.facts for e in f.evidence}
    assert any(" - Dana Cole's child" in q for q in quotes)


def test_as_parsed_keeps_every_offset_and_joined_hyphens() -> None:
    """Guard: one character for one; a hyphen inside a word ("11-year-old", "ex-husband") stays."""
    out = as_parsed(TEXT)
    assert len(out) == len(TEXT)
    assert "11-year-old" in out and "ex-husband" in out and " – " in out and " - " not in out


def test_a_list_after_a_kin_noun_and_a_dash_is_still_read() -> None:
    """ "two of his ex-girlfriends - A and B": the dash between the noun and its names is filler."""
    text = (
        "Well, Tom Reed knows the feeling. "
        "Last night, the singer met two of his ex-girlfriends - Dana Cole and Mia Lane."
    )
    pairs = sorted(f["people"] for f in facts_of(run_text(text), "relationship"))
    assert pairs == [["Dana Cole", "Tom Reed"], ["Mia Lane", "Tom Reed"]]
