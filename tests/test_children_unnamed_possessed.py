"""One unnamed child told by its owner: "X was seen with her daughter", "Y's son", "X and Y took their son
to school". Each row an invented sentence; the names and wordings are made up and state the rule in
general terms."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text

PUB = "2021-06-15"


def children(text: str) -> list[tuple[list[str], str, str | None]]:
    """(parents, child name or "" for an unnamed child, sex), sorted."""
    return sorted((f["parents"], f["child"] or "", f["sex"]) for f in facts_of(run_text(text, PUB), "child"))


@pytest.mark.parametrize(
    ("text", "parents", "sex"),
    [
        ("Nora Vance was seen walking on the beach with her daughter.", ["Nora Vance"], "female"),
        ("Owen Pratt's son started the rumours with a photo.", ["Owen Pratt"], "male"),
        ("Nora Vance and her son posed for the cameras.", ["Nora Vance"], "male"),
        ("Nora Vance and Owen Pratt took their son to school.", ["Nora Vance", "Owen Pratt"], "male"),
        ("Owen Pratt said his child loves Rome.", ["Owen Pratt"], None),
        ("Nora Vance gave birth to her child in January.", ["Nora Vance"], None),
    ],
)
def test_one_unnamed_child_of_a_named_owner(text: str, parents: list[str], sex: str | None) -> None:
    assert children(text) == [(parents, "", sex)]


def test_told_twice_counted_once() -> None:
    text = "Nora Vance posted a photo of her son. Later Nora Vance said her son loves Rome."
    assert children(text) == [(["Nora Vance"], "", "male")]


def test_a_named_child_of_the_owner_is_that_child() -> None:
    text = "Nora Vance took her son Leo to school. Later Nora Vance said her son loves Rome."
    assert children(text) == [(["Nora Vance"], "Leo", "male")]


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun may be either person's
        "Nora Vance claims that Ada Lind pulled her daughter's hair.",
        "Owen Pratt argued with Leo Pratt, and he lunged at his son.",
        # a child to come
        "Nora Vance is pregnant with her second child.",
        "Nora Vance is expecting her third child.",
        "Nora Vance threw a big party for her daughter on the way.",
        "Nora Vance spoke about her next child.",
        # a part, an in-law, a likeness, a modifier
        "Nora Vance played Ada Lind's daughter in the film.",
        "Nora Vance threw a party for her son-in-law.",
        "Owen Pratt treats the boy like his son.",
        "Nora Vance showed off her baby bump.",
    ],
)
def test_no_unnamed_child(text: str) -> None:
    assert children(text) == []


# -- "X has a son with Y", "X and Y share a daughter": an indefinite child as the object of having ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nora Vance and Owen Pratt have a son together.", [(["Nora Vance", "Owen Pratt"], "", "male")]),
        ("Nora Vance and Owen Pratt share a daughter.", [(["Nora Vance", "Owen Pratt"], "", "female")]),
        (
            "Nora Vance has a son and a daughter with Owen Pratt.",
            [(["Nora Vance", "Owen Pratt"], "", "female"), (["Nora Vance", "Owen Pratt"], "", "male")],
        ),
        # told again by the owner: the same child
        (
            "Nora Vance has a son with Owen Pratt. Nora Vance says her son loves Rome.",
            [(["Nora Vance", "Owen Pratt"], "", "male")],
        ),
    ],
)
def test_had_a_child(text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert children(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance is having a son with Owen Pratt.",
        "Nora Vance wants to have a daughter.",
        "Nora Vance would have a son one day, she said.",
        "Nora Vance does not have a son.",
    ],
)
def test_no_child_had(text: str) -> None:
    assert children(text) == []


# -- "X and Y are parents to daughter A", "X and Y, parents of two" ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nora Vance and Owen Pratt are parents to daughter Mia Pratt.",
            [(["Nora Vance", "Owen Pratt"], "Mia Pratt", "female")],
        ),
        ("Nora Vance and Owen Pratt are parents of three.", [(["Nora Vance", "Owen Pratt"], "", None)] * 3),
        (
            "Nora Vance and Owen Pratt became parents to twins in 2015.",
            [(["Nora Vance", "Owen Pratt"], "", None)] * 2,
        ),
        (
            "Nora Vance and Owen Pratt, parents of two, arrived late.",
            [(["Nora Vance", "Owen Pratt"], "", None)] * 2,
        ),
    ],
)
def test_parents_of(text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert children(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance and Owen Pratt are not parents of three.",
        "Nora Vance and Owen Pratt will become parents to twins in May.",
    ],
)
def test_no_parents_of(text: str) -> None:
    assert children(text) == []
