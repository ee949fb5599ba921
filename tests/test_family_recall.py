"""Family facts, recall: each row an invented sentence → the couples or children it must (or must
not) give. The names and wordings are made up; they state each rule in general terms."""

from __future__ import annotations

import pytest

from helpers import children, pairs


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a split of two named people ends a relationship (none where they are married)
        (
            "Last May, Nora Vance broke up with dancer Owen Pratt.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "Nora Vance married Owen Pratt in 2010. Nora Vance and Owen Pratt split in 2015.",
            "relationship",
            [],
        ),
        ("Nora Vance and Owen Pratt almost broke up last year.", "relationship", []),
        ("Nora Vance and Owen Pratt almost broke up last year.", "separation", []),
        # a relation noun whose couple stands in a "between" phrase of its clause
        (
            "Agents for Nora Vance and Owen Pratt say the engagement is off between the two stars.",
            "engagement",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "Nora Vance and Owen Pratt stepped out with rings, and the engaged couple smiled for us.",
            "engagement",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # a wedding that was postponed or called off has not taken place
        ("Nora Vance and Owen Pratt decided to postpone their wedding.", "marriage", []),
        ("Nora Vance and Owen Pratt called off their wedding.", "marriage", []),
        (
            "Nora Vance and Owen Pratt celebrated their wedding in Rome.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # "married" misread as an adjective between two names; a plural kinship noun read as an adjective
        (
            "Kate Lowell later married decathlete Chris Tanner, then known as a sprinter.",
            "marriage",
            [["Chris Tanner", "Kate Lowell"]],
        ),
        (
            "They fended off gossip over the paternity, particularly after Robert Carter's ex-wives "
            "Jan Ashley and Ellen Carter, who he married after divorcing Kris, suggested in a 2012 story "
            "that she lied.",
            "marriage",
            [["Ellen Carter", "Robert Carter"], ["Jan Ashley", "Robert Carter"]],
        ),
        # relationship cues: "an item", "moved on with"; not "ready to move on", not "moved on with her life"
        ("Nora Vance and Owen Pratt were an item in 2014.", "relationship", [["Nora Vance", "Owen Pratt"]]),
        (
            "Nora Vance was an item with Owen Pratt for a year.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "Nora Vance has been spotted with Owen Pratt, and fans speculate that the two are an item.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
        ("Nora Vance has moved on with Owen Pratt.", "relationship", [["Nora Vance", "Owen Pratt"]]),
        ("Nora Vance has moved on with her life.", "relationship", []),
        ("Owen Pratt is ready to move on with Nora Vance.", "relationship", []),
        ("Owen Pratt is thought to have dated Nora Vance.", "relationship", [["Nora Vance", "Owen Pratt"]]),
        # a kinship noun after "with" belongs to the owner of the noun it qualifies
        (
            "Nora Vance stars in her movie with then boyfriend Owen Pratt.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "Nora Vance is expecting her first child with husband Owen Pratt.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # "neither she nor her boyfriend" joins two people and denies nothing; a title chain before a name
        (
            "Nora Vance smiled. Neither she nor her boyfriend, Boston Bruins player Owen Pratt, have spoken.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
        ("Nora Vance is neither married nor engaged to Owen Pratt.", "marriage", []),
        # a husband played on screen is no husband
        ("Nora Vance kissed her television husband, the tall Owen Pratt, on the lips.", "marriage", []),
        ("Nora Vance kissed her on-screen husband Owen Pratt.", "marriage", []),
        # a bare kinship noun anywhere in the clause belongs to its subject
        (
            "The former player Tom Reed was acquitted of the murder of ex-wife Nicole Reed in 1995.",
            "marriage",
            [["Nicole Reed", "Tom Reed"]],
        ),
        # "practically married" is no marriage; a question or condition is no claim
        ("Nora Vance and Owen Pratt follow each other, so they are practically married.", "marriage", []),
        ("Nora Vance was asked if she was dating Owen Pratt.", "relationship", []),
        ("Nora Vance was asked whether she is married to Owen Pratt.", "marriage", []),
        # two children of the same parents are no couple
        (
            "Kate Dunn and Will Dunn were seen with their children, Leo Dunn and Mia Dunn. As they mend "
            "their crumbling relationship, Kate and Will are said to be happy.",
            "relationship",
            [["Kate Dunn", "Will Dunn"]],  # "they" are the parents, not the children listed last
        ),
        # "X and Y's divorce": a joint possessor
        (
            "Owen Pratt left. The pair talked about Nora Vance and Owen's recent divorce, with Kim there.",
            "divorce",
            [["Nora Vance", "Owen Pratt"]],
        ),
        ("Guests at Nora Vance and Owen Pratt's allegedly upcoming nuptials were few.", "marriage", []),
        # "separated by X" places people, it splits no couple
        (
            "Nora Vance and Kim Lowe sat in the front row, but were separated by bandmate Kelly Rowland.",
            "separation",
            [],
        ),
        ("Nora Vance and Owen Pratt separated in 2015.", "relationship", [["Nora Vance", "Owen Pratt"]]),
        # a hyphenated kinship noun the tagger calls a verb
        (
            "Owen Pratt has reunited with ex-girlfriend Nora Vance.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # engagement by "popped the question to Y"; "are husband and wife"; roles played are no marriage
        (
            "Owen Pratt popped the question to Nora Vance in Paris.",
            "engagement",
            [["Nora Vance", "Owen Pratt"]],
        ),
        ("Owen Pratt popped a bottle with Nora Vance.", "engagement", []),
        ("Nora Vance and Owen Pratt are now husband and wife.", "marriage", [["Nora Vance", "Owen Pratt"]]),
        ("Nora Vance and Owen Pratt played husband and wife in the film.", "marriage", []),
        # a parent and child are no couple: "her relationship with daughter Y"
        ("Nora Vance spoke about her relationship with daughter Mia Vance.", "relationship", []),
        ("Nora Vance spoke about her relationship with her father, Tom Vance.", "relationship", []),
        # "X, 47, and wife Y" / "X (pictured) and wife Y": an aside between the name and "and"
        ("Owen Pratt, 47, and wife Nora Vance arrived.", "marriage", [["Nora Vance", "Owen Pratt"]]),
        ("Owen Pratt (pictured) and wife Nora Vance arrived.", "marriage", [["Nora Vance", "Owen Pratt"]]),
    ],
)
def test_couples(text: str, kind: str, expected: list[list[str]]) -> None:
    assert pairs(text, kind) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later child noun in a list takes the couple from "their" on the first one
        (
            "It will be the third child for Lara Brooks and her husband, rapper Dean Moss, joining their "
            "daughter, Nina, 4 and son, Theo, 21 months.",
            [(["Dean Moss", "Lara Brooks"], "Nina"), (["Dean Moss", "Lara Brooks"], "Theo")],
        ),
        # "the third of four children born to X and Y": three more, unnamed
        (
            "Nina Lowe is the third of four children born to Robert Lowe and Kris Dunn.",
            [(["Kris Dunn", "Robert Lowe"], "Nina Lowe")] + [(["Kris Dunn", "Robert Lowe"], "")] * 3,
        ),
        # "twin girls" counts two
        (
            "Geri Horner and Tom Lane welcomed twin boys in January.",
            [(["Geri Horner", "Tom Lane"], "")] * 2,
        ),
        # a bare plural child noun after a preposition is no child of the subject: trying for twins
        ("Singer Nora Vance and actor Owen Pratt are reportedly trying for twins.", []),
        # "the mother of his child": one unnamed child of both; "fathered a child with Y"
        (
            "Owen Pratt was seen with Nora Vance, the mother of his child.",
            [(["Nora Vance", "Owen Pratt"], "")],
        ),
        ("Owen Pratt, who fathered a child with Nora Vance, spoke.", [(["Nora Vance", "Owen Pratt"], "")]),
        ("Friends wonder how Nora Vance feels with the father of her child linked to a star.", []),
        # children listed after a copula, or after "mom to"; not "like a mother to"
        (
            "Nora Vance and Owen Pratt have two children. Their children are Leo, 10, and Mia, 8.",
            [(["Nora Vance", "Owen Pratt"], "Leo"), (["Nora Vance", "Owen Pratt"], "Mia")],
        ),
        ("Nora Vance is mom to Leo, 10, and Mia, 8.", [(["Nora Vance"], "Leo"), (["Nora Vance"], "Mia")]),
        ("Nora Vance is a mother to three.", [(["Nora Vance"], "")] * 3),
        ("Nora Vance has been like a mother to Leo Pratt.", []),
        # "X is the son of Y and Z", "X, a daughter of Y": the child noun describes the name
        (
            "Leo Vance is the son of Nora Vance and Owen Pratt.",
            [(["Nora Vance", "Owen Pratt"], "Leo Vance")],
        ),
        ("Her friend Mia Vance, a daughter of singer Nora Vance, waved.", [(["Nora Vance"], "Mia Vance")]),
        ("Nora Vance is a daughter of the South.", []),
        (
            "The daughter of Kris Lane and Tom Lane, Mia Lane made her debut in 1979.",
            [(["Kris Lane", "Tom Lane"], "Mia Lane")],
        ),
        # a child's age before "and son B" does not make the child B's parent
        (
            "Lara Brooks has a daughter, Nina, 12, and a son, Theo, 10.",
            [(["Lara Brooks"], "Nina"), (["Lara Brooks"], "Theo")],
        ),
    ],
)
def test_children(text: str, expected: list[tuple[list[str], str]]) -> None:
    assert children(text) == sorted(expected)
