"""Bare surnames and possessives: who "Delvine" is when a relative shares the name, and why a name
before "'s mother" in a role is not the character. Invented names and sentences."""

from __future__ import annotations

from spacy.language import Language

from helpers import refers, run_text


def test_a_bare_surname_is_the_person_introduced_first_not_the_last_relative_named(nlp: Language) -> None:
    text = (
        "Daniel Harper and his wife Emily Stone shared a photo of their newborn, Noah Harper. "
        "Harper wrote that he was proud."
    )
    assert refers(nlp, text, "Harper", 2) == ["Daniel Harper"]


def test_a_bare_surname_still_goes_to_the_only_person_with_it(nlp: Language) -> None:
    text = "Marcus Delvine met Olivia Brandt in Rome. Brandt said she was happy."
    assert refers(nlp, text, "Brandt", 1) == ["Olivia Brandt"]


def test_the_owner_of_a_played_relative_is_no_character() -> None:
    text = (
        "Olivia Brandt is engaged to Theo Rask, her publicist said. "
        "In the new series, Lena Moss plays Brandt's mother, a retired judge."
    )
    people = {p.name for p in run_text(text).people}
    assert "Olivia Brandt" in people


def test_the_played_name_itself_is_still_a_character() -> None:
    text = "Lena Moss plays Ruth Calder, a retired judge, in the new series. Calder is tough, Moss said."
    people = {p.name for p in run_text(text).people}
    assert "Ruth Calder" not in people
