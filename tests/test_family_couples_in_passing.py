"""Couples stated in passing: "then-" and "ex-" kinship words, an attack on a relative (which takes the
kinship as given), "got hitched", years of marriage counted by the couple, "have been together since".
Each row an invented sentence; the names and wordings are made up and state each rule in general terms."""

from __future__ import annotations

import pytest

from helpers import facts_of, pairs, run_text

PUB = "2021-06-15"


# -- "her then-husband Y", "his ex-flame Y": the relation held at the time, or before -------------------


@pytest.mark.parametrize(
    ("text", "kind", "couple"),
    [
        # one token each: split in three, "then"/"ex" derails the parse of a bare kinship word
        (
            "Owen Pratt and then-wife Nora Vance left the party early.",
            "marriage",
            ["Nora Vance", "Owen Pratt"],
        ),
        (
            "Nora Vance and then-girlfriend Ada Lind left the party early.",
            "relationship",
            ["Ada Lind", "Nora Vance"],
        ),
        (
            "Nora Vance and her ex-flame Owen Pratt left the party early.",
            "relationship",
            ["Nora Vance", "Owen Pratt"],
        ),
    ],
)
def test_then_and_ex_kinship_words(text: str, kind: str, couple: list[str]) -> None:
    assert pairs(text, kind) == [couple]


# -- a denial verb aimed at the relative takes the kinship as given ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance slammed her ex-husband Owen Pratt in a long post.",
        "Owen Pratt dismissed his wife, Nora Vance, as a liar.",
    ],
)
def test_attacking_a_spouse_keeps_the_marriage(text: str) -> None:
    assert pairs(text, "marriage") == [["Nora Vance", "Owen Pratt"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance denied that she has a husband, Owen Pratt.",
        "Nora Vance denied having a husband.",
    ],
)
def test_denying_the_kinship_still_denies(text: str) -> None:
    assert pairs(text, "marriage") == []


# -- "got hitched" ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance and Owen Pratt got hitched in Las Vegas in 2012.",
        "Nora Vance, who got hitched to Owen Pratt in 2012, opened a bakery.",
    ],
)
def test_got_hitched_is_a_wedding(text: str) -> None:
    got = facts_of(run_text(text, PUB), "marriage")
    assert [f["people"] for f in got] == [["Nora Vance", "Owen Pratt"]]
    assert got[0]["start"]["value"] == "2012"


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance hitched a ride with Owen Pratt.",
        "Nora Vance and Owen Pratt never got hitched.",
        "Nora Vance and Owen Pratt will get hitched next year.",
    ],
)
def test_no_wedding_without_hitching(text: str) -> None:
    assert pairs(text, "marriage") == []


# -- "X and Y marked 15 years of marriage", "nine years of wedded bliss with Y" ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance and Owen Pratt marked 15 years of marriage in June.",
        "Nora Vance celebrated nine years of wedded bliss with Owen Pratt on Wednesday.",
    ],
)
def test_years_of_marriage_of_the_clause_couple(text: str) -> None:
    assert pairs(text, "marriage") == [["Nora Vance", "Owen Pratt"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance and Owen Pratt hope for many years of marriage.",
        "Nora Vance and Owen Pratt will celebrate ten years of marriage in May.",
        "Nora Vance praised the 40 years of happy life of her town.",
    ],
)
def test_years_of_marriage_hoped_for_is_none(text: str) -> None:
    assert pairs(text, "marriage") == []


# -- "X and Y have been together since 2013" ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance and Owen Pratt have been together since 2013.",
        "Nora Vance has been together with Owen Pratt since 2013.",
    ],
)
def test_been_together_since(text: str) -> None:
    got = facts_of(run_text(text, PUB), "relationship")
    assert [f["people"] for f in got] == [["Nora Vance", "Owen Pratt"]]
    assert got[0]["start"]["value"] == "2013"


def test_been_together_for_years() -> None:
    text = "Nora Vance and Owen Pratt have been together for three years."
    assert pairs(text, "relationship") == [["Nora Vance", "Owen Pratt"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance and Owen Pratt were together in the studio on Monday.",
        "Nora Vance and Owen Pratt have been together in the band since 1999.",
        "Nora Vance and Owen Pratt have not been together since 2013.",
        "Nora Vance and Owen Pratt have been together all afternoon.",
    ],
)
def test_together_without_a_couple(text: str) -> None:
    assert pairs(text, "relationship") == []


def test_together_then_married_is_a_marriage_only() -> None:
    text = "Nora Vance and Owen Pratt had been together since 2004 but only married in August 2014."
    assert pairs(text, "relationship") == []
    assert pairs(text, "marriage") == [["Nora Vance", "Owen Pratt"]]


# -- a wedding anniversary: the partner on the verb, or "their" for the two named before ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance celebrated her tenth wedding anniversary with Owen Pratt.",
        "Owen Pratt surprised Nora Vance on their 25th wedding anniversary.",
    ],
)
def test_wedding_anniversary_couple(text: str) -> None:
    assert pairs(text, "marriage") == [["Nora Vance", "Owen Pratt"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance celebrated the film's anniversary with Owen Pratt.",
        "Nora Vance celebrated her parents' wedding anniversary with Owen Pratt.",
        "Owen Pratt and Nora Vance went to their friends' wedding anniversary.",
    ],
)
def test_no_couple_of_someone_elses_anniversary(text: str) -> None:
    assert pairs(text, "marriage") == []


# -- "walked down the aisle with Y", "renewed their vows" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Nora Vance walked down the aisle with Owen Pratt in 2010.", "2010"),
        ("Nora Vance and Owen Pratt walked down the aisle in 2010.", "2010"),
        ("Nora Vance and Owen Pratt renewed their vows in 2010.", None),  # not the wedding's date
    ],
)
def test_wedding_idioms(text: str, start: str | None) -> None:
    got = facts_of(run_text(text, PUB), "marriage")
    assert [f["people"] for f in got] == [["Nora Vance", "Owen Pratt"]]
    assert (got[0]["start"] or {}).get("value") == start


@pytest.mark.parametrize(
    "text",
    [
        "Owen Pratt walked his daughter down the aisle at the wedding of Nora Vance.",
        "Nora Vance will walk down the aisle with Owen Pratt in May.",
        "Nora Vance never walked down the aisle with Owen Pratt.",
    ],
)
def test_no_wedding_down_the_aisle(text: str) -> None:
    assert pairs(text, "marriage") == []
