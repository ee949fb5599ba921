"""A date in a clause of its own below a cue dates that clause's event, not the cue's: a relative
clause on the subject ("X and Y, who married in 2001, finalized their divorce in 2008") or an
adverbial clause. A relative clause on the cue itself still dates it."""

from __future__ import annotations

from tests.helpers import FAMILY_PUB, facts_of, run_text


def _values(text: str, kind: str, field: str) -> list[str | None]:
    return [(f.get(field) or {}).get("value") for f in facts_of(run_text(text, FAMILY_PUB), kind)]


def test_a_relative_clause_on_the_subject_does_not_date_the_divorce() -> None:
    text = "Nora Quill and Dev Oakes, who married in 2001, finalized their divorce in 2009."
    assert _values(text, "divorce", "finalized") == ["2009"]
    assert _values(text, "marriage", "end") == ["2009"]
    assert _values(text, "marriage", "start") == ["2001"]


def test_a_relative_clause_with_the_only_date_leaves_the_divorce_undated() -> None:
    text = "Nora Quill and Dev Oakes, who married in 2001, finalized their divorce last week."
    assert _values(text, "divorce", "finalized") != ["2001"]


def test_a_relative_clause_on_the_cue_itself_dates_it() -> None:  # guard
    text = "Nora Quill and Dev Oakes ended their marriage with a divorce, which was finalized in 2009."
    assert _values(text, "divorce", "finalized") == ["2009"]


def test_an_adverbial_clause_dates_its_own_event() -> None:
    text = "Nora Quill finalized her divorce from Dev Oakes after they had separated in 2006."
    assert _values(text, "divorce", "finalized") == [None]


def test_a_coordinated_clause_dates_its_own_event() -> None:
    text = "Nora Quill dated Dev Oakes, but the couple broke up in 2013."
    assert _values(text, "relationship", "start") == [None]


def test_a_shared_date_of_two_coordinated_verbs_dates_the_second() -> None:  # guard
    text = "Nora Quill met and married Dev Oakes in 2001."
    assert _values(text, "marriage", "start") == ["2001"]
