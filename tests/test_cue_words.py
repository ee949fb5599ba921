"""The `cue` of a fact names the word that gave it, as a reader would look it up in the text."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss wed Tom Vale in a small ceremony in 2016.",
        "Lena Moss and Tom Vale wed in 2012 after a short engagement.",
    ],
)
def test_wed_is_its_own_cue(text: str) -> None:
    [marriage] = facts_of(run_text(text, "2017-06-01"), "marriage")
    assert marriage["cue"] == "wed"
