"""A title before a role noun describing a person ("the 'Blue Hour' star"): whom it means, even when the
parser breaks the phrase, and which dates are the work's."""

from __future__ import annotations

from helpers import facts_of, run_text

PUB = "2017-06-01"


def _project(text: str) -> dict:
    [p] = facts_of(run_text(text, PUB), "project")
    return p


def test_a_quoted_title_the_parser_splits_still_describes_the_person() -> None:
    p = _project(
        "Tom Vale and reality star Lena Moss are dating. The 'Tale Of My Life' singer was pictured "
        "alongside reality star Lena Moss last week in Aspen."
    )
    assert (p["person"], p["title"], p["role"]) == ("Tom Vale", "Tale Of My Life", "singer")


def test_a_date_of_what_the_described_person_did_is_not_the_works() -> None:
    p = _project(
        'Lena Moss is dating Tom Vale. The "Blue Valentine" singer was pictured with him in Aspen last week.'
    )
    assert (p["person"], p["title"]) == ("Lena Moss", "Blue Valentine")
    assert p["date"] is None


def test_a_date_inside_the_title_is_no_date() -> None:
    p = _project('Lena Moss is dating Tom Vale. The "Mother\'s Day" star was seen in Aspen.')
    assert p["title"] == "Mother's Day"
    assert p["date"] is None


def test_a_role_the_sentence_gives_keeps_its_date() -> None:
    p = _project("Lena Moss became an Idol judge in 2010.")
    assert (p["title"], p["role"], p["date"]["value"]) == ("Idol", "judge", "2010")
