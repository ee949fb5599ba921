"""Repairs of parser errors that cost a fact's subject. Invented sentences."""

from __future__ import annotations

import pytest

from helpers import facts_of, names, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss stars in the new film 'Red Harbor'.",
        "Lena Moss stars in the film 'Cold River' this year.",
    ],
)
def test_a_name_read_as_a_compound_of_the_verb_is_its_subject(text: str) -> None:
    """The parser reads "Moss stars" as a noun compound and leaves "stars" without a subject."""
    assert [f["person"] for f in facts_of(run_text(text), "project")] == ["Lena Moss"], text


def test_a_name_before_its_verb_tagged_as_a_noun_is_still_a_person() -> None:
    """In "Lena Moss stars as a nurse …" the tagger reads "stars" as a plural noun; the brand rule
    ("Christian Louboutin boots") must not take the name for a product."""
    assert "Lena Moss" in names(run_text("Lena Moss stars as a nurse in the drama.")).values()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lena Moss is married to actor Tom Vale.", "marriage"),
        ("Lena Moss was married to film director Tom Vale.", "marriage"),
        ("Lena Moss got engaged to singer Tom Vale in May.", "engagement"),
    ],
)
def test_to_a_role_noun_then_a_name(text: str, kind: str) -> None:
    """The tagger reads "to actor" as an infinitive and loses the object; word order finds the name."""
    assert [sorted(f["people"]) for f in facts_of(run_text(text), kind)] == [["Lena Moss", "Tom Vale"]], text


def test_to_be_married_is_no_role_noun() -> None:
    """ "engaged to be married to Y": the engagement's partner is the object of "married"; no marriage yet."""
    doc = run_text("Lena Moss is engaged to be married to Tom Vale.")
    assert [sorted(f["people"]) for f in facts_of(doc, "engagement")] == [["Lena Moss", "Tom Vale"]]
    assert facts_of(doc, "marriage") == []


@pytest.mark.parametrize(
    "text",
    ["Lena Moss starred in Broken Arrows in 2010.", "Lena Moss appeared in Broken Arrows last year."],
)
def test_a_name_met_only_after_starred_in_is_a_work(text: str) -> None:
    """NER may tag a title as a person; one met only as the object of "starred/appeared in" is a work."""
    result = run_text(text)
    assert "Broken Arrows" not in names(result).values()
    assert [(f["person"], f["title"]) for f in facts_of(result, "project")] == [
        ("Lena Moss", "Broken Arrows")
    ]
