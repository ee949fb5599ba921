"""The acceptance example of issue 2: what the two seed articles must yield.

These are the facts a careful reader takes from the seeds; src/ knows none of these names — they
come out of general rules (see test_extractors.py for the rules on sentences of their own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.pipeline import extract
from newsfacts.schema import Result

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def result() -> Result:
    return extract([str(SEEDS)])


def by_name(result: Result) -> dict[str, str]:
    return {p.name: p.id for p in result.people}


def test_people_and_not_people(result: Result) -> None:
    people = {p.name: p for p in result.people}
    for name in (
        "Natalie Portman",
        "Benjamin Millepied",
        "Aleph",
        "Amalia",
        "Guy Ritchie",
        "Kristin Scott Thomas",
    ):
        assert name in people, f"{name} missing"
    assert "Natalie" in people["Natalie Portman"].aliases
    assert "Ben" in people["Benjamin Millepied"].aliases
    names = {n.lower() for p in result.people for n in (p.name, *p.aliases)}
    for not_a_person in ("x", "oscar", "dune", "fountain", "angel city", "may december"):
        assert not_a_person not in names


def test_marriage_and_divorce(result: Result) -> None:
    ids = by_name(result)
    couple = sorted([ids["Natalie Portman"], ids["Benjamin Millepied"]])
    [m] = [f for f in result.facts if f.type == "marriage" and f.people == couple]
    assert m.start is not None and m.start.value == "2012"
    assert m.end_reason == "divorce"
    [d] = [f for f in result.facts if f.type == "divorce" and f.people == couple]
    assert d.filed is not None and d.filed.value == "2023-07"
    assert d.filed.sources == sorted(a.id for a in result.articles), "both articles date the filing"
    assert d.filed_by == ids["Natalie Portman"]
    assert d.finalized is not None and d.finalized.value == "2024-02"
    assert d.place == "France"
    assert sorted(d.sources) == sorted(a.id for a in result.articles)


@pytest.mark.parametrize(("child", "sex", "age"), [("Aleph", "male", 12), ("Amalia", "female", 7)])
def test_children(result: Result, child: str, sex: str, age: int) -> None:
    ids = by_name(result)
    [c] = [f for f in result.facts if f.type == "child" and f.child == ids[child]]
    assert sorted(c.parents) == sorted([ids["Natalie Portman"], ids["Benjamin Millepied"]])
    assert (c.sex, c.age) == (sex, age)
    assert c.age_as_of is not None
    assert c.born is not None and c.born.approximate and c.born.earliest and c.born.latest


@pytest.mark.parametrize(
    ("person", "title", "kind", "role"),
    [
        ("Benjamin Millepied", "sequel to Dune", "film", "choreographer"),
        ("Benjamin Millepied", "Carmen", "film", None),
        ("Benjamin Millepied", "Black Swan", None, "choreographer"),
        ("Natalie Portman", "May December", "film", "actor"),
        ("Natalie Portman", "Fountain of Youth", "film", "actor"),
        ("Guy Ritchie", "Fountain of Youth", "film", "director"),
        ("Natalie Portman", "Lady in the Lake", "tv", None),
        ("Natalie Portman", "Angel City", "sports_team", None),
        ("Natalie Portman", "Black Swan", None, None),
    ],
)
def test_projects(result: Result, person: str, title: str, kind: str | None, role: str | None) -> None:
    ids = by_name(result)
    found = [f for f in result.facts if f.type == "project" and f.person == ids[person] and f.title == title]
    assert found, f"{person} — {title} missing"
    if kind:
        assert found[0].kind == kind
    if role:
        assert found[0].role == role


def test_carmen_premiere_date_and_title_not_a_date(result: Result) -> None:
    [carmen] = [f for f in result.facts if f.type == "project" and f.title == "Carmen"]
    assert carmen.date is not None and carmen.date.value == "2022-09"
    dated_texts = {e.date.text for e in result.timeline if e.date and e.date.text}
    assert not any("May December" in t for t in dated_texts)


def test_contradicted_header_is_corrected_and_reported(result: Result) -> None:
    [art] = [a for a in result.articles if a.header_date == "2024-01-15"]
    assert art.published_source == "inferred" and art.published and art.published.startswith("2024-03")
    assert art.warnings
    assert any(c.kind == "dateline" and c.articles == [art.id] for c in result.conflicts)
    [d] = [f for f in result.facts if f.type == "divorce"]
    assert d.finalized is not None and d.finalized.anchor == art.published, (
        "resolved against the corrected anchor"
    )


def test_timeline_order(result: Result) -> None:
    seq = [(e.type, e.date.value) for e in result.timeline if e.date]
    wanted = [
        ("marriage_start", "2012"),
        ("project", "2022-09"),
        ("divorce_filed", "2023-07"),
        ("divorce_finalized", "2024-02"),
    ]
    positions = [seq.index(w) for w in wanted]
    assert positions == sorted(positions), seq
