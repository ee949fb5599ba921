"""Property: reconcile() is order-independent and idempotent. The same per-article results in any
order, or some of them given twice, give byte-identical JSON."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.export import to_json
from newsfacts.pipeline import ArticleResult
from newsfacts.reconcile import reconcile
from newsfacts.schema import Project, Relationship
from test_reconcile import art, child, divorce, k, marriage, person, span, when

FULL = ["Kevin Hart", "Torrei Hart", "Kim Kardashian", "Khloé Kardashian", "Kanye West", "Rebecca Thorsby",
        "Gregory Corvell", "Greg Corvell", "Christina Evans", "Chris Evans"]  # fmt: skip
SINGLE = ["Hart", "Kim", "Greg", "Heaven", "Rebecca", "Khloé"]
DATES = [
    None,
    when("2012"),
    when("2013"),
    when("2012-06"),
    when("2023-07", "eight months ago", anchor="2024-03-09"),
    when("2023-07", "July 2023"),
    when("2024-02"),
    when("2024-03-08"),
    span("2011-03-10", "2012-03-09", "2011", "age 12 on 2024-03-09"),
    span("2011-01-16", "2012-01-15", "2011", "age 12 on 2024-01-15"),
]
dates = st.sampled_from(DATES)


@st.composite
def article(draw: st.DrawFn, aid: str) -> ArticleResult:
    names = draw(st.lists(st.sampled_from(FULL + SINGLE), min_size=1, max_size=5, unique=True))
    genders = {n: draw(st.sampled_from([None, "female", "male"])) for n in names}
    people = [person(n, genders[n], mentions=draw(st.integers(1, 3))) for n in names]
    facts = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["marriage", "divorce", "child", "unnamed", "project", "relationship"]))
        a, b = draw(st.sampled_from(names)), draw(st.sampled_from(names))
        if kind == "marriage":
            facts.append(
                marriage(a, b, start=draw(dates), end=draw(dates), conf=draw(st.sampled_from([0.5, 0.8])))
            )
        elif kind == "divorce":
            facts.append(
                divorce(
                    a,
                    b,
                    filed=draw(dates),
                    finalized=draw(dates),
                    place=draw(st.sampled_from([None, "France", "Paris"])),
                )
            )
        elif kind == "child":
            facts.append(child([a], b, born=draw(dates), age=draw(st.sampled_from([None, 7, 12]))))
        elif kind == "unnamed":
            facts.append(
                child(
                    [a, b],
                    None,
                    sex=draw(st.sampled_from([None, "female", "male"])),
                    age=draw(st.sampled_from([None, 7, 12])),
                )
            )
        elif kind == "project":
            facts.append(
                Project(
                    person=k(a),
                    title=draw(st.sampled_from(["Red Kite", "the Red Kite", "Tidewater"])),
                    kind="film",
                    confidence=0.8,
                )
            )
        else:
            facts.append(Relationship(people=[k(a), k(b)], start=draw(dates), confidence=0.6))
    published = draw(st.sampled_from(["2024-03-09", "2024-03-08", None]))
    header = draw(st.sampled_from([None, "2024-01-15"]))
    return art(aid, people, facts, published=published, header_date=header)


@st.composite
def corpora(draw: st.DrawFn) -> list[ArticleResult]:
    n = draw(st.integers(1, 6))
    return [draw(article(f"a{i}")) for i in range(n)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results=corpora(), data=st.data())
def test_reconcile_is_order_independent_and_idempotent(
    results: list[ArticleResult], data: st.DataObject
) -> None:
    expected = to_json(reconcile(results))
    shuffled = data.draw(st.permutations(results), label="shuffled")
    assert to_json(reconcile(shuffled)) == expected
    again = data.draw(st.lists(st.sampled_from(results), max_size=len(results)), label="repeats")
    mixed = data.draw(st.permutations(results + again), label="with repeats")
    assert to_json(reconcile(mixed)) == expected
    assert reconcile(results).model_dump() == reconcile(results).model_dump()  # no state kept between runs


@settings(max_examples=50, deadline=None)
@given(results=corpora())
def test_reconciled_output_is_consistent(results: list[ArticleResult]) -> None:
    """Every reference resolves: fact people are people, timeline and conflicts name existing facts."""
    res = reconcile(results)
    people = {p.id for p in res.people}
    facts = {f.id for f in res.facts}
    assert len(facts) == len(res.facts)
    for f in res.facts:
        refs = getattr(f, "people", None) or [
            *getattr(f, "parents", []),
            getattr(f, "child", None) or next(iter(people)),
        ]
        assert set(refs) <= people
        assert f.sources == sorted(set(f.sources)) and f.sources
    for e in res.timeline:
        assert set(e.facts) <= facts and set(e.people) <= people
    for c in res.conflicts:
        assert set(c.facts) <= facts
