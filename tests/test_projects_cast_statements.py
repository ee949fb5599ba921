"""Project recall: people tied to a work through a cast statement together with someone already tied to it.
A cast noun lists its members ("the cast of X includes A and B", "X features an ensemble cast including
A, B and C", "the cast includes A" pointing back to the work named before, "A and B have joined the
cast"); a relative clause on the work stars them ("X, which also stars A"); a partner is named on a
"stars" the tagger reads as a noun ("Y stars alongside A in X", "Y stars in X opposite A") or through a
noun of a joint project ("In a team-up with A and B, Y will star in X").

Lists that are no cast give nothing: guests at a premiere, people thanked or beaten, "a cast of
characters like A", family members at an event.

Every sentence is invented (names and titles); each positive case fails without the rule."""

from __future__ import annotations

import pytest

from helpers import PROJECT_PUB, facts_of, projects, run_text

FILM = "Lena Moss's new film Blue Hour opens in May. "
SHOW = "Lena Moss's new series Blue Hour premieres in May. "


def _cast(*names: str) -> list[tuple[str, str]]:
    return sorted((n, "Blue Hour") for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cast noun and its list
        ("The cast of Blue Hour includes Lena Moss and Tom Vale.", _cast("Lena Moss", "Tom Vale")),
        (
            "The cast of Blue Hour also includes Tom Vale, Ana Cruz and Rob Kent.",
            _cast("Tom Vale", "Ana Cruz", "Rob Kent"),
        ),
        (
            FILM + "The film features an ensemble cast including Tom Vale, Ana Cruz, Rob Kent and Mia Hart.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz", "Rob Kent", "Mia Hart"),
        ),
        (
            FILM + "The film features an ensemble cast of Tom Vale, Ana Cruz and Rob Kent.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz", "Rob Kent"),
        ),
        (
            FILM + "Her co-stars in the film include Tom Vale and Ana Cruz.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        # "the cast" points back to the work named before
        (SHOW + "The cast includes Tom Vale and Ana Cruz.", _cast("Lena Moss", "Tom Vale", "Ana Cruz")),
        (
            FILM + "The ensemble cast also includes Tom Vale, Ana Cruz and Rob Kent.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz", "Rob Kent"),
        ),
        (
            FILM + "The star-studded cast includes Tom Vale and Ana Cruz.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        (
            FILM + "Tom Vale, Ana Cruz and Rob Kent round out the cast.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz", "Rob Kent"),
        ),
        (
            "Lena Moss is set to star in Blue Hour. Tom Vale and Ana Cruz have also joined the cast.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        (
            "Tom Vale and Ana Cruz have joined Lena Moss in the cast of the film Blue Hour.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        (FILM + "Tom Vale joins her in the cast.", _cast("Lena Moss", "Tom Vale")),
        # the doers after the copula of a fronted participle; a cast led by its stars
        (
            FILM + "Also starring in the film are Tom Vale and Ana Cruz.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        (
            FILM + "Joining her in the cast are Tom Vale and Ana Cruz.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        ("The cast of the film Blue Hour is led by Lena Moss and Tom Vale.", _cast("Lena Moss", "Tom Vale")),
        # a relative clause on the work
        ("Lena Moss plays a nurse in Blue Hour, which also stars Tom Vale.", _cast("Lena Moss", "Tom Vale")),
        # partners of a "stars" read as a noun, and of a joint project
        (
            "Lena Moss stars alongside Tom Vale and Ana Cruz in Blue Hour.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        ("Lena Moss stars in Blue Hour opposite Tom Vale.", _cast("Lena Moss", "Tom Vale")),
        (
            "Lena Moss stars in Blue Hour with Tom Vale and Ana Cruz.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        (
            "Lena Moss will appear in Blue Hour alongside Tom Vale and Ana Cruz.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
        ("Lena Moss has been cast opposite Tom Vale in Blue Hour.", _cast("Lena Moss", "Tom Vale")),
        (
            "In an epic team-up with Tom Vale and Ana Cruz, Lena Moss will star in Blue Hour.",
            _cast("Lena Moss", "Tom Vale", "Ana Cruz"),
        ),
    ],
)
def test_cast_statements(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss attended the premiere of Blue Hour with guests including Tom Vale and Ana Cruz.",
        "Lena Moss thanked Tom Vale and Ana Cruz at the premiere of Blue Hour.",
        "Lena Moss appeared on Blue Hour with Tom Vale and Ana Cruz.",
        "Lena Moss won for Blue Hour, beating Tom Vale and Ana Cruz.",
        FILM + "The film has a cast of characters like Tom Vale.",
        FILM + "The cast does not include Tom Vale.",
        "Lena Moss brought her family to the premiere of Blue Hour, including her sons Tom Vale and "
        "Rob Kent.",
        FILM + "Her birthday party drew a colourful cast of characters, including Tom Vale and Ana Cruz.",
        FILM + "The cast of the party included Tom Vale and Ana Cruz.",
    ],
)
def test_lists_that_are_no_cast(text: str) -> None:
    got = projects(text)
    assert ("Tom Vale", "Blue Hour") not in got and ("Ana Cruz", "Blue Hour") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of starring with partners and no title: the subject's work named before
        (FILM + "She stars alongside Tom Vale and Ana Cruz.", _cast("Lena Moss", "Tom Vale", "Ana Cruz")),
        (FILM + "She will star opposite Tom Vale.", _cast("Lena Moss", "Tom Vale")),
        # nobody tied before: no work to share
        (
            "Lena Moss's new film Blue Hour opens in May. Tom Vale stars alongside Ana Cruz.",
            _cast("Lena Moss"),
        ),
    ],
)
def test_partners_of_a_verb_of_starring(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


def test_crew_roles_in_a_co_star_list() -> None:
    text = (
        "Tom Vale stars in Blue Hour. He was later joined by co-stars Lena Moss and Ana Cruz, writer and "
        "co-director Rob Kent, and director Mia Hart."
    )
    got = {(f["person"], f["role"]) for f in facts_of(run_text(text, PROJECT_PUB), "project")}
    assert got == {
        ("Tom Vale", "actor"),
        ("Lena Moss", "actor"),
        ("Ana Cruz", "actor"),
        ("Rob Kent", "director"),
        ("Mia Hart", "director"),
    }


def test_fronted_participle_names_someone_else_than_the_pronoun() -> None:
    """ "Starring alongside A in X, he …": the clause has "he" as its subject, so "he" is not A."""
    text = "Tom Vale is an actor. Starring alongside Rob Kent in the drama Blue Hour, he will play a thief."
    assert projects(text) == [("Rob Kent", "Blue Hour"), ("Tom Vale", "Blue Hour")]


def test_partners_of_a_panel_in_a_relative_clause() -> None:
    """ "X will join Y, where she will coach with A and B": A and B are on the panel of Y too."""
    got = projects("Ana Cruz will join The Voice, where she will coach with Kelly Moss and Tom Vale.")
    assert got == [("Ana Cruz", "The Voice"), ("Kelly Moss", "The Voice"), ("Tom Vale", "The Voice")]
