"""Names in a slot only a company, a show or a work fills: a one-word name before an officer's title
and name ("Vantage CEO Tom Vale"), a name a time noun owns ("this season's Silver Tank"), the object of
"filming", a name after "agency"/"studio". Invented sentences; each positive test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


def test_a_name_before_an_officer_is_the_company(nlp: Language) -> None:
    text = "The fundraiser was held at the home of Lena Moss and her husband, Vantage CEO Tom Vale."
    assert people(nlp, text) == ["Lena Moss", "Tom Vale"]


def test_a_name_a_season_owns_is_a_show(nlp: Language) -> None:
    text = "Lena Moss and Tom Vale were at the premiere for this season's Dana Cole."
    assert people(nlp, text) == ["Lena Moss", "Tom Vale"]


def test_the_object_of_filming_is_a_work(nlp: Language) -> None:
    text = "Lena Moss was spotted in May boarding a plane in Paris, where Vale was filming Robin Marsh."
    assert people(nlp, text) == ["Lena Moss", "Vale"]


def test_a_name_after_agency_is_the_agency(nlp: Language) -> None:
    text = "Tom Vale said that spy agency Marcus Dane had denied the report."
    assert people(nlp, text) == ["Tom Vale"]


def test_a_person_filmed_elsewhere_stays(nlp: Language) -> None:
    """Guard: a name filmed once but acting in another sentence is a person's."""
    text = "Tom Vale was filming Lena Moss on his phone. Lena Moss laughed."
    assert people(nlp, text) == ["Lena Moss", "Tom Vale"]


def test_an_officer_named_first_stays(nlp: Language) -> None:
    """Guard: a full name before an officer's title is the person ("Ana Ruiz, founder of …" reads so too)."""
    text = "Ana Ruiz founder Tom Vale said the brand was growing."
    assert "Tom Vale" in people(nlp, text)
