"""A work's kind from every mention of its title in the article; a musical work's default role.

The disagreement, premiere and bare-show tests guard against the rule over-reaching: they pass without
it by design (each was checked to fail with the over-reaching variant)."""

from __future__ import annotations

import pytest
from tests.helpers import PROJECT_PUB, facts_of, run_text


def _kinds(text: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(person, title) → (kind, role) of every project fact."""
    return {
        (f["person"], f["title"]): (f["kind"], f["role"])
        for f in facts_of(run_text(text, PROJECT_PUB), "project")
    }


@pytest.mark.parametrize(
    "later",
    [
        "Night Tide season two starts filming in May.",
        "The third season of Night Tide starts filming in May.",
        "The HBO series Night Tide returns in May.",
        "Fans of NBC's Night Tide were thrilled.",
    ],
)
def test_a_later_mention_gives_the_kind(later: str) -> None:
    text = f"Lena Moss starred in Night Tide with Tom Vale.\n\n{later}"
    assert _kinds(text)[("Lena Moss", "Night Tide")][0] == "tv"


def test_mentions_that_disagree_leave_the_sentence_kind() -> None:
    text = (
        "Lena Moss starred in Night Tide with Tom Vale.\n\n"
        "The Night Tide album came out in May. Night Tide season two starts in June."
    )
    assert _kinds(text)[("Lena Moss", "Night Tide")][0] == "film"


def test_a_premiere_is_no_tv_cue() -> None:
    text = "Lena Moss starred in Night Tide with Tom Vale.\n\nShe wore red at the premiere of Night Tide."
    assert _kinds(text)[("Lena Moss", "Night Tide")][0] == "film"


def test_a_musical_work_without_a_stated_role_is_the_performer_s() -> None:
    text = "Fans loved Lena Moss's album Paper Suns."
    assert _kinds(text)[("Lena Moss", "Paper Suns")] == ("music", "singer")


def test_a_bare_show_is_no_tv_cue_but_a_network_show_is() -> None:
    base = "Lena Moss starred in Night Tide with Tom Vale.\n\n"
    assert (
        _kinds(base + "She took the Night Tide show to the arena.")[("Lena Moss", "Night Tide")][0] == "film"
    )
    assert _kinds(base + "The NBC show Night Tide returns.")[("Lena Moss", "Night Tide")][0] == "tv"


def test_a_title_names_one_work_in_an_article() -> None:
    text = "Tom Vale choreographed Night Tide.\n\nLena Moss starred in Night Tide with Max Reed."
    kinds = _kinds(text)
    assert kinds[("Tom Vale", "Night Tide")][0] == kinds[("Lena Moss", "Night Tide")][0] == "film"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"I am so excited to join The Night Tide at NBC," Lena Moss said.', "The Night Tide"),
        ("Lena Moss starred in Night Tide on HBO.", "Night Tide"),
    ],
)
def test_the_broadcaster_a_work_airs_on_makes_it_tv_and_is_no_part_of_its_title(
    text: str, title: str
) -> None:
    assert _kinds(text)[("Lena Moss", title)][0] == "tv"


@pytest.mark.parametrize(
    "text",
    [
        "Dana Cole plays Rose Nylund on The Golden Hours.",
        "Dana Cole starred on The Golden Hours for six seasons.",
    ],
)
def test_a_part_played_on_a_work_is_on_a_show(text: str) -> None:
    """One is in a film but on a show: "plays X on Y", "starred on Y"."""
    assert {f["kind"] for f in facts_of(run_text(text), "project")} == {"tv"}, text


def test_a_title_modifying_a_noun_after_on_is_no_show() -> None:
    """Guard: "played on ‘Golden Hours’ set" is a film set, not a show the kids appeared on."""
    text = "Dana Cole starred in Golden Hours. Her kids played together on ‘Golden Hours’ set."
    assert {f["kind"] for f in facts_of(run_text(text), "project")} == {"film"}
