"""'ex-presenter Y' is a former presenter, not an ex-partner: only the kin words written with 'ex-' (single
tokens: ex-wife, ex-boyfriend, …) or a free-standing 'ex' name a former partner."""

from __future__ import annotations

import pytest
from tests.helpers import pairs


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss takes over from ex-presenter Tom Vale, and she appeared on the show.",
        "Lena Moss replaced ex-host Tom Vale.",
    ],
)
def test_ex_glued_to_another_noun_is_no_partner(text: str) -> None:
    assert pairs(text, "relationship") == []


def test_a_free_standing_ex_and_an_ex_kin_word_still_are() -> None:
    assert pairs("Lena Moss and her ex Tom Vale share a son, Max.", "relationship") == [
        ["Lena Moss", "Tom Vale"]
    ]
    assert pairs("Lena Moss's ex-boyfriend Tom Vale said so.", "relationship") == [["Lena Moss", "Tom Vale"]]
