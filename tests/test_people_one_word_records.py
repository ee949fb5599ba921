"""One-word names that are no person: a couple's blended nickname, a royal title after "the", the place of
a "-born" compound, a quantity noun before "of". Invented sentences; each test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of
from newsfacts.people_one_word import blended_name


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


def test_a_blend_of_two_names_is_the_couples_nickname(nlp: Language) -> None:
    text = "Tom Vale and Lena Moss are back together. But Valemoss was never meant to last, a source said."
    assert people(nlp, text) == ["Lena Moss", "Tom Vale"]


def test_blends_and_names_that_are_none() -> None:
    assert blended_name("Bren", ["brad", "pitt", "jen", "aniston"])
    assert blended_name("Valemoss", ["tom", "vale", "lena", "moss"])
    assert not blended_name("RiRi", ["rihanna", "ari", "moss"])  # one person's doubled nickname
    assert not blended_name("Lena", ["leon", "nina"])  # a given name
    assert not blended_name("Vale", ["tom", "vale"])  # the name itself


def test_a_royal_title_after_the_is_no_name(nlp: Language) -> None:
    text = "Aides said the Queen has no intention of stepping aside for Prince Tom Vale."
    assert "Queen" not in people(nlp, text)


def test_a_royal_word_as_a_given_name_stays(nlp: Language) -> None:
    text = "Tom Vale says he is set to wed his fiancée Princess on Friday."
    assert "Princess" in people(nlp, text)


def test_a_name_before_born_is_a_place(nlp: Language) -> None:
    text = "The 46-year-old Slovenia-born stunner smiled as Tom Vale reached for her hand."
    assert "Slovenia" not in people(nlp, text)


def test_a_quantity_noun_before_of_is_no_name(nlp: Language) -> None:
    text = "Tons of lip gloss can make you look young, Lena Moss said."
    assert "Tons" not in people(nlp, text)


def test_a_name_in_apposition_to_a_movie_is_its_title(nlp: Language) -> None:
    text = (
        "The reason for their split is Tom Vale's new movie, Delmora."
        " Delmora will reportedly feature the life of a drug addict."
    )
    assert "Delmora" not in people(nlp, text)


def test_names_after_a_storm_word_are_storms(nlp: Language) -> None:
    text = (
        "Tom Vale’s plea, despite its slightly unbearable pitch, rings somewhat true amid the backdrop of"
        " destruction caused by Hurricanes Harvey and Lena."
    )
    assert "Lena" not in people(nlp, text)


def test_a_surname_with_a_plural_s_is_the_family(nlp: Language) -> None:
    text = (
        "Lena Moss left Tom Vale last year. Shortly afterward, Ms. Moss and the kids moved out of Mr. Vales’s"
        " estate, living in a rental for nine months."
    )
    assert "Vales" not in people(nlp, text)
