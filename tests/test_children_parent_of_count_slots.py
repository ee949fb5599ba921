"""Unnamed children a parent noun counts where the parser hides its owner or number: "As a mother of
two, X …" (the clause's subject), "the mom of three's nightmare" (the number before "'s")."""

from __future__ import annotations

from helpers import children


def test_as_a_mother_of_two_is_the_subjects() -> None:
    text = "Lena Moss was furious. As a mother of two, she knows how hard the week was."
    assert children(text) == [(["Lena Moss"], "")] * 2


def test_as_the_father_of_three_daughters_names_the_subject() -> None:
    text = "As the father of three daughters, Tom Vale strongly believes that the senator must apologize."
    assert children(text) == [(["Tom Vale"], "")] * 3


def test_mom_of_three_before_a_possessive() -> None:
    text = "Lena Moss flew to Paris on Monday. The mom of three’s nightmare began on the flight."
    assert children(text) == [(["Lena Moss"], "")] * 3


def test_as_a_fan_counts_nobody() -> None:
    text = "As a fan of three bands, Tom Vale goes to many concerts."
    assert children(text) == []


def test_father_of_ones_is_not_a_count() -> None:
    text = "Tom Vale got into a fight over the father of one's ex-wife Lena Moss."
    assert children(text) == []
