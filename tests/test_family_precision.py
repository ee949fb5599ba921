"""Family facts, precision on unseen articles. Each row an invented sentence → the couples or
children it must (or must not) give. The names and wordings are made up; they state each rule in general
terms."""

from __future__ import annotations

import pytest

from helpers import facts_of, pairs, run_text

PUB = "2021-06-15"


def children(text: str) -> list[tuple[list[str], str, int | None]]:
    """(parents, child name or "" for an unnamed child, age), sorted."""
    return sorted((f["parents"], f["child"] or "", f["age"]) for f in facts_of(run_text(text, PUB), "child"))


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a parent and their own child, or a child given an age under 18, are no couple of any kind
        (
            "Nora Vance shares her children Mia, Leo and Ada, whom she had while married to Owen Pratt.",
            "marriage",
            [],
        ),
        (
            # the fronted "her" is the mother's, never the 11-year-old's
            "Kara Holt has kept her life with her 11-year-old daughter, Mia Stone, private. "
            "Five years since her divorce from Tom Stone, Kara Holt remains a tabloid subject.",
            "divorce",
            [["Kara Holt", "Tom Stone"]],
        ),
        (
            "Kara Holt brought her daughter Mia Stone, 11, to the premiere. "
            "Mia Stone and Leo Park split last year.",
            "relationship",
            [],
        ),
        # a relation noun whose partner is a relative or friend, or two people at once, is no romance
        ("Nora Vance's relationship with her sister Lia Vance is strained.", "relationship", []),
        (
            "From her tumultuous relationship with Owen Pratt and Lia Dorn, the singer has had a hard year.",
            "relationship",
            [],
        ),
        (
            "The relationship between Nora Vance and Owen Pratt is strained.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # "with boyfriend A and hubby B": a list of relatives; A is not B's spouse, B is the subject's
        (
            "Nora Vance and Lia Vance came with boyfriend Owen Pratt and hubby Max Dorn in tow.",
            "marriage",
            [],
        ),
        (
            "Nora Vance attended the gala with her daughter Mia Vance and husband Max Dorn.",
            "marriage",
            [["Max Dorn", "Nora Vance"]],
        ),
        # "headed for a divorce", "on the brink of divorce": a prospect, not a divorce
        (
            "Lia Dorn and Owen Pratt's marriage is on the rocks, and the couple may be headed for a divorce.",
            "divorce",
            [],
        ),
        ("Lia Dorn married Owen Pratt in 2010. Now the two are on the brink of divorce.", "divorce", []),
        (
            "Lia Dorn and Owen Pratt's nearly 15-year marriage is on the rocks.",
            "marriage",
            [["Lia Dorn", "Owen Pratt"]],
        ),
        # an unowned "divorce" belongs to the couple referred to last only if the clause's subject is in it
        (
            "Nora Vance married Tom Stone in 2010. A year after Lia Dorn, 42, blindsided her husband of two "
            "years with divorce papers, the actress spoke out.",
            "divorce",
            [],
        ),
        (
            "Nora Vance married Tom Stone in 2010. The divorce was finalized in 2015.",
            "divorce",
            [["Nora Vance", "Tom Stone"]],
        ),
        (
            "Lia Dorn has been dating Max Dorn. Owen Pratt and Lia Dorn agreed to a divorce settlement.",
            "divorce",
            [["Lia Dorn", "Owen Pratt"]],
        ),
        # a compound "divorce" takes its owner and "from Y" from the noun it modifies
        (
            "Owen Pratt is texting his former wife, Lia Dorn, 48, amid his ongoing divorce proceedings from "
            "estranged wife Nora Vance, 41.",
            "divorce",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # "X's divorce with Y" names the other spouse as "divorce from Y" does
        (
            "Lia Dorn's divorce with Owen Pratt was finalized in 2019.",
            "divorce",
            [["Lia Dorn", "Owen Pratt"]],
        ),
        # a co-star is no romantic partner
        (
            "Owen Pratt revealed what his relationship with co-star Lia Dorn is really like.",
            "relationship",
            [],
        ),
        # "her husband and X": X is coordinated with the husband, not the husband
        ("Melania Vance said she was shocked, referring to her husband and Owen Pratt.", "marriage", []),
    ],
)
def test_couples(text: str, kind: str, expected: list[list[str]]) -> None:
    assert pairs(text, kind) == expected


def test_semicolon_list_of_children_after_a_dash() -> None:
    """ "the six kids — A, 15; B, 12; …": every child of a list whose items are "name, age;"."""
    got = children("Nora Vance is raising the four kids — Mia, 15; Leo, 12; Ada, 9; and Zoe, 2.")
    assert got == [
        (["Nora Vance"], "Ada", 9),
        (["Nora Vance"], "Leo", 12),
        (["Nora Vance"], "Mia", 15),
        (["Nora Vance"], "Zoe", 2),
    ]


def test_counted_children_of_some_of_the_same_parents_are_the_same_children() -> None:
    """ "their three daughters" … "his three daughters": the same three girls, counted once."""
    got = children(
        "Lia Dorn, Owen Pratt's wife of 18 years, is happy to have him home with their three daughters. "
        "Owen Pratt said he was grateful to his three teenage daughters."
    )
    assert got == [(["Lia Dorn", "Owen Pratt"], "", None)] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X gave birth to Y", "X adopted Y (and Z)": the named person is X's child
        ("Nora Vance gave birth to Mia Pratt in 2006.", [(["Nora Vance"], "Mia Pratt", None)]),
        (
            "Owen Pratt formally adopted Mia Orr and Zed Orr.",
            [(["Owen Pratt"], "Mia Orr", None), (["Owen Pratt"], "Zed Orr", None)],
        ),
        ("Nora Vance adopted Owen Pratt's style for the role.", []),
        # two children of the same parent are no co-parents ("they" read as the twins named last)
        (
            "Nora Vance gave birth to twins, Ada Lee and Max Lee, in 2008. In between they adopted Pax Orr.",
            [(["Nora Vance"], "Ada Lee", None), (["Nora Vance"], "Max Lee", None)],
        ),
    ],
)
def test_children(text: str, expected: list[tuple[list[str], str, int | None]]) -> None:
    assert children(text) == expected


def test_children_counted_with_their_names_are_not_counted_again() -> None:
    """ "their three children, A, B and C" tells all three (even names the cast misses): a later "their
    three children" adds no unnamed ones."""
    got = children(
        "Ben Pratt and Nora Vance spend time with their three children, Violet, Samuel and Seraphina. "
        "The couple said co-parenting their three children is their priority."
    )
    assert ("", None) not in [(c, a) for _, c, a in got]
