"""A title written as initials for a part played or hosted is a show's (a film's title is spelt out)."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text


def _kinds(text: str) -> dict[str, str]:
    return {p["title"]: p["kind"] for p in facts_of(run_text(text, "2017-06-01"), "project")}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Lena Moss is joining DWTS this fall, a source says.", "DWTS"),
        ("The KUWK star Lena Moss wore red to the party.", "KUWK"),
    ],
)
def test_initials_of_a_part_played_are_a_show(text: str, title: str) -> None:
    assert _kinds(text)[title] == "tv"


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        ("Lena Moss stars in CAKE. Critics loved Cake.", "CAKE", "film"),  # a word in capitals
        ("Lena Moss stars in Night Tide this fall.", "Night Tide", "film"),  # spelt out
    ],
)
def test_other_titles_keep_the_roles_kind(text: str, title: str, kind: str) -> None:
    assert _kinds(text)[title] == kind
