"""A two-word name the tagger calls an organisation or a place, opened by a given name, acting as a
verb's subject, is a person. Invented names; the positive cases fail without the rule."""

from __future__ import annotations

import pytest

from helpers import names, run_text


def _people(text: str) -> set[str]:
    return set(names(run_text(text)).values())


def test_a_given_name_and_surname_as_a_subject_is_a_person() -> None:
    assert "Keanu Reeves" in _people("A close friend said that Keanu Reeves isn't exactly thrilled with it.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Dana Vale Show aired a tribute on Monday night.", "Dana Vale Show"),
        ("Kylie Cosmetics launched a new lipstick on Monday.", "Kylie Cosmetics"),
        ("Kensington Palace confirmed the news on Monday.", "Kensington Palace"),
        ("December Vale was cold, the diary says.", "December Vale"),
    ],
)
def test_a_show_a_firm_a_place_or_a_month_is_no_person(text: str, name: str) -> None:
    """Guard: the name's last word heads a show's, a firm's or a place's name, or its first is a month."""
    assert name not in _people(text), text


def test_a_given_name_in_a_comma_list_of_people_is_a_person() -> None:
    assert "Scott" in _people("The guest list included Tom Reed, Scott, Dana Cole and Mia Lane.")


def test_a_brand_in_a_comma_list_of_people_is_no_person() -> None:
    """Guard: only a given name joins the list's people."""
    assert "Netflix" not in _people("The guest list included Tom Reed, Scott, Netflix and Mia Lane.")
