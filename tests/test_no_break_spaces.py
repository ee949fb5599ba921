"""A no-break space between words is a space to the parser (spaCy's tokenizer glues words across it);
offsets and quotes stay the file's own."""

from __future__ import annotations

from tests.helpers import FAMILY_PUB, facts_of, pairs, run_text


def test_a_no_break_space_inside_a_name_does_not_split_it() -> None:
    text = "Tom\xa0Vale married Lena\xa0Moss in 2002."
    assert pairs(text, "marriage") == [["Lena Moss", "Tom Vale"]]


def test_quotes_keep_the_file_s_characters() -> None:
    text = "Tom\xa0Vale married Lena\xa0Moss in 2002."
    result = run_text(text, FAMILY_PUB)
    (fact,) = facts_of(result, "marriage")
    ev = fact["evidence"][0]
    full = f" date {FAMILY_PUB} " + text  # what run_text reads
    assert "\xa0" in ev["quote"]
    assert ev["quote"] == full[ev["start"] : ev["end"]]
