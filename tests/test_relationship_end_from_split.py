"""A couple's one dated split ends their relationship when the split names the pair only as "the
couple" or "they" ("X and Y dated for a year. The couple broke up in 2013."); a married pair keeps
no relationship, and two splits on different dates leave the end open."""

from __future__ import annotations

from tests.helpers import FAMILY_PUB, facts_of, run_text


def _ends(text: str) -> list[str | None]:
    return [(f.get("end") or {}).get("value") for f in facts_of(run_text(text, FAMILY_PUB), "relationship")]


def test_the_couple_s_split_ends_the_relationship() -> None:
    assert _ends("Nora Quill and Dev Oakes dated for a year. The couple broke up in 2013.") == ["2013"]


def test_they_split_ends_the_relationship() -> None:
    assert _ends("Nora Quill and Dev Oakes dated for a year. They split in 2013.") == ["2013"]


def test_two_splits_leave_the_end_open() -> None:  # guard
    text = (
        "Nora Quill and Dev Oakes dated for a year. They split in 2013. "
        "They got back together in 2014. The couple split again in 2016."
    )
    assert _ends(text) == [None]
