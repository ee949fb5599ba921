"""A first name written once with a letter doubled or single ("Jenifer Lane" in the headline, "Jennifer
Lane" in the body) is the same person; two different first names with one surname stay two."""

from __future__ import annotations

from helpers import names, run_text


def people(text: str) -> set[str]:
    return set(names(run_text(text)).values())


def test_doubled_letter_in_a_first_name() -> None:
    text = "Nora Kemp met Jenifer Lane at the party. Later Jennifer Lane said she loved the film."
    got = people(text)
    assert "Jennifer Lane" in got and "Jenifer Lane" not in got


def test_two_first_names_stay_two() -> None:
    assert {"Mara Lane", "Maria Lane"} <= people("Mara Lane and her sister Maria Lane were at the party.")
