"""Project facts: constructions found missing on articles outside the development set.

Every sentence is invented (names and titles); each positive case fails without the rule named
above it, each negative case guards that rule's edge."""

from __future__ import annotations

import pytest

from helpers import facts_of, projects, run_text

PUB = "2021-06-16"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title read backwards stops at "and" after a named person: "X and <Title> star Y"
        (
            "The fans include TV host Tom Reed and Silver Tide star Sir Mark Bell.",
            [("Mark Bell", "Silver Tide")],
        ),
        (
            "The fans include Tom Reed and Silver Tide star Mark Bell.",
            [("Mark Bell", "Silver Tide")],
        ),
        # a relative clause is its own claim: the main clause's denial does not undo the role
        (
            "Dana Lowe, who plays a nurse in the new Harbor Lights film, also denied she had surgery.",
            [("Dana Lowe", "Harbor Lights")],
        ),
        # a role noun conjoined with a described name: "co-star and good friend Y"
        (
            "Mia and Tom were introduced by Tom's Snow Queen co-star and good friend Dana Lowe.",
            [("Dana Lowe", "Snow Queen"), ("Tom", "Snow Queen")],
        ),
        # a work noun the tagger reads as an adjective, between a possessive and the name it calls
        (
            "On Wednesday, Tom Reed was in London to pre-record a performance of his new single "
            "Backstabbers for a chat show.",
            [("Tom Reed", "Backstabbers")],
        ),
        # "whose" is the person the relative clause describes
        ("Mia Cole, whose new album Paper Sky is out now, wed.", [("Mia Cole", "Paper Sky")]),
        # a possessive inside a title before its work noun ("the new Dad's Navy film")
        (
            "Dana Lowe plays a nurse in the new Dad's Navy film.",
            [("Dana Lowe", "Dad's Navy")],
        ),
        # "rejoin" ties its subject like "join"
        ('Tom Reed will rejoin "The Choir" next year.', [("Tom Reed", "The Choir")]),
        # "reprise" (a role) ties its subject to the work the role is for
        (
            "Dana Lowe is reprising her role as Queen Anne for the new mini-series, "
            '"The Tudors: After London."',
            [("Dana Lowe", "The Tudors: After London")],
        ),
        # what a person is "best known for" is their work
        ('Tom Reed, best known for "The Gunslinger," arrived.', [("Tom Reed", "The Gunslinger")]),
    ],
)
def test_unseen_constructions(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a denial on the relative clause itself still denies
        "Dana Lowe, who never starred in the new Harbor Lights film, denied it.",
        # "whose" on something that is no person ties nobody
        "The label, whose new album Paper Sky is out now, was sold.",
        # a day's possessive is no part of a title
        "Mia Cole performed two songs as the musical guest on Saturday's episode of the sketch show.",
        # a title's own capitalised "And" does not end it at a name-like word
        '"She is smart," Chris Dunn said about his Snow White And The Huntsman co-star.',
        # "co-star and Y" with no noun of its own for Y: two people, Y not described as the co-star
        "Mia and Tom were introduced by Tom's Snow Queen co-star and Dana Lowe.",
        # "known for years": a time, not a work
        'Dana Lowe has known for years about "Harbor Lights."',
        # what is reprised is a character, not a work
        "Dana Lowe is still keen to reprise Harbor Lights for the sequel.",
    ],
)
def test_unseen_constructions_negative(text: str) -> None:
    found = projects(text)
    assert all(person not in {"Dana Lowe", "Snow White"} for person, _ in found), found
    wrong = {"Saturday's", "Huntsman", "Paper Sky", "Harbor Lights"}
    assert all(title not in wrong for _, title in found), found


def roles(text: str) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    return {
        (f["person"], f["title"]): (f["kind"], f["role"]) for f in facts_of(run_text(text, PUB), "project")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as a <role noun>" on the verb names the role, and a judge sits on television
        ('Tom Reed will join "The Choir" as a judge next year.', ("tv", "judge")),
        ('Tom Reed returned to "The Choir" as host.', ("tv", "host")),
        # without it the verb's own role stays
        ('Tom Reed will join "The Choir" next year.', ("film", "actor")),
    ],
)
def test_role_named_by_as(text: str, expected: tuple[str, str]) -> None:
    assert roles(text) == {("Tom Reed", "The Choir"): expected}
