"""Magazine covers as projects of kind `other` with role `model` (the labels count a magazine a person is
tied to as a project): "graced the cover of Y", "appeared on the cover of Y", "covered Y magazine".

Every sentence is invented (names and titles); each positive case fails without the rule
(``extractors/project_covers.py``), each negative case guards an edge: someone else puts the person on
the cover, a negated verb, "covered" a story or a song."""

from __future__ import annotations

import pytest

from helpers import facts_of, projects, run_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Moss graced the cover of Harbor Weekly last month.", [("Lena Moss", "Harbor Weekly")]),
        ("Lena Moss recently covered Silver Street magazine.", [("Lena Moss", "Silver Street")]),
        (
            "Lena Moss is a model. She walked in the show in July and appeared on the cover of "
            "the Harbor Times.",
            [("Lena Moss", "Harbor Times")],
        ),
    ],
)
def test_covers(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


def test_a_cover_is_a_magazine_modelled_for() -> None:
    (fact,) = facts_of(run_text("Lena Moss graced the cover of Harbor Weekly last month."), "project")
    assert (fact["kind"], fact["role"]) == ("other", "model")


@pytest.mark.parametrize(
    "text",
    [
        "Dana Reed refuses to put Lena Moss on the cover of Harbor Weekly.",
        "Lena Moss shouldn't be on the cover of Harbor Weekly.",
        "Lena Moss covered the story for the magazine.",
        "Tom Vale covered 'Paper Rain' at the show.",
    ],
)
def test_no_cover(text: str) -> None:
    assert projects(text) == []
