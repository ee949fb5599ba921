"""Project facts from credits in brackets after a full name in a casting sentence: "Other cast members
include Fred Stroud (Night Desk, The Pale Harbor) and Anna Ash (Masters of Rain)."

Every sentence is invented (names and titles); each positive case fails without the rule
(``extractors/project_credits.py``), each negative case guards one of its edges: brackets that hold a
character, an alias, a nickname, a party and state, a caption word, a place or a day, and sentences
that are about no cast."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Moss will star in the new movie Dark Road. Other cast members include Fred Stroud "
            "(Night Desk, The Pale Harbor), Dan Buck (Harbor), and Anna Ash (Masters of Rain).",
            [
                ("Anna Ash", "Masters of Rain"),
                ("Dan Buck", "Harbor"),
                ("Fred Stroud", "Night Desk"),
                ("Fred Stroud", "The Pale Harbor"),
                ("Lena Moss", "Dark Road"),
            ],
        ),
        # the work's own sentence: "Title stars A (X) and B (Y)", a possessive inside a credit
        (
            "Dark Road stars Tom Vale (Night Desk) and Lena Moss (Grey's Harbor).",
            [("Lena Moss", "Grey's Harbor"), ("Tom Vale", "Night Desk")],
        ),
    ],
)
def test_credits_in_brackets(text: str, expected: list[tuple[str, str]]) -> None:
    for pair in expected:
        assert pair in projects(text)


@pytest.mark.parametrize(
    "text",
    [
        # a character's name in brackets, not a credit
        "Tom Vale will direct the film. The cast includes Fred Stroud (Bella Stone) and Lena Moss "
        "(Edward Cole).",
        # nicknames of band members: "stars" describes people, no work's cast
        "Pop stars Gina Horn (Ginger Spice) and Lena Moss (Posh Spice) were there.",
        "The stars Gina Horn (Ginger Spice) and Lena Moss (Posh Spice) were there.",
        # an alias, a party and state, a caption word, a place, a day
        "The film also stars Tom Vale (AKA The Wanderer).",
        "The cast of the gala included Senator Tom Vale (D-Ohio) and Lena Moss (pictured).",
        "The film also stars Tom Vale (Texas) and Lena Moss (Monday).",
        # an age
        "The film also stars Tom Vale (42) and Lena Moss (38).",
        # no casting word in the sentence
        "Members of the group Gina Horn (Silver Tide) and Lena Moss (Night Desk) met the press.",
    ],
)
def test_brackets_that_are_no_credit(text: str) -> None:
    found = projects(text)
    assert not [p for p in found if p[1] not in {"Dark Road"}], found
