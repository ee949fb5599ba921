"""'Title, the new album by/from X': the maker named on the title's work noun, in the role the kind
implies; 'by X' on a noun ('a film by X') is no 'filmed by X'."""

from __future__ import annotations

import pytest
from tests.helpers import PROJECT_PUB, facts_of, run_text


def _roles(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(
        (f["person"], f["title"], f["role"]) for f in facts_of(run_text(text, PROJECT_PUB), "project")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paper Suns, the new album by Lena Moss, is out.", ("Lena Moss", "Paper Suns", "singer")),
        ("Critics loved Paper Suns, the new album from Lena Moss.", ("Lena Moss", "Paper Suns", "singer")),
        ("Night Tide, a novel by Tom Vale, sold well.", ("Tom Vale", "Night Tide", "author")),
        ("Night Tide, a film by Tom Vale, opens Friday.", ("Tom Vale", "Night Tide", "director")),
    ],
)
def test_the_maker_on_the_work_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert _roles(text) == [expected]


def test_a_place_after_from_is_no_maker() -> None:
    assert _roles("Night Tide, the new film from Paris, opens Friday.") == []
