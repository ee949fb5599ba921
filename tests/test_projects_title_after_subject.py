"""A title read backwards from a role noun stops at a small word right after a named person: in "X is a
Title star" the title is not "X is a Title". Invented sentences; the test fails without the rule."""

from __future__ import annotations

from helpers import projects


def test_the_subject_and_copula_are_no_part_of_the_title() -> None:
    assert projects("Lena Moss is a Harbor Lights star. She smiled.") == [("Lena Moss", "Harbor Lights")]
