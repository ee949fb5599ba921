"""Work at a show: "X, who had been at Y for two months", "X spent 15 years at Y", "his job at Y", where
the article calls Y a show (a title it gave a TV kind before, or a name it writes right before "show").

Every sentence is invented (names and titles); each positive case fails without the rule
(``extractors/project_tenure.py``), each negative case guards an edge: a place after "at", a name the
article never calls a show, a negated verb."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Vale was fired from the NBC show Morning Desk. Vale, who had been at Morning Desk for two "
            "months, is the nephew of a senator.",
            [("Tom Vale", "Morning Desk")],
        ),
        (
            "NBC let Tom Vale go from the Dawn show on Monday. Vale, who spent 15 years at Dawn, is the "
            "nephew of a senator.",
            [("Tom Vale", "Dawn")],
        ),
        (
            "Tom Vale was fired from the NBC show Morning Desk. Sources say his job at Morning Desk was "
            "never safe.",
            [("Tom Vale", "Morning Desk")],
        ),
    ],
)
def test_tenure_at_a_show(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale spent the night at Cedar Hall after the party.",
        "Tom Vale, who spent 15 years at Night Access, was fired on Monday.",
        "Tom Vale left the Dawn show on Monday. He spent the night at Cedar Hall.",
    ],
)
def test_no_tenure(text: str) -> None:
    assert ("Tom Vale", "Night Access") not in projects(text)
    assert ("Tom Vale", "Cedar Hall") not in projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale was fired from the NBC show Morning Desk. Lena Moss was at Morning Desk on Monday.",
        "Tom Vale was fired from the NBC show Morning Desk. Lena Moss spent the morning at Morning Desk.",
    ],
)
def test_a_visit_is_no_tenure(text: str) -> None:
    assert ("Lena Moss", "Morning Desk") not in projects(text)
