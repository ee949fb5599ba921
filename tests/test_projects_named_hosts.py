"""A show named after the people who host it. Invented sentences and shows; each positive case fails
without the rule, the guards are marked."""

from __future__ import annotations

import pytest

from helpers import facts_of, projects, run_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name beside a show word
        (
            'Dana Cole filled in for Jimmy Vale on "Jimmy Vale Live" on Thursday.',
            [("Jimmy Vale", "Jimmy Vale Live")],
        ),
        (
            "Ratings for “Mia Lane Today” fell again. Mia Lane joined the network in June.",
            [("Mia Lane", "Mia Lane Today")],
        ),
        # first names after "with", each fitting one person of the article
        (
            "Dana Cole and Tom Reed were happy: “Live with Dana and Tom” kept its lead in the ratings.",
            [("Dana Cole", "Live with Dana and Tom"), ("Tom Reed", "Live with Dana and Tom")],
        ),
    ],
)
def test_a_show_named_after_its_hosts(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


def test_the_hosts_of_a_named_show_are_hosts() -> None:
    roles = {
        f["role"] for f in facts_of(run_text('Jimmy Vale joked on "Jimmy Vale Live" on Thursday.'), "project")
    }
    assert roles == {"host"}


def test_a_work_named_after_someone_without_a_show_word_is_not_theirs() -> None:
    """Guard: a documentary about a person is not the person's project."""
    assert (
        projects('The documentary "The Man Who Saved Tom Reed" premieres Friday. Tom Reed was not there.')
        == []
    )


def test_a_first_name_that_fits_two_people_names_no_host() -> None:
    """Guard: "with Dana" is nobody when two Danas are in the article."""
    text = "Dana Cole and Dana Fox watched “Live with Dana” on Monday."
    assert projects(text) == []


def test_a_rivals_show_is_not_the_possessors() -> None:
    """ "her main competitor, NBC's X": the possessive is on the rival noun, not on the work."""
    text = "Mia Lane is worried: her main competitor, NBC’s “Morning Buzz,” kept its lead."
    assert projects(text) == []
