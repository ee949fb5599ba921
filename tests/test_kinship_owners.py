"""Whose relative: a reported clause's bare kinship noun, a coordination's "their". Invented sentences."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss said husband Tom Vale cooks.",
        "Lena Moss has no doubt that husband Tom Vale is the one for her.",
        "Lena Moss told reporters that husband Tom Vale was at home.",
    ],
)
def test_the_reporters_spouse(text: str) -> None:
    assert [sorted(f["people"]) for f in facts_of(run_text(text), "marriage")] == [["Lena Moss", "Tom Vale"]]


def test_the_reporters_child() -> None:
    kids = facts_of(run_text("Ann Reed told reporters son Max was fine."), "child")
    assert [(f["parents"], f["child"]) for f in kids] == [(["Ann Reed"], "Max")]


def test_their_after_a_coordination_with_adjectives_between() -> None:
    """ "X and a newly blond Y … their children": only an article and modifiers between the names is
    still a plain coordination, so "their" is the pair."""
    text = "Kim Lane and a newly blond Tom Vale pose with their children, Ivy, 3, and Max, 1."
    kids = sorted((f["child"], sorted(f["parents"])) for f in facts_of(run_text(text), "child"))
    assert kids == [("Ivy", ["Kim Lane", "Tom Vale"]), ("Max", ["Kim Lane", "Tom Vale"])]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lena Moss was seen in Rome with Tom Vale. The couple married in 2012.", "marriage"),
        ("Lena Moss was spotted with Tom Vale. The pair have been dating since May.", "relationship"),
    ],
)
def test_the_couple_after_an_outing_with_someone(text: str, kind: str) -> None:
    """ "X was seen with Y. The couple …": an outing "with Y" makes a weak pair for "the couple"."""
    assert [sorted(f["people"]) for f in facts_of(run_text(text), kind)] == [["Lena Moss", "Tom Vale"]]


def test_talking_with_someone_makes_no_couple() -> None:
    text = "Lena Moss spoke with Tom Vale about the film. The couple married in 2012."
    assert facts_of(run_text(text), "marriage") == []


def test_every_name_listed_after_a_child_noun_is_a_child() -> None:
    """ "their three children, A, B and C": NER may tag one of the names as a place or leave it
    unsupported; the list a child noun opens is evidence for each name."""
    text = "Tom Vale and Lena Moss spend time with their three children, Violet, Samuel and Seraphina."
    kids = sorted(f["child"] for f in facts_of(run_text(text), "child"))
    assert kids == ["Samuel", "Seraphina", "Violet"]
