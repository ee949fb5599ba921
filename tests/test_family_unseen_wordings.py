"""Family facts in wordings news text uses that the rules did not read: a child of two possessors ("X and
Y's son"), a bare child noun ("about daughter A's future"). Each row an invented sentence with invented
names → the children it must (or must not) give."""

from __future__ import annotations

import pytest

from helpers import children


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Moss and Tom Vale's daughter Anna Reed was seen in Paris.",
            [(["Lena Moss", "Tom Vale"], "Anna Reed")],
        ),
        ("Tom Vale and Lena Moss's son, Sam, was seen in Paris.", [(["Lena Moss", "Tom Vale"], "Sam")]),
        (
            "Lena Moss gushed over her and Tom Vale's 2-year-old son Sam's latest milestones.",
            [(["Lena Moss", "Tom Vale"], "Sam")],
        ),
    ],
)
def test_a_child_of_two_coordinated_possessors_has_both_parents(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert children(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Vale opens up about daughter Anna's future as an actress.", [(["Tom Vale"], "Anna")]),
        ("Tom Vale has been keen on a fifth since daughter Anna was born in 2011.", [(["Tom Vale"], "Anna")]),
        ("Lena Moss played daughter Anna in the film.", []),
        ("The magazine said daughter Anna was fine.", []),
    ],
)
def test_a_bare_child_noun_is_the_child_of_its_clause_subject(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert children(text) == expected
