"""Capitalised names that are no person's: a band after "band", a venue a one-word name owns, a photo
credit in brackets, every part of a title in a work slot. Invented sentences; each test fails without its
rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


def test_a_name_after_band_is_a_band(nlp: Language) -> None:
    text = "Fans of the band Tom Crane cheered."
    assert people(nlp, text) == []


def test_a_one_word_name_owning_a_restaurant_names_the_place(nlp: Language) -> None:
    text = "Ana Ruiz and Tom Reed were spotted leaving Marco's restaurant together last night."
    assert "Marco" not in people(nlp, text)


def test_a_name_in_brackets_with_a_photo_agency_is_a_credit(nlp: Language) -> None:
    text = "Mia Lund later married Tom Vale in Rome. (DANA FROST, LTD./WIREIMAGE)"
    assert people(nlp, text) == ["Mia Lund", "Tom Vale"]


def test_a_name_coordinated_with_the_start_of_a_title_is_the_title(nlp: Language) -> None:
    text = "Tom Vale made the movie Mr and Mrs Lund with his now wife Mia Cole."
    assert people(nlp, text) == ["Mia Cole", "Tom Vale"]
