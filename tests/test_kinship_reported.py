"""A bare kinship noun on the subject of a reported clause is the reporter's. Invented sentences."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss said husband Tom Vale cooks.",
        "Lena Moss has no doubt that husband Tom Vale is the one for her.",
        "Lena Moss told reporters that husband Tom Vale was at home.",
    ],
)
def test_the_reporters_spouse(text: str) -> None:
    assert [sorted(f["people"]) for f in facts_of(run_text(text), "marriage")] == [["Lena Moss", "Tom Vale"]]


def test_the_reporters_child() -> None:
    kids = facts_of(run_text("Ann Reed told reporters son Max was fine."), "child")
    assert [(f["parents"], f["child"]) for f in kids] == [(["Ann Reed"], "Max")]
