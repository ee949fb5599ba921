"""Whose children "their" counts: the person after "with" and the clause's subject ("he shared with Y
and their three kids"), the couple named before "their" when a sentence names two couples, and "a brood
of six" as six unnamed children."""

from __future__ import annotations

from helpers import children

COUPLE = ["Lena Moss", "Tom Vale"]


def test_with_partner_and_their_kids() -> None:
    text = (
        "Now that Tom Vale has moved out of the home in Dallas that he shared with Lena Moss and their "
        "three kids, he has settled into a new house."
    )
    assert children(text) == [(COUPLE, "")] * 3


def test_with_partner_and_their_daughter() -> None:
    text = "Tom Vale was spotted at the beach with Lena Moss and their daughter on Sunday."
    assert children(text) == [(COUPLE, "")]


def test_their_means_the_couple_named_before_it() -> None:
    text = (
        "A report claimed that Tom Vale received strict guidelines from his former wife Lena Moss to keep "
        "their two kids away from his ex Rita Fox."
    )
    assert children(text) == [(COUPLE, "")] * 2


def test_brood_of_six() -> None:
    text = (
        "Lena Moss filed for divorce from her husband Tom Vale in May. She insisted that Tom would keep "
        "their brood of six away from the press."
    )
    assert children(text) == [(COUPLE, "")] * 6


def test_brood_without_a_number_counts_nobody() -> None:
    text = "Lena Moss filed for divorce from her husband Tom Vale in May. Their brood was at home."
    assert children(text) == []
