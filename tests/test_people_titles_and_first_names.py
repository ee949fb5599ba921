"""Names that are no person's, and first names the tagger leaves out: a title closed by a role noun
("The Wolf of Wall Street star"), a character after "X's character" even in a list, an untagged first
name before a tagged surname ("Margot Robbie"). Invented sentences; each test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


# --- a title closed by a role noun


def test_a_title_with_small_words_before_star_is_no_person(nlp: Language) -> None:
    text = "Margot Robbie arrived. The Wolf of Wall Street star smiled."
    assert people(nlp, text) == ["Margot Robbie"]


# --- a character after "X's character", coordinated with something else


def test_a_character_in_a_list_after_his_character_is_no_person(nlp: Language) -> None:
    text = "The singer shared a photo of himself and Tom Reed's character Billy Vance on Thursday."
    assert people(nlp, text) == ["Tom Reed"]


# --- an untagged first name before a tagged surname


def test_an_untagged_first_name_joins_the_surname(nlp: Language) -> None:
    text = "Margot Robbie arrived at the gala."
    assert people(nlp, text) == ["Margot Robbie"]


def test_a_title_of_office_is_no_first_name(nlp: Language) -> None:
    # negative: "Justice" is a title before the surname
    text = "The hearing was adjourned. Earlier Justice Kaplan refused to issue the warrant."
    assert "Justice Kaplan" not in people(nlp, text)


def test_a_family_title_is_no_first_name(nlp: Language) -> None:
    # negative: "Mama" is a form of address before the name
    text = "Ana Lee went out. Mama Kris stayed home."
    assert "Mama Kris" not in people(nlp, text)
