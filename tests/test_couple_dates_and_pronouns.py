"""Couples named by "they"/"the couple" after the pair was named, and the dates of couple facts:
a misread "married" still dates the wedding, dashed ranges, "until" ends a state and never starts it."""

from __future__ import annotations

import pytest
from tests.helpers import FAMILY_PUB, facts_of, pairs, run_text


def _dates(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    """(start value, end value) of every ``kind`` fact."""
    out = []
    for f in facts_of(run_text(text, FAMILY_PUB), kind):
        start, end = f.get("start"), f.get("end")
        out.append((start and start["value"], end and end["value"]))
    return out


@pytest.mark.parametrize(
    "later",
    ["They divorced in 2007.", "The couple divorced in 2007.", "The pair divorced in 2007."],
)
def test_a_plural_subject_is_the_couple_named_before(later: str) -> None:
    text = f"Tom Vale married Lena Moss in 2002. {later}"
    assert pairs(text, "divorce") == [["Lena Moss", "Tom Vale"]]


def test_a_coordinated_subject_above_the_clause_is_its_they() -> None:
    text = (
        "Lena Moss and Tom Vale began dating in May, three months after she and Max Reed announced "
        "they were separating."
    )
    assert pairs(text, "separation") == [["Lena Moss", "Max Reed"]]


def test_a_wedding_verb_read_as_an_adjective_still_dates_the_wedding() -> None:
    text = "Actor Tom Vale married actress Lena Moss on October 19, 2012 in southern Italy."
    assert _dates(text, "marriage") == [("2012-10-19", None)]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Tom Vale was married to Lena Moss from 2002-2009.", "marriage", ("2002", "2009")),
        ("Tom Vale dated Lena Moss from 2002 until 2005.", "relationship", ("2002", "2005")),
        ("Tom Vale dated Lena Moss until 2015.", "relationship", (None, "2015")),
        ("Lena Moss and Tom Vale were married until 2015.", "marriage", (None, "2015")),
        ("Lena Moss was married to Tom, from 2000 to 2005.", "marriage", ("2000", "2005")),
    ],
)
def test_ranges_and_until(text: str, kind: str, expected: tuple[str | None, str | None]) -> None:
    assert _dates(text, kind) == [expected]


def test_until_a_death_is_no_wedding_date() -> None:
    text = (
        "Lena Moss married Tom Vale in 1963. The pair were happily wed until his death from cancer in 1981."
    )
    assert _dates(text, "marriage") == [("1963", "1981")]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss revealed her plans for her wedding to Tom Vale.",
        "Lena Moss is busy planning her wedding to Tom Vale.",
    ],
)
def test_a_wedding_being_planned_is_no_marriage(text: str) -> None:
    assert pairs(text, "marriage") == []


def test_a_date_in_the_divorce_noun_s_phrase_is_when_it_came_about() -> None:
    text = "Lena Moss's 2008 divorce from Tom Vale was messy."
    (divorce,) = facts_of(run_text(text, FAMILY_PUB), "divorce")
    assert divorce["finalized"]["value"] == "2008"
    assert _dates(text, "marriage") == [(None, "2008")]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale split from Lena Moss in May. Their six children are fine.",
        "Tom Vale talked about his split from Lena Moss. "
        "The star described the custody battle for their six children.",
    ],
)
def test_their_after_a_couple_fact_is_that_couple(text: str) -> None:
    found = facts_of(run_text(text, FAMILY_PUB), "child")
    assert len(found) == 6 and all(f["parents"] == ["Lena Moss", "Tom Vale"] for f in found)
