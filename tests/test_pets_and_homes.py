"""Names of pets and houses: "the pup, Rocco", "her country home, Ashby Hall", "a King Charles
Spaniel" are nobody's; a person in apposition to a kin noun still is."""

from __future__ import annotations

from helpers import names, run_text


def people(text: str) -> set[str]:
    return set(names(run_text(text)).values())


def test_pet_in_apposition() -> None:
    text = "Nora Kemp brought the pup, Rocco, to the rink. Rocco played on the ice while Kemp watched."
    assert people(text) == {"Nora Kemp"}


def test_house_in_apposition() -> None:
    text = "The designer, who decorated her country home, Ashby Hall, is helping Nora Kemp again."
    assert "Ashby Hall" not in people(text)


def test_dog_breed() -> None:
    assert "Charles Spaniel" not in people("Nora Kemp adopted a Cavalier King Charles Spaniel in May.")


def test_kin_in_apposition_stays() -> None:
    assert "Leo Vale" in people("Nora Kemp brought her son, Leo Vale, to the rink.")
