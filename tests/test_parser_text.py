"""What the parser reads: a hyphen between spaces is a dash, an apostrophe inside a word is straight;
the evidence keeps the file's text. Invented sentences; the positive cases fail without the rule."""

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


def test_a_curly_apostrophe_inside_a_word_is_read_as_a_straight_one() -> None:
    """ "America’s Next Star": with the curly apostrophe the tagger split a place from a name."""
    text = "Dana Cole made her debut as the new host of America’s Next Star."
    assert [(f["person"], f["title"]) for f in facts_of(run_text(text), "project")] == [
        ("Dana Cole", "America's Next Star")
    ]


def test_as_parsed_keeps_curly_quotation_marks() -> None:
    """Guard: only an apostrophe between letters changes; quotation marks stay as they are."""
    text = "She sang ‘Paper Boats’ on Dana’s show."
    assert as_parsed(text) == "She sang ‘Paper Boats’ on Dana's show."


def test_a_capitalised_kin_word_after_a_possessive_is_part_of_a_name() -> None:
    """Guard: "Destiny’s Child" (read with a straight apostrophe) is a band, no child and no person."""
    result = run_text("Dana Cole and Mia Lane have been friends since Dana was a member of Destiny’s Child.")
    assert facts_of(result, "child") == []
    assert "Destiny" not in {p.name for p in result.people}


def test_a_post_on_someones_staff_is_no_work() -> None:
    """Guard: "Prince Tom’s Private Secretary" (read with a straight apostrophe) is a job, not a work."""
    text = "Prince Tom’s Private Secretary, former expert Mia Lane, is said to be considering her options."
    assert facts_of(run_text(text), "project") == []
