"""Family facts, session 5. Each row an invented sentence → the couples or children it must (or must
not) give. The names and wordings are made up; they state each rule in general terms."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text

PUB = "2021-06-15"


def pairs(text: str, kind: str) -> list[list[str]]:
    return sorted(f["people"] for f in facts_of(run_text(text, PUB), kind))


def children(text: str) -> list[tuple[list[str], str]]:
    """(parents, child name or "" for an unnamed child), sorted."""
    return sorted((f["parents"], f["child"] or "") for f in facts_of(run_text(text, PUB), "child"))


# -- a definite counted child noun refers back to the children counted before ----------------------


def test_the_counted_kids_are_the_couples() -> None:
    text = (
        "Nora Vance and Owen Pratt have three kids. "
        "The nanny looked after the three kids — Mia, 9; Leo, 7; and Ava, 4."
    )
    assert children(text) == [
        (["Nora Vance", "Owen Pratt"], "Ava"),
        (["Nora Vance", "Owen Pratt"], "Leo"),
        (["Nora Vance", "Owen Pratt"], "Mia"),
    ]


def test_the_counted_kids_need_one_matching_count() -> None:
    # a different count: these are not the children counted before, so no parents
    text = (
        "Nora Vance and Owen Pratt have two kids. "
        "The nanny looked after the three kids — Mia, 9; Leo, 7; and Ava, 4."
    )
    assert [c for c in children(text) if c[1]] == []


def test_a_list_goes_on_past_a_name_the_cast_missed() -> None:
    # the name finder misses "Rain" (a common noun); the names after it are still read
    text = "Nora Vance and Owen Pratt have four kids: Mia, 9; Rain, 8; Leo, 7; and Ava, 4."
    named = {c for _, c in children(text) if c}
    assert {"Mia", "Leo", "Ava"} <= named


# -- unasserted weddings: a negated auxiliary, a condition, onlookers' guesses ---------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Nora Vance and Owen Pratt are happy, but friends said they might not get married at all.",
            "marriage",
            [],
        ),
        (
            "Nora Vance protects her money with a prenup in the event she does marry Owen Pratt.",
            "marriage",
            [],
        ),
        (
            "Nora Vance bought a dress in case she got engaged to Owen Pratt.",
            "engagement",
            [],
        ),
        (
            "Nora Vance and Owen Pratt wore matching rings, and fans are convinced they got married.",
            "marriage",
            [],
        ),
        (
            "Nora Vance and Owen Pratt sparked speculation that they secretly married in May.",
            "marriage",
            [],
        ),
        # the claims themselves still count
        (
            "Friends said Nora Vance and Owen Pratt got married in May.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "Nora Vance married Owen Pratt in the event hall of her old school.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "The press was convinced, and Nora Vance married Owen Pratt in May.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
    ],
)
def test_unasserted_weddings(text: str, kind: str, expected: list[list[str]]) -> None:
    assert pairs(text, kind) == expected
