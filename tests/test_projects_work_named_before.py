"""Project facts through a work noun that points back to a title named a little before ("X starred in
Blue Hour. Y plays a nurse in the film.").

Every sentence is invented (names and titles); each positive case fails without the rule."""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import PROJECT_PUB, facts_of, projects, run_text
from newsfacts.extractors.project_anaphora import anaphor_kinds, meant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the film" means the film just named
        (
            "Rob Hart starred in the film Blue Hour. Dana Cole plays a nurse in the film.",
            [("Dana Cole", "Blue Hour"), ("Rob Hart", "Blue Hour")],
        ),
        # a possessed role "on the show"
        (
            "Dana Cole hosted the series Harbor Lights. Rob Hart's role on the show was small.",
            [("Dana Cole", "Harbor Lights"), ("Rob Hart", "Harbor Lights")],
        ),
        # the most recent title of the noun's kind, past a more recent one of another kind
        (
            "Dana Cole starred in the film Blue Hour and the series Harbor Lights. "
            "Rob Hart plays her brother in the film.",
            [("Dana Cole", "Blue Hour"), ("Dana Cole", "Harbor Lights"), ("Rob Hart", "Blue Hour")],
        ),
    ],
)
def test_a_work_noun_means_the_title_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == sorted(expected)


def test_a_work_named_to_compare_is_not_the_one_meant() -> None:
    """Guard: "a US version of X" names another work; "the show" is still the one told."""
    text = (
        "Dana Cole starred in the series Harbor Lights, a US version of Night Desk. "
        "Rob Hart plays a doctor on the show."
    )
    found = projects(text)
    assert ("Rob Hart", "Harbor Lights") in found
    assert ("Rob Hart", "Night Desk") not in found


@pytest.mark.parametrize(
    "text",
    [
        # a talk show's guests hold no part in it
        "Dana Cole hosts the talk show Night Desk. Rob Hart plays a chef on the show.",
        # a hypothesis is no part
        "Dana Cole starred in the series Harbor Lights. If Rob Hart plays a doctor on the show, fans cheer.",
        # a guest on the show
        "Dana Cole starred in the series Harbor Lights. Rob Hart was a guest on the show.",
        # a title that describes a person is not the work told
        "The Blue Hour star Dana Cole met Rob Hart, who plays a cop in the film.",
    ],
)
def test_no_work_is_meant(text: str) -> None:
    """Guard: a talk show, a hypothesis, a guest, a title describing a person: Rob Hart gets nothing."""
    assert not [p for p in projects(text) if p[0] == "Rob Hart"]


@pytest.mark.parametrize(
    ("sentence", "word", "kinds"),
    [
        ("She joined the hit NBC show last year.", "show", {"tv"}),
        ("She loved the movie.", "movie", {"film"}),
        ("She walked in the fashion show.", "show", set()),
        ("She joined her show last year.", "show", set()),
        ("She loved the shows.", "shows", set()),
        ("She joined a show last year.", "show", set()),
        ("She starred in the Disney sitcom for years.", "sitcom", set()),
    ],
)
def test_which_work_nouns_point_back(nlp: Language, sentence: str, word: str, kinds: set[str]) -> None:
    """Guard (the empty ones): only "the" + a singular work noun with no owner, no other kind of show
    and no proper-noun modifier but a broadcaster points back."""
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert set(anaphor_kinds(tok)) == kinds


def test_a_title_long_before_is_not_meant() -> None:
    """Guard: beyond the window, or past a talk show, no title is meant."""
    works: list[tuple[int, str, str | None, bool]] = [
        (0, "Blue Hour", "film", False),
        (300, "Night Desk", "talk", False),
    ]
    assert meant(works, 500, frozenset({"film"})) is None
    assert meant(works, 310, frozenset({"tv"})) is None
    assert meant(works, 310, frozenset({"film"})) is None
    assert meant(works, 50, frozenset({"film"})) == ("Blue Hour", "film")


def test_one_of_a_list_is_not_guessed() -> None:
    """Guard: when the title that fits is one of a list ("on X and Y"), "the show" may be either."""
    works: list[tuple[int, str, str | None, bool]] = [
        (0, "Star Search", "tv", True),
        (3, "Night Desk", "tv", True),
    ]
    assert meant(works, 20, frozenset({"tv"})) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the panel a plural role noun lists, as an apposition …
        (
            "Dana Cole joins judges Rob Hart and Leo Park on Harbor Lights.",
            {("Rob Hart", "judge"), ("Leo Park", "judge")},
        ),
        # … or as a compound of the first name, on a show named before
        (
            "Dana Cole is the new host of Harbor Lights. "
            "She joins judges Rob Hart, Mia Tran and Leo Park on the 12th season of the show.",
            {("Rob Hart", "judge"), ("Mia Tran", "judge"), ("Leo Park", "judge")},
        ),
    ],
)
def test_each_name_a_panel_noun_lists_holds_its_role(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(f["person"], f["role"]) for f in facts_of(run_text(text, PROJECT_PUB), "project")}
    assert expected <= found


def test_the_subject_is_not_one_of_the_panel() -> None:
    """Guard: "X joins judges A and B" makes A and B judges, not X."""
    found = {
        (f["person"], f["role"])
        for f in facts_of(
            run_text("Dana Cole joins judges Rob Hart and Leo Park on Harbor Lights.", PROJECT_PUB), "project"
        )
    }
    assert ("Dana Cole", "judge") not in found
