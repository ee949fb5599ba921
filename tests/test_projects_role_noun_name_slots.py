"""A title before a role noun and the name after it: the words around them that belong to neither.
Invented sentences; each positive case fails without the rule its comment names."""

from __future__ import annotations

import pytest

from helpers import names, projects, run_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction or linking adverb opening the sentence is not the first word of the title
        (
            'Fans cheered. And Silver Lake star Dana Cole declared: "We needed this."',
            [("Dana Cole", "Silver Lake")],
        ),
        (
            "Fans cheered. But Harbor Nights actress Mia Lane stayed home.",
            [("Mia Lane", "Harbor Nights")],
        ),
        # an honorific between the role noun and the name is not part of the name
        (
            "The supporters include Lord of the Rings star Sir Mark Bell.",
            [("Mark Bell", "Lord of the Rings")],
        ),
    ],
)
def test_title_and_name_around_a_role_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


def test_a_title_that_opens_with_a_conjunction_inside_a_sentence_keeps_it() -> None:
    """Guard: only the sentence's first word is dropped; "And" inside the run stays in the title."""
    assert projects("Fans love Pride And Glory star Dana Cole.") == [("Dana Cole", "Pride And Glory")]


def test_an_honorific_alone_before_of_names_nobody() -> None:
    """ "Lord of the Rings": the honorific opens a title, not a person's name."""
    text = "Fans include TV host Tom Reed and Lord of the Rings star Sir Mark Bell."
    people = set(names(run_text(text)).values())
    assert people == {"Tom Reed", "Mark Bell"}


def test_a_one_word_name_that_is_an_honorific_is_still_a_name() -> None:
    """Guard: a child named like an honorific, in a list of names, stays a person."""
    people = set(names(run_text("Dana Cole and Tom Reed welcomed twins, Rumi and Sir, last month.")).values())
    assert {"Rumi", "Sir"} <= people
