"""Which two people "the couple" means: not two names given as examples, in a longer list or under one
plural word. Invented sentences; the positive cases fail without the rule."""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text

INTRO = "Dana Cole and Tom Reed are expecting twins. "
LATER = " The couple welcomed their first child, daughter Ivy, in 2012."


@pytest.mark.parametrize(
    "middle",
    [
        "Mia Lane did not follow the lead of stars like Jane Fox and Sara Hill and congratulate them.",
        "Guests such as Jane Fox and Sara Hill sent flowers.",
        "Mia Lane was joined by co-stars Jane Fox and Sara Hill at the premiere.",
        "The two singers spent time with their husbands Sam Fox and Al Hill.",
    ],
)
def test_names_listed_under_one_word_are_not_the_couple(middle: str) -> None:
    kids = facts_of(run_text(INTRO + middle + LATER), "child")
    assert [k["parents"] for k in kids] == [["Dana Cole", "Tom Reed"]], middle


def test_a_couple_noun_before_two_names_still_makes_them_a_couple() -> None:
    """Guard: "the couple X and Y" names a couple."""
    text = (
        "Mia Lane was there. So were the couple Jane Fox and Sam Hill. "
        "The couple welcomed a son, Leo, in 2012."
    )
    kids = facts_of(run_text(text), "child")
    assert [k["parents"] for k in kids] == [["Jane Fox", "Sam Hill"]]
