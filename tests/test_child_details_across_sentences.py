"""A named child's age and sex from wherever the article states them: another sentence's "N-year-old
Y" or "Y, N,", a relative clause after the name, "Y, her son,"; ages that disagree give none."""

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


def _sexes(text: str) -> dict[str, str | None]:
    return {f["child"]: f["sex"] for f in facts_of(run_text(text, FAMILY_PUB), "child") if f["child"]}


def test_a_royal_title_in_the_name_gives_the_sex() -> None:
    text = "Lena Moss and Tom Vale have two kids, Prince Max and Princess Ivy."
    assert _sexes(text) == {"Prince Max": "male", "Princess Ivy": "female"}
