"""Possessives the parser loses: an opening quote typed as the apostrophe ("Moss‘s"), a venue or outlet
between the owner and the work noun ("X's Broadway show T", "X's Netflix series T"), and a friend
abbreviation before a name ("her BFF Mia Vale") that is neither part of the name nor a title."""

from __future__ import annotations

import pytest

from helpers import names, projects, run_text


@pytest.mark.parametrize("apostrophe", ["'", "’", "‘"])
def test_broadway_show_of_a_possessor(apostrophe: str) -> None:
    text = (
        "Dan Reed lives in Rome. He stopped by activist Lena Moss"
        f"{apostrophe}s Broadway show The Terms of My Life on Thursday night."
    )
    assert projects(text) == [("Lena Moss", "The Terms of My Life")]


def test_outlet_between_owner_and_work_noun() -> None:
    assert projects("Lena Moss's Broadway show The Terms of My Life opens in May.") == [
        ("Lena Moss", "The Terms of My Life")
    ]


def test_friend_abbreviation_before_a_name() -> None:
    text = (
        "Ann Ortiz made it a trip, bringing along sister Kim's BFF Mia Vale, 34, and her sis Joan Vale, 34."
    )
    result = run_text(text)
    assert "Mia Vale" in names(result).values()
    assert not [f for f in result.facts if f.type == "project"]
