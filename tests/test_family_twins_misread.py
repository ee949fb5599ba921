""" "welcomed twins A and B": the tagger may read "twins" as a verb and hang the names on it or on the
verb above. Invented sentences; the positive cases fail without the repair."""

from __future__ import annotations

import pytest

from helpers import facts_of, names, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Dana Cole and Tom Reed welcomed twins Lucas and Nora last month.",
        "Dana Cole and Tom Reed welcomed twins Ana and Bea last month.",
    ],
)
def test_twins_named_after_the_noun_are_both_children_of_the_couple(text: str) -> None:
    result = run_text(text, "2017-06-01")
    kids = sorted((f["child"], tuple(f["parents"])) for f in facts_of(result, "child"))
    first, second = (w for w in text.split("twins ")[1].split(" last")[0].split(" and "))
    assert kids == sorted([(first, ("Dana Cole", "Tom Reed")), (second, ("Dana Cole", "Tom Reed"))])


def test_the_second_name_of_a_list_after_a_child_noun_is_a_person() -> None:
    """Guard: "daughters Lucy and Nora" (the list's first name hung on the verb) keeps both people,
    however the parser attaches them."""
    people = set(names(run_text("Dana Cole welcomed daughters Lucy and Nora last month.")).values())
    assert {"Lucy", "Nora"} <= people


def test_twins_as_a_real_verb_makes_no_child() -> None:
    """Guard: "twins with" in a sentence about clothes names no child."""
    assert facts_of(run_text("Dana Cole twins with her sister Mia Lane in matching outfits."), "child") == []
