"""A description in apposition to a name means that name ("Dan Reed, the director of Open Works,"),
never another person of the article; and more occupation nouns are descriptions, not name words."""

from __future__ import annotations

import pytest

from helpers import names, projects, run_text


@pytest.mark.parametrize("noun", ["director", "founder", "co-founder", "creative director"])
def test_apposition_names_the_holder(noun: str) -> None:
    text = (
        "Lena Moss is married to Tom Vale. The lawyer famously defended Dan Reed, "
        f"the {noun} of Open Works, in his fight against extradition."
    )
    got = projects(text)
    assert ("Dan Reed", "Open Works") in got
    assert ("Tom Vale", "Open Works") not in got


@pytest.mark.parametrize(
    "noun", ["Momager", "Billionaire", "Playwright", "Activist", "Bassist", "Sportscaster"]
)
def test_occupation_before_a_name_is_no_name_word(noun: str) -> None:
    got = set(names(run_text(f"{noun} Lena Moss was also there along with Ann Ortiz.")).values())
    assert "Lena Moss" in got and f"{noun} Lena Moss" not in got
