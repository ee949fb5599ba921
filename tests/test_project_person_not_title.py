"""A person's full name, known to the cast, is never a work's title."""

from __future__ import annotations

from helpers import projects


def test_named_co_star_is_no_title() -> None:
    text = "Lena Moss stars in Night Tide. Her co-star in the film, Tom Vale, said she was a delight."
    assert projects(text) == [("Lena Moss", "Night Tide")]


def test_name_before_a_titled_work_noun_is_its_maker() -> None:
    assert projects("Lena Moss starred in the Dan Reed film Night Tide.") == [("Lena Moss", "Night Tide")]


def test_second_subject_of_co_star_is_no_title() -> None:
    assert projects("Lena Moss and Tom Vale co-star in Night Tide.") == [("Lena Moss", "Night Tide")]
