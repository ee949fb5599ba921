"""A named child's age from wherever the article states it: another sentence's "N-year-old Y" or
"Y, N,", a relative clause after the name; ages that disagree give none."""

from __future__ import annotations

import pytest
from tests.helpers import FAMILY_PUB, facts_of, run_text


def _ages(text: str) -> dict[str, int | None]:
    return {f["child"]: f["age"] for f in facts_of(run_text(text, FAMILY_PUB), "child") if f["child"]}


@pytest.mark.parametrize(
    ("text", "child", "age"),
    [
        (
            "Lena Moss's daughter Ivy loves the piano. Tom Vale has been teaching 11-year-old Ivy to play.",
            "Ivy",
            11,
        ),
        ("Lena Moss and Tom Vale have a son, Max Vale, who is now two years old.", "Max Vale", 2),
        ("Lena Moss has a son, Max. Max, who just turned seven, loves soccer.", "Max", 7),
        ("Lena Moss has a son, Max. At the park, Max, 7, played ball.", "Max", 7),
    ],
)
def test_an_age_stated_at_another_mention(text: str, child: str, age: int) -> None:
    assert _ages(text)[child] == age


def test_ages_that_disagree_give_none() -> None:
    text = "Lena Moss has a son, Max. In 2019 Max, 7, played ball. This year Max, 9, plays chess."
    assert _ages(text)["Max"] is None


def test_the_age_comes_with_its_birth_interval() -> None:
    facts = facts_of(
        run_text("Lena Moss has a son, Max. Max, who just turned seven, loves soccer.", FAMILY_PUB), "child"
    )
    assert facts[0]["age_as_of"] == FAMILY_PUB
    assert facts[0]["born"]["value"] in ("2013", "2014")
