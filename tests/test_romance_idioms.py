"""Idioms of a romance: "back together", "in love with", "hooking up with", "cheated on", "as a couple",
"are a couple", "called it quits". Each row an invented sentence; the names and wordings are made up and
state each rule in general terms."""

from __future__ import annotations

import pytest

from helpers import facts_of, pairs, run_text

PUB = "2021-06-15"


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance and Owen Pratt are reportedly back together.",
        "Nora Vance is back together with Owen Pratt.",
        "Nora Vance getting back together with Owen Pratt is a disaster, a friend said.",
        "Nora Vance fell in love with Owen Pratt in 2010.",
        "Nora Vance broke his heart by hooking up with Owen Pratt.",
        "Owen Pratt was caught cheating on Nora Vance.",
        "Nora Vance and Owen Pratt made their debut as a couple last spring.",
        "Nora Vance and Owen Pratt are a couple.",
    ],
)
def test_romance_idiom(text: str) -> None:
    assert pairs(text, "relationship") == [["Nora Vance", "Owen Pratt"]]


@pytest.mark.parametrize(
    "text",
    [
        # asked, wished, guessed, denied
        "Do you think Nora Vance should get back together with Owen Pratt?",
        "Nora Vance wants to get back together with Owen Pratt.",
        "Fans are convinced Nora Vance is back together with Owen Pratt.",
        "Nora Vance and Owen Pratt are not a couple.",
        # no person on the other side, or no romance
        "Nora Vance is in love with Owen Pratt's new album.",
        "Nora Vance cheated on the exam with Owen Pratt.",
        "Nora Vance hooked up the speakers with Owen Pratt.",
        "Nora Vance and Owen Pratt are a couple of friends.",
        # a pronoun subject of "a perfect couple": too often two actors' parts
        "Nora Vance met Owen Pratt on set. Together, they are a perfect couple on screen.",
    ],
)
def test_no_romance(text: str) -> None:
    assert pairs(text, "relationship") == []


def test_called_it_quits_is_a_split() -> None:
    text = "Nora Vance and Owen Pratt called it quits in May."
    assert pairs(text, "separation") == [["Nora Vance", "Owen Pratt"]]
    got = facts_of(run_text(text, PUB), "relationship")
    assert [f["people"] for f in got] == [["Nora Vance", "Owen Pratt"]]
    assert got[0]["end"]["value"] == "2021-05"  # May before the June publication date


# -- "X, who is dating actress Y": the parser may read "dating" as an adjective of the title ------------


@pytest.mark.parametrize(
    "text",
    [
        "Owen Pratt, who is dating actress Nora Vance, joined forces with Tom Hill.",
        "Owen Pratt is dating model Nora Vance.",
    ],
)
def test_dating_before_a_title(text: str) -> None:
    assert pairs(text, "relationship") == [["Nora Vance", "Owen Pratt"]]


def test_not_dating_before_a_title() -> None:
    assert pairs("Owen Pratt, who is not dating actress Nora Vance, flew home.", "relationship") == []


# -- a couple noun as the title of two names: "exes X and Y", "newlyweds X and Y" ---------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Exes Nora Vance and Owen Pratt arrived at the gala.", "relationship"),
        ("The lovebirds, Nora Vance and Owen Pratt, arrived at the gala.", "relationship"),
        ("Newlyweds Nora Vance and Owen Pratt arrived in Rome.", "marriage"),
    ],
)
def test_couple_title(text: str, kind: str) -> None:
    assert pairs(text, kind) == [["Nora Vance", "Owen Pratt"]]


@pytest.mark.parametrize(
    "text",
    [
        "Comedy duo Nora Vance and Owen Pratt arrived at the gala.",
        "The couple, Nora Vance and Owen Pratt, arrived at the gala.",  # married or not: unsaid
    ],
)
def test_no_couple_title(text: str) -> None:
    assert pairs(text, "relationship") == [] and pairs(text, "marriage") == []


def test_a_kin_noun_tying_one_partner_to_a_third_person_leaves_the_romance() -> None:
    # "mother" ties Lena Moss to her daughter, not to Tom Vale: the relationship with him stands
    text = (
        "Lena Moss is also the mother to 19-year-old daughter Ivy Reed, "
        "from her previous relationship to Tom Vale."
    )
    assert pairs(text, "relationship") == [["Lena Moss", "Tom Vale"]]


def test_a_friend_of_the_other_partner_is_still_no_romance() -> None:
    text = "Her best friend Tom Vale stands by Lena Moss, but their relationship is targeted by rumours."
    assert pairs(text, "relationship") == []
