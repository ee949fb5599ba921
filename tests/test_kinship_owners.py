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
