"""The partner in the union a child comes from ("a daughter from her relationship to Y") is its other
parent."""

from __future__ import annotations

import pytest
from tests.helpers import FAMILY_PUB, facts_of, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss had a daughter from her previous relationship to Tom Vale.",
        "Lena Moss had a son from her marriage to Tom Vale.",
        "Lena Moss has a son, Max, from her marriage with Tom Vale.",
    ],
)
def test_the_partner_of_the_union_a_child_comes_from_is_its_other_parent(text: str) -> None:
    (child,) = facts_of(run_text(text, FAMILY_PUB), "child")
    assert child["parents"] == ["Lena Moss", "Tom Vale"]
