""" "A and B Surname" gives A the surname only when A is a first name of either sex ("Kendall and
Ana Ruiz"); a mononym or a surname before "and" ("Zorro and Ana Ruiz", "musicians Drubb and Tom Reed")
keeps its one word."""

from __future__ import annotations

import pytest
from tests.helpers import run_text


def _names(text: str) -> set[str]:
    return {p.name for p in run_text(text).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He attended the gig with his pals, musicians Drubb and Tom Reed, who headlined.", "Drubb"),
        ("Zorro and Lena Moss insisted their split was amicable.", "Zorro"),
    ],
)
def test_a_word_that_is_no_first_name_keeps_its_one_word(text: str, name: str) -> None:
    names = _names(text)
    assert name in names and not any(n.startswith(name + " ") for n in names)


def test_a_first_name_shares_the_surname() -> None:  # guard
    assert "Kendall Ruiz" in _names("Lena Moss said Kendall and Ana Ruiz insisted their split was amicable.")
