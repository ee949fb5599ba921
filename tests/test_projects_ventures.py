"""Project facts for ventures: companies, brands, magazines, foundations and sports teams.

Every sentence is invented (names, companies and teams); each case fails without the rule it is named for."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text

PUB = "2021-06-16"


# the cues of the venture rules (a fact another rule also found carries both cues)
CUES = (
    "venture verb",
    "venture role noun",
    "possessed venture",
    "team move",
    "team bond",
    "team hires",
    "team role noun",
    "team description",
    "endorsement",
    "collaboration",
    "named after",
)


def ventures(text: str) -> list[tuple[str, str, str, str | None]]:
    return sorted(
        (f["person"], f["title"], f["kind"], f["role"])
        for f in facts_of(run_text(text, PUB), "project")
        if any(c in (f.get("cue") or "") for c in CUES)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of holding a venture, its object the name
        (
            "Tom Reed, who once worked as a waiter in Boston, now runs Harbor Goods with his brother.",
            [("Tom Reed", "Harbor Goods", "brand", "head")],
        ),
        # "start" needs a name that says it is a venture (its last word)
        (
            "Mia Cole started the Bright Futures Foundation after her mother became very ill in 2010.",
            [("Mia Cole", "Bright Futures Foundation", "other", "founder")],
        ),
        # a denial above the verb: "doesn't seem like he would be able to run Y"
        (
            "Tom Reed is clever, but he doesn't seem like he would be able to run Harbor Goods as well as "
            "his father did.",
            [],
        ),
    ],
)
def test_venture_verbs(text: str, expected: list) -> None:
    assert ventures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the CEO of Y" as the complement of "be"
        (
            "Mia Cole, who spent years in banking before turning to fashion, is now the CEO of Sunflower "
            "Pictures.",
            [("Mia Cole", "Sunflower Pictures", "brand", "ceo")],
        ),
        # "the face of Y": fronting a brand is a role in it; a name the people finder took for a person
        # without a gender is let through in the slot
        (
            "When it was announced last week that Mia Cole would be the new face of Estée Lauder, her fans "
            "were thrilled.",
            [("Mia Cole", "Estée Lauder", "brand", "spokesperson")],
        ),
        # "an ambassador for Y" as the complement of "become"
        (
            "Last spring Mia Cole became an ambassador for Lumen Skincare, a company her father admired.",
            [("Mia Cole", "Lumen Skincare", "brand", "ambassador")],
        ),
        # "the actor and president of Y" with "of Y" hung on "actor": the description resolved to a person
        (
            "Tom Reed, 41, is a busy actor. The actor and president of Bluefin Films has three movies in "
            "production.",
            [("Tom Reed", "Bluefin Films", "brand", "president")],
        ),
        # a denial in the main clause is no denial of the clause the role noun stands in
        (
            "When it was announced that Mia Cole would be the new face of Lumen Skincare, the company did "
            "not tell the press.",
            [("Mia Cole", "Lumen Skincare", "brand", "spokesperson")],
        ),
        # "director" is an office in a venture only with a modifier that says so
        (
            "Dana Lowe, who has been the creative director of Maison Verte since 2015, designed the dress.",
            [("Dana Lowe", "Maison Verte", "brand", "director")],
        ),
        # a newspaper a person writes for is a project of kind "other"
        (
            "Dana Lowe, a columnist for the Daily Ledger, wrote about the wedding in her weekly column.",
            [("Dana Lowe", "Daily Ledger", "other", "writer")],
        ),
        # a school is no venture
        (
            "Tom Reed, the president of Westfield University, gave a long speech about the new library.",
            [],
        ),
    ],
)
def test_venture_role_nouns(text: str, expected: list) -> None:
    assert ventures(text) == expected


def test_possessed_venture_noun() -> None:
    text = (
        "Mia Cole spoke about her work at length. Her foundation, Open Doors, helps children in foster care "
        "find homes."
    )
    assert ventures(text) == [("Mia Cole", "Open Doors", "other", "owner")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Reed signed with the Miami Dolphins in May after two years spent recovering from injury.",
            [("Tom Reed", "Miami Dolphins", "sports_team", "player")],
        ),
        (
            "Tom Reed was drafted by the Boston Celtics when he was only nineteen years old.",
            [("Tom Reed", "Boston Celtics", "sports_team", "player")],
        ),
        # the team as the agent of the verb whose object is the contract
        (
            "Tom Reed was a star. For the 2001 season, he was offered a record-breaking contract by the "
            "Denver Broncos.",
            [("Tom Reed", "Denver Broncos", "sports_team", "player")],
        ),
        # the team as the subject of a verb of hiring
        (
            "Tom Reed had few offers, but the Chicago Bulls signed him in the summer before his wedding.",
            [("Tom Reed", "Chicago Bulls", "sports_team", "player")],
        ),
        # a team name before a player noun, the description resolved to a person
        (
            "Tom Reed is a tall man. The Boston Celtics forward has two kids with his former girlfriend.",
            [("Tom Reed", "Boston Celtics", "sports_team", "player")],
        ),
        # a player noun with "for" and its team; the tagger may read "forward" as an adverb
        (
            "Tom Reed, a veteran forward for the Boston Celtics, was seen leaving a club with his wife.",
            [("Tom Reed", "Boston Celtics", "sports_team", "player")],
        ),
        # a family's plural name is no team
        (
            "Jane Smith has many friends. Tom Reed signed with the Smiths when they hired a new gardener.",
            [],
        ),
    ],
)
def test_sports_teams(text: str, expected: list) -> None:
    assert ventures(text) == expected


def test_endorsement_deal() -> None:
    text = "In 2003, Mia Cole signed a lucrative endorsement deal with Verdant Watches."
    assert ventures(text) == [("Mia Cole", "Verdant Watches", "brand", "spokesperson")]


def test_collaboration_gives_both_partners() -> None:
    text = (
        "Mia Cole and Dana Lowe are sisters. As fans know, Mia collaborated with Lowe for Glow Cosmetics "
        "months ago."
    )
    assert ventures(text) == [
        ("Dana Lowe", "Glow Cosmetics", "brand", "collaborator"),
        ("Mia Cole", "Glow Cosmetics", "brand", "collaborator"),
    ]


def test_spouse_description_as_the_doer() -> None:
    """ "the wife of Y" as the subject is the one a couple fact of the article pairs with Y."""
    text = (
        "Mia Cole married Tom Reed in 2015. Last year the 36-year-old wife of Tom Reed collaborated with "
        "Dana Lowe for Glow Cosmetics."
    )
    assert ventures(text) == [
        ("Dana Lowe", "Glow Cosmetics", "brand", "collaborator"),
        ("Mia Cole", "Glow Cosmetics", "brand", "collaborator"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venture named after the one person in the article who has that first name
        (
            "Mia Cole is busy this year. Sales at Mia Cosmetics rose by half, and she says she is thrilled "
            "with the numbers.",
            [("Mia Cole", "Mia Cosmetics", "brand", "owner")],
        ),
        # the tail of a longer capitalised run (a headline) is no name of its own
        (
            "Tom Reed Sues Reed Company for Access to Files  Tom Reed, who was fired by the studio he had "
            "helped found, sued it on Monday.",
            [],
        ),
        # two people share the surname: whose venture it is is unsaid
        (
            "Mia Cole and Tom Cole are cousins. Sales at Cole Cosmetics rose by half, and both say they are "
            "thrilled with the numbers.",
            [],
        ),
    ],
)
def test_venture_named_after_a_person(text: str, expected: list) -> None:
    assert ventures(text) == expected
