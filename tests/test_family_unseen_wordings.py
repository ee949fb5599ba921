"""Family facts in wordings news text uses that the rules did not read: a child of two possessors ("X and
Y's son"), a bare child noun ("about daughter A's future"). Each row an invented sentence with invented
names → the children it must (or must not) give."""

from __future__ import annotations

import pytest

from helpers import FAMILY_PUB, children, facts_of, pairs, run_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Moss and Tom Vale's daughter Anna Reed was seen in Paris.",
            [(["Lena Moss", "Tom Vale"], "Anna Reed")],
        ),
        ("Tom Vale and Lena Moss's son, Sam, was seen in Paris.", [(["Lena Moss", "Tom Vale"], "Sam")]),
        (
            "Lena Moss gushed over her and Tom Vale's 2-year-old son Sam's latest milestones.",
            [(["Lena Moss", "Tom Vale"], "Sam")],
        ),
    ],
)
def test_a_child_of_two_coordinated_possessors_has_both_parents(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert children(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Vale opens up about daughter Anna's future as an actress.", [(["Tom Vale"], "Anna")]),
        ("Tom Vale has been keen on a fifth since daughter Anna was born in 2011.", [(["Tom Vale"], "Anna")]),
        ("Lena Moss played daughter Anna in the film.", []),
        ("The magazine said daughter Anna was fine.", []),
    ],
)
def test_a_bare_child_noun_is_the_child_of_its_clause_subject(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert children(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Moss and Tom Vale are also parents to a five-year-old daughter, Anna.",
            [(["Lena Moss", "Tom Vale"], "Anna")],
        ),
        ("Lena Moss and Tom Vale became parents to a baby boy in May.", [(["Lena Moss", "Tom Vale"], "")]),
        (
            "Lena Moss and Tom Vale are parents to a son, Sam, and a daughter, Anna.",
            [(["Lena Moss", "Tom Vale"], "Anna"), (["Lena Moss", "Tom Vale"], "Sam")],
        ),
    ],
)
def test_parents_to_an_indefinite_child(text: str, expected: list[tuple[list[str], str]]) -> None:
    assert children(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss gave birth to her first child with Tom Vale, a son named Sam.",
        "Lena Moss welcomed her first child with Tom Vale, a son named Sam.",
    ],
)
def test_a_son_named_after_the_other_parent_is_the_named_child(text: str) -> None:
    # the parser hangs "a son named Sam" on "Tom Vale": he is the other parent, not the son
    assert children(text) == [(["Lena Moss", "Tom Vale"], "Sam")]


@pytest.mark.parametrize(
    "text",
    ["Lena Moss has become the mother of healthy twins.", "Lena Moss became a mother of two."],
)
def test_became_the_mother_of_counts_like_is_the_mother_of(text: str) -> None:
    assert children(text) == [(["Lena Moss"], ""), (["Lena Moss"], "")]


def test_became_a_mother_without_a_count_gives_no_child() -> None:
    assert children("Lena Moss became a mother in 2015.") == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Lena Moss's marriage to actor Tom Vale ended in 2019.", "marriage", [["Lena Moss", "Tom Vale"]]),
        (
            "Lena Moss was shunned following her divorce from actor Tom Vale.",
            "divorce",
            [["Lena Moss", "Tom Vale"]],
        ),
        ("Lena Moss discussed her relationship with fans.", "relationship", []),
    ],
)
def test_the_partner_after_a_relation_noun_read_left_to_right(
    text: str, kind: str, expected: list[list[str]]
) -> None:
    """The parser hangs the preposition on the verb, or reads "to" as an infinitive marker, where a
    description ("actor") stands before the partner's name."""
    assert pairs(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Moss and Tom Vale enjoy a brief romance.", [["Lena Moss", "Tom Vale"]]),
        ("Lena Moss and Tom Vale had a romantic relationship.", [["Lena Moss", "Tom Vale"]]),
        ("Lena Moss and Tom Vale have a close relationship.", []),
        ("Lena Moss and Tom Vale never had an affair.", []),
    ],
)
def test_two_subjects_holding_a_romance_are_a_couple(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "relationship") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Vale spoke of his daughter, Anna, 3, and twin sons, Sam and Jack, 2, with wife Lena Moss.",
            [
                (["Lena Moss", "Tom Vale"], "Anna"),
                (["Lena Moss", "Tom Vale"], "Jack"),
                (["Lena Moss", "Tom Vale"], "Sam"),
            ],
        ),
        ("Lena Moss is mom of daughter Anna, 8, with ex Tom Vale.", [(["Lena Moss", "Tom Vale"], "Anna")]),
        ("Lena Moss was seen with daughter Anna, 8, with friend Tom Vale.", [(["Lena Moss"], "Anna")]),
    ],
)
def test_a_spouse_or_ex_in_a_with_phrase_on_the_verb_is_the_other_parent(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert children(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Vale and Lena Moss want to add to their brood, which includes sons Sam, 17, and Jack, 13.",
            [(["Lena Moss", "Tom Vale"], "Jack"), (["Lena Moss", "Tom Vale"], "Sam")],
        ),
        (
            "Lena Moss's brood includes sons Sam, 17, and Jack, 13.",
            [(["Lena Moss"], "Jack"), (["Lena Moss"], "Sam")],
        ),
    ],
)
def test_the_children_a_family_noun_includes_are_its_owners(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert children(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Jack Dunn is dating Rose Lane. The two artists got engaged on Christmas 2011.",
            "engagement",
            [["Jack Dunn", "Rose Lane"]],
        ),
        (
            "Jack Dunn dated Rose Lane. Jack Dunn and Kate Lowe were in Rome, and the two got engaged.",
            "engagement",
            [["Jack Dunn", "Kate Lowe"]],
        ),
        ("Jack Dunn met Rose Lane and Kate Lowe. The two singers got engaged in 2011.", "engagement", []),
    ],
)
def test_the_two_as_the_subject_of_a_couple_verb_is_the_couple_named_last(
    text: str, kind: str, expected: list[list[str]]
) -> None:
    assert pairs(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Moss gave birth to a son.", [(["Lena Moss"], "")]),
        ("Lena Moss is expected to give birth to a son in May.", []),
        (
            "Lena Moss gave birth to a boy in May. Lena Moss and her husband Tom Vale were thrilled.",
            [(["Lena Moss", "Tom Vale"], "")],
        ),
        ("Lena Moss gave birth to a boy in May. Lena Moss divorced Tom Vale in 2010.", [(["Lena Moss"], "")]),
    ],
)
def test_a_birth_by_a_married_parent_is_the_spouses_child_too(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert children(text) == expected


def test_a_baby_girl_is_a_girl() -> None:
    facts = facts_of(run_text("Lena Moss welcomed a baby girl in May.", FAMILY_PUB), "child")
    assert [(f["parents"], f["sex"]) for f in facts] == [(["Lena Moss"], "female")]


def test_coordinated_unnamed_newborns_are_two_children() -> None:
    assert children("Lena Moss welcomed a son and a daughter.") == [(["Lena Moss"], ""), (["Lena Moss"], "")]


def test_a_named_newborn_of_a_married_parent_is_the_spouses_child_too() -> None:
    text = "Lena Moss gave birth to a son, Sam, in May. Lena Moss and her husband Tom Vale were thrilled."
    assert children(text) == [(["Lena Moss", "Tom Vale"], "Sam")]
