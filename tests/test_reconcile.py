"""reconcile() over hand-made per-article results: who is who across articles, one fact per event,
dates combined or put in conflict, consistency checks. No spaCy parsing, no temporal engine."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from newsfacts.dates import Claim, combine
from newsfacts.people import PersonRec
from newsfacts.pipeline import ArticleResult
from newsfacts.reconcile import merge_people, reconcile
from newsfacts.schema import Article, Child, Divorce, Evidence, Marriage, Project, Relationship, When

# -- builders (also used by test_reconcile_property.py and test_timeline*.py) ----------------------


def when(value: str, text: str | None = None, approximate: bool = False, anchor: str | None = None) -> When:
    """A When from a TIMEX value: 2012, 2023-07, 2024-03-08 (bounds computed)."""
    parts = value.split("-")
    if len(parts) == 1:
        lo, hi, prec = f"{value}-01-01", f"{value}-12-31", "year"
    elif len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        lo, hi, prec = f"{value}-01", (nxt - timedelta(days=1)).isoformat(), "month"
    else:
        lo = hi = value
        prec = "day"
    return When(
        text=text or value,
        value=value,
        precision=prec,  # type: ignore[arg-type]
        earliest=lo,
        latest=hi,
        approximate=approximate,
        anchor=anchor,
    )


def span(lo: str, hi: str, value: str, text: str = "derived") -> When:
    """A derived (approximate) date: an interval of days, e.g. a birth date from an age."""
    return When(text=text, value=value, precision="year", earliest=lo, latest=hi, approximate=True)


def person(
    name: str, gender: str | None = None, aliases: tuple[str, ...] = (), mentions: int = 1
) -> PersonRec:
    return PersonRec(key=name.lower(), name=name, aliases=set(aliases), gender=gender, mentions=mentions)


def k(name: str) -> str:
    """The local person key of a name (what facts of an ArticleResult refer to)."""
    return name.lower()


def ev(article: str, n: int = 0, quote: str = "A sentence.") -> Evidence:
    return Evidence(article=article, start=n * 100, end=n * 100 + len(quote), quote=quote)


def art(
    aid: str,
    names: list[str | PersonRec],
    facts: list = (),  # type: ignore[assignment]
    published: str | None = "2024-03-09",
    header_date: str | None = None,
) -> ArticleResult:
    people = [p if isinstance(p, PersonRec) else person(p) for p in names]
    out = []
    for n, f in enumerate(facts):
        f = f.model_copy(deep=True)
        if not f.evidence:
            f.evidence = [ev(aid, n, f"Sentence {n} of {aid}.")]
        out.append(f)
    return ArticleResult(
        article=Article(
            id=aid, path=f"{aid}.txt", published=published, published_source="header", header_date=header_date
        ),
        people={p.key: p for p in people},
        facts=out,
    )


def marriage(
    a: str, b: str, start: When | None = None, end: When | None = None, conf: float = 0.8
) -> Marriage:
    return Marriage(people=[k(a), k(b)], start=start, end=end, confidence=conf)


def divorce(a: str, b: str, filed: When | None = None, finalized: When | None = None, **kw) -> Divorce:
    return Divorce(people=[k(a), k(b)], filed=filed, finalized=finalized, confidence=0.8, **kw)


def child(parents: list[str], name: str | None, born: When | None = None, **kw) -> Child:
    return Child(
        parents=[k(p) for p in parents], child=k(name) if name else None, born=born, confidence=0.8, **kw
    )


def ids_by_label(results: list[ArticleResult]) -> dict[str, str]:
    """ "0:Kevin Hart" (article index : name) → the person id reconcile gave it."""
    _, mapping = merge_people(results)
    out = {}
    for n, r in enumerate(results):
        for key, p in r.people.items():
            out[f"{n}:{p.name}"] = mapping[(r.article.id, key)]
    return out


# -- people across articles ------------------------------------------------------------------------

F, M = "female", "male"
PEOPLE_CASES = [
    # (case, people per article, the partition: every group is one person, different groups differ)
    ("same full name", [["Kevin Hart"], ["Kevin Hart"]], [{"0:Kevin Hart", "1:Kevin Hart"}]),
    (
        "surname alone joins the person in shared context",
        [["Kevin Hart", "Eniko Parrish"], ["Hart", "Eniko Parrish"]],
        [{"0:Kevin Hart", "1:Hart"}, {"0:Eniko Parrish", "1:Eniko Parrish"}],
    ),
    (
        "surname alone without shared context stays apart",
        [["Kevin Hart", "Eniko Parrish"], ["Hart", "Lady Gaga"]],
        [{"0:Kevin Hart"}, {"1:Hart"}, {"0:Eniko Parrish"}, {"1:Lady Gaga"}],
    ),
    (
        "shared surname is not the same person",
        [["Kevin Hart"], ["Torrei Hart"]],
        [{"0:Kevin Hart"}, {"1:Torrei Hart"}],
    ),
    (
        "surname that fits two people in context is ambiguous",
        [["Kevin Hart", "Torrei Hart", "Eniko Parrish"], ["Hart", "Eniko Parrish"]],
        [{"0:Kevin Hart"}, {"0:Torrei Hart"}, {"1:Hart"}, {"0:Eniko Parrish", "1:Eniko Parrish"}],
    ),
    (
        "Kim is not Khloé",
        [["Kim Kardashian", "Kanye West"], ["Khloé Kardashian", "Kanye West"]],
        [{"0:Kim Kardashian"}, {"1:Khloé Kardashian"}, {"0:Kanye West", "1:Kanye West"}],
    ),
    (
        "first name alone in context",
        [["Kim Kardashian", "Khloé Kardashian", "Kanye West"], ["Khloé", "Kanye West"]],
        [{"0:Kim Kardashian"}, {"0:Khloé Kardashian", "1:Khloé"}, {"0:Kanye West", "1:Kanye West"}],
    ),
    (
        "nickname in the context of the couple",
        [["Rebecca Thorsby", "Gregory Corvell"], ["Rebecca Thorsby", "Greg"]],
        [{"0:Rebecca Thorsby", "1:Rebecca Thorsby"}, {"0:Gregory Corvell", "1:Greg"}],
    ),
    (
        "nickname with the same surname",
        [["Gregory Corvell"], ["Greg Corvell"]],
        [{"0:Gregory Corvell", "1:Greg Corvell"}],
    ),
    (
        "nickname from the lexicon (Bill/William)",
        [["William Clinton", "Hillary Clinton"], ["Bill", "Hillary Clinton"]],
        [{"0:William Clinton", "1:Bill"}, {"0:Hillary Clinton", "1:Hillary Clinton"}],
    ),
    (
        "nickname alone without context",
        [["Gregory Corvell", "Rebecca Thorsby"], ["Greg", "Jennifer Lopez"]],
        [{"0:Gregory Corvell"}, {"0:Rebecca Thorsby"}, {"1:Greg"}, {"1:Jennifer Lopez"}],
    ),
    (
        "two unrelated single-name people",
        [["Heaven", "Nick Cannon"], ["Heaven", "Rihanna"]],
        [{"0:Heaven"}, {"1:Heaven"}, {"0:Nick Cannon"}, {"1:Rihanna"}],
    ),
    (
        "one single-name person in related articles",
        [["Heaven", "Nick Cannon"], ["Heaven", "Nick Cannon"]],
        [{"0:Heaven", "1:Heaven"}, {"0:Nick Cannon", "1:Nick Cannon"}],
    ),
    (
        "a short form that fits two full names is ambiguous",
        [["Christopher Evans"], ["Christina Evans"], ["Chris Evans"]],
        [{"0:Christopher Evans"}, {"1:Christina Evans"}, {"2:Chris Evans"}],
    ),
    (
        "genders that disagree block a nickname merge",
        [[person("Chris Pratt", M)], [person("Christina Pratt", F)]],
        [{"0:Chris Pratt"}, {"1:Christina Pratt"}],
    ),
    (
        "an alias another article used",
        [[person("Kim Kardashian West", F, aliases=("Kim Kardashian",))], ["Kim Kardashian"]],
        [{"0:Kim Kardashian West", "1:Kim Kardashian"}],
    ),
    (
        "a long form of a first name joins its short form in related articles",
        [["Christopher", "Nick Cannon"], ["Chris Vale", "Nick Cannon"]],
        [{"0:Christopher", "1:Chris Vale"}, {"0:Nick Cannon", "1:Nick Cannon"}],
    ),
    (
        "a word that only starts like a first name is no long form of it",
        [["Marchesa", "Nick Cannon"], ["Marc Vale", "Nick Cannon"]],
        [{"0:Marchesa"}, {"1:Marc Vale"}, {"0:Nick Cannon", "1:Nick Cannon"}],
    ),
    (
        "a name another article extends by a last word",
        [[person("Lena Moss Vale", F)], [person("Lena Moss", F)]],
        [{"0:Lena Moss Vale", "1:Lena Moss"}],
    ),
    (
        "one article naming both a name and its extension has told them apart",
        [[person("Tom Vale Moss", M), person("Tom Vale", M)]],
        [{"0:Tom Vale Moss"}, {"0:Tom Vale"}],
    ),
    (
        "a name extended by a generational suffix is another person",
        [["Tom Vale Jr."], ["Tom Vale"]],
        [{"0:Tom Vale Jr."}, {"1:Tom Vale"}],
    ),
    (
        "a name two longer names extend is ambiguous",
        [["Lena Moss Vale"], ["Lena Moss Quill"], ["Lena Moss"]],
        [{"0:Lena Moss Vale"}, {"1:Lena Moss Quill"}, {"2:Lena Moss"}],
    ),
    (
        "genders that disagree block a longer-name merge",
        [[person("Sam Moss Vale", M)], [person("Sam Moss", F)]],
        [{"0:Sam Moss Vale"}, {"1:Sam Moss"}],
    ),
]


@pytest.mark.parametrize(("names", "groups"), [c[1:] for c in PEOPLE_CASES], ids=[c[0] for c in PEOPLE_CASES])
def test_people_across_articles(names: list[list], groups: list[set[str]]) -> None:
    results = [art(f"a{n}", people) for n, people in enumerate(names)]
    got = ids_by_label(results)
    assert sorted(got) == sorted(label for g in groups for label in g)
    for g in groups:
        assert len({got[label] for label in g}) == 1, f"{g} should be one person: {got}"
    firsts = [got[next(iter(g))] for g in groups]
    assert len(set(firsts)) == len(groups), f"{groups} should all be different people: {got}"


def test_person_record_fields() -> None:
    results = [
        art("a", [person("Rebecca Thorsby", F, aliases=("Rebecca",), mentions=5), "Gregory Corvell"]),
        art("b", ["Rebecca Thorsby", person("Greg", M)]),
    ]
    people = {p.id: p for p in reconcile(results).people}
    assert set(people) == {"rebecca-thorsby", "gregory-corvell"}
    greg = people["gregory-corvell"]
    assert (greg.name, greg.aliases, greg.gender, greg.articles) == (
        "Gregory Corvell",
        ["Greg"],
        "male",
        ["a", "b"],
    )
    assert people["rebecca-thorsby"].aliases == ["Rebecca"]


def test_same_slug_different_people_get_distinct_ids() -> None:
    res = reconcile([art("a", ["Heaven", "Nick Cannon"]), art("b", ["Heaven", "Rihanna"])])
    assert [p.id for p in res.people if p.name == "Heaven"] == ["heaven", "heaven-2"]


# -- dates: combine --------------------------------------------------------------------------------

REL = "2024-03-09"  # an anchor: the date was resolved relative to it
DATE_CASES = [
    # (case, claims (when, source, published), kept value, kept text, rejected values, reason)
    (
        "relative and absolute agree",
        [
            (when("2023-07", "eight months ago", anchor=REL), "a", "2024-03-09"),
            (when("2023-07", "July 2023"), "b", "2024-03-08"),
        ],
        "2023-07",
        "July 2023",
        [],
        None,
    ),
    (
        "more precise kept when compatible",
        [(when("2012"), "a", None), (when("2012-06"), "b", None)],
        "2012-06",
        "2012-06",
        [],
        None,
    ),
    (
        "more sources",
        [(when("2012"), "a", None), (when("2012"), "b", None), (when("2013"), "c", "2025-01-01")],
        "2012",
        "2012",
        ["2013"],
        "supported by more sources (2 vs 1)",
    ),
    (
        "explicit over derived",
        [(span("2010-03-10", "2011-03-09", "2010"), "a", None), (when("2013"), "b", None)],
        "2013",
        "2013",
        ["2010"],
        "explicit date preferred over a derived one",
    ),
    (
        "more precise over less precise",
        [(when("2024-02"), "a", None), (when("2024-03-08"), "a", None)],
        "2024-03-08",
        "2024-03-08",
        ["2024-02"],
        "more precise date preferred",
    ),
    (
        "absolute over relative",
        [
            (when("2023-06", "June 2023"), "a", "2024-01-01"),
            (when("2023-07", "eight months ago", anchor=REL), "b", "2024-03-09"),
        ],
        "2023-06",
        "June 2023",
        ["2023-07"],
        "absolute date preferred over a relative one",
    ),
    (
        "later publication",
        [(when("2019"), "a", "2022-01-01"), (when("2020"), "b", "2021-01-01")],
        "2019",
        "2019",
        ["2020"],
        "later publication preferred",
    ),
    (
        "a known year beats a day of no known year",
        [
            (When(text="on Monday", value="XXXX-WXX-1", precision="day"), "a", None),
            (when("2016-09", "September 2016"), "b", None),
            (When(text="in September", value="XXXX-09", precision="month"), "c", None),
        ],
        "2016-09",
        "September 2016",
        ["XXXX-WXX-1"],
        "a date with its year preferred over one without",
    ),
    (
        "a kept year takes the day of a claim that lacks only the year",
        [
            (when("2016", "in 2016"), "a", None),
            (When(text="Sept. 12", value="XXXX-09-12", precision="day"), "b", None),
        ],
        "2016-09-12",
        "Sept. 12",
        [],
        None,
    ),
    (
        "a day outside the kept month is not joined to it",
        [
            (when("2016-10", "October 2016"), "a", None),
            (When(text="Sept. 12", value="XXXX-09-12", precision="day"), "b", None),
        ],
        "2016-10",
        "October 2016",
        ["XXXX-09-12"],
        "a date with its year preferred over one without",
    ),
    (
        "a season of no known year holds a month of the other's year",
        [
            (when("2015-08", "August 2015"), "a", None),
            (When(text="last summer", value="XXXX-SU", precision="season"), "b", None),
        ],
        "2015-08",
        "August 2015",
        [],
        None,
    ),
    (
        "unknown year agrees with its year",
        [(when("2017-11-21"), "a", None), (When(value="XXXX-11-21"), "b", None)],
        "2017-11-21",
        "2017-11-21",
        [],
        None,
    ),
]


@pytest.mark.parametrize(
    ("claims", "value", "text", "rejected", "reason"),
    [c[1:] for c in DATE_CASES],
    ids=[c[0] for c in DATE_CASES],
)
def test_combine(claims: list, value: str, text: str, rejected: list[str], reason: str | None) -> None:
    cs = [Claim(w, s, p) for w, s, p in claims]
    for order in (cs, cs[::-1]):
        res = combine(order)
        assert res.when is not None
        assert (res.when.value, res.when.text) == (value, text)
        assert [c.when.value for c in res.rejected] == rejected
        assert res.reason == reason


def test_combine_narrows_to_what_every_claim_allows() -> None:
    # 12 years old on 2024-03-09 and on 2024-01-15: born 2011-03-10 .. 2012-01-15
    a = span("2011-03-10", "2012-03-09", "2011", "age 12 on 2024-03-09")
    b = span("2011-01-16", "2012-01-15", "2011", "age 12 on 2024-01-15")
    res = combine([Claim(a, "x"), Claim(b, "y")])
    assert res.when is not None
    assert (res.when.earliest, res.when.latest, res.sources) == ("2011-03-10", "2012-01-15", ("x", "y"))
    assert combine([]).when is None


# -- facts across articles --------------------------------------------------------------------------

RT, GC = "Rebecca Thorsby", "Gregory Corvell"


def test_same_fact_from_two_articles_is_one_fact_with_all_evidence() -> None:
    res = reconcile(
        [
            art("a", [RT, GC], [divorce(RT, GC, filed=when("2023-07", "eight months ago", anchor=REL))]),
            art("b", [RT, GC], [divorce(RT, GC, filed=when("2023-07", "July 2023"))], published="2024-03-08"),
        ]
    )
    [d] = res.facts
    assert d.sources == ["a", "b"]
    assert [e.article for e in d.evidence] == ["a", "b"]
    assert d.filed.value == "2023-07" and d.filed.text == "July 2023"  # type: ignore[union-attr]
    assert d.confidence == 0.96  # 1 - 0.2 * 0.2
    assert res.conflicts == []
    [entry] = res.timeline
    assert (entry.type, entry.date.value, entry.sources, entry.conflict) == (
        "divorce_filed",
        "2023-07",
        ["a", "b"],
        False,
    )  # type: ignore[union-attr]


def test_incompatible_dates_become_a_conflict() -> None:
    res = reconcile(
        [
            art("a", [RT, GC], [marriage(RT, GC, start=when("2012"))]),
            art("b", [RT, GC], [marriage(RT, GC, start=when("2012"))]),
            art("c", [RT, GC], [marriage(RT, GC, start=when("2013"))]),
        ]
    )
    [m] = res.facts
    assert m.start.value == "2012"  # type: ignore[union-attr]
    [c] = res.conflicts
    assert (c.kind, c.facts, c.articles) == ("date_mismatch", [m.id], ["a", "b", "c"])
    assert "2012" in c.detail and "2013 (c)" in c.detail
    assert c.resolution == "supported by more sources (2 vs 1)"
    assert [e.conflict for e in res.timeline] == [True]


def test_several_sentences_of_one_article_count_once() -> None:
    res = reconcile([art("a", [RT, GC], [marriage(RT, GC, conf=0.8), marriage(RT, GC, conf=0.5)])])
    [m] = res.facts
    assert (m.confidence, m.sources, len(m.evidence)) == (0.8, ["a"], 2)


def test_unnamed_children_are_not_collapsed() -> None:
    two_daughters = [child([RT], None, sex="female", age=12), child([RT], None, sex="female", age=7)]
    res = reconcile([art("a", [RT], two_daughters), art("b", [RT], two_daughters)])
    kids = [f for f in res.facts if f.type == "child"]
    assert len(kids) == 2
    assert sorted(f.age for f in kids) == [7, 12]  # type: ignore[attr-defined]
    assert all(f.sources == ["a", "b"] for f in kids)


AV = "Arvo"
UNNAMED_CASES = [
    # (case, facts of article b (article a names Arvo, son of RT and GC, born ≈2011), children expected)
    ("an unnamed son is the named son", [child([RT, GC], None, sex="male", born=when("2011"))], ["arvo"]),
    ("unknown sex, one parent", [child([RT], None)], ["arvo"]),
    ("a daughter is not the son", [child([RT, GC], None, sex="female")], [None, "arvo"]),
    ("born too late to be him", [child([RT], None, born=when("2016"))], [None, "arvo"]),
    ("another parent", [child([RT, "John Doe"], None)], [None, "arvo"]),
    (
        "two unnamed sons for one named",
        [child([RT], None, sex="male", age=12), child([RT], None, sex="male", age=7)],
        [None, None, "arvo"],
    ),
]


@pytest.mark.parametrize(("facts", "kids"), [c[1:] for c in UNNAMED_CASES], ids=[c[0] for c in UNNAMED_CASES])
def test_unnamed_child_joins_the_one_named_child_it_can_be(facts: list, kids: list) -> None:
    res = reconcile(
        [
            art(
                "a",
                [RT, GC, AV],
                [child([RT, GC], AV, sex="male", born=span("2011-03-10", "2012-03-09", "2011"))],
            ),
            art("b", [RT, GC, "John Doe"], facts),
        ]
    )
    got = sorted((f.child for f in res.facts if f.type == "child"), key=lambda x: (x is not None, x or ""))  # type: ignore[attr-defined]
    assert got == kids
    arvo = next(f for f in res.facts if f.type == "child" and f.child == "arvo")  # type: ignore[attr-defined]
    assert arvo.sources == (["a", "b"] if kids == ["arvo"] else ["a"])


def test_an_unnamed_child_fitting_two_named_children_stays_apart() -> None:
    res = reconcile(
        [
            art("a", [RT, AV, "Elodie"], [child([RT], AV), child([RT], "Elodie")]),
            art("b", [RT], [child([RT], None)]),
        ]
    )
    assert sorted(str(f.child) for f in res.facts) == ["None", "arvo", "elodie"]  # type: ignore[attr-defined]


def test_child_keeps_the_latest_age_and_the_parents_named_most() -> None:
    res = reconcile(
        [
            art("a", [RT, GC, "Arvo"], [child([RT, GC], "Arvo", age=11, age_as_of="2023-03-01")]),
            art("b", [RT, GC, "Arvo"], [child([RT, GC], "Arvo", age=12, age_as_of="2024-03-09")]),
            art("c", [RT, "Arvo", "John Doe"], [child([RT, "John Doe"], "Arvo")]),
        ]
    )
    [c] = res.facts
    assert (c.age, c.age_as_of) == (12, "2024-03-09")  # type: ignore[attr-defined]
    assert c.parents == ["gregory-corvell", "rebecca-thorsby"]  # type: ignore[attr-defined]
    assert [x.kind for x in res.conflicts] == ["attribute_mismatch"]


def test_attribute_mismatch_and_relationship_of_a_married_pair() -> None:
    res = reconcile(
        [
            art("a", [RT, GC], [divorce(RT, GC, place="France"), Relationship(people=[k(RT), k(GC)])]),
            art("b", [RT, GC], [divorce(RT, GC, place="France"), marriage(RT, GC)]),
            art("c", [RT, GC], [divorce(RT, GC, place="Paris")]),
        ]
    )
    assert sorted(f.type for f in res.facts) == ["divorce", "marriage"]
    d = next(f for f in res.facts if f.type == "divorce")
    m = next(f for f in res.facts if f.type == "marriage")
    assert d.place == "France" and m.end_reason == "divorce"  # type: ignore[union-attr]
    [c] = res.conflicts
    assert (c.kind, c.detail) == ("attribute_mismatch", "divorce place: France (a, b); Paris (c)")
    assert c.resolution == "kept 'France': given by the most articles"


def test_project_titles_normalised() -> None:
    res = reconcile(
        [
            art("a", [RT], [Project(person=k(RT), title="The Red Kite", kind="film", confidence=0.8)]),
            art(
                "b",
                [RT],
                [Project(person=k(RT), title="Red Kite", kind="film", role="actor", confidence=0.8)],
            ),
        ]
    )
    [p] = res.facts
    assert p.sources == ["a", "b"] and p.role == "actor"  # type: ignore[union-attr]


def test_facts_about_unknown_or_one_person_are_dropped() -> None:
    res = reconcile([art("a", [RT], [marriage(RT, RT), marriage(RT, "Nobody"), child(["Nobody"], None)])])
    assert res.facts == []


# -- consistency checks ----------------------------------------------------------------------------

CHECK_CASES = [
    # (case, articles, expected impossible_order details (substrings), timeline entry types marked)
    (
        "divorce finalized before filed",
        [art("a", [RT, GC], [divorce(RT, GC, filed=when("2023-07"), finalized=when("2022-02"))])],
        ["divorce finalized (2022-02) before it was filed (2023-07)"],
        ["divorce_filed", "divorce_finalized"],
    ),
    (
        "divorce in order",
        [art("a", [RT, GC], [divorce(RT, GC, filed=when("2023-07"), finalized=when("2024-02"))])],
        [],
        [],
    ),
    (
        "marriage ends before it starts",
        [art("a", [RT, GC], [marriage(RT, GC, start=when("2012"), end=when("2010"))])],
        ["marriage ends (2010) before it starts (2012)"],
        ["marriage_end", "marriage_start"],
    ),
    (
        "divorce before the wedding",
        [art("a", [RT, GC], [marriage(RT, GC, start=when("2012")), divorce(RT, GC, finalized=when("2009"))])],
        ["divorce finalized (2009) before the marriage started (2012)"],
        ["divorce_finalized", "marriage_end", "marriage_start"],
    ),
    (
        "child born before a parent",
        [
            art("a", [RT, "Arvo"], [child([RT], "Arvo", born=when("2011"))]),
            art("b", [RT, "Shelley Stevens"], [child(["Shelley Stevens"], RT, born=when("2015"))]),
        ],
        ["child Arvo born (2011) before their parent Rebecca Thorsby (2015)"],
        ["child_born", "child_born"],
    ),
    (
        "child born after a parent",
        [
            art("a", [RT, "Arvo"], [child([RT], "Arvo", born=when("2011"))]),
            art(
                "b",
                [RT, "Shelley Stevens"],
                [child(["Shelley Stevens"], RT, born=span("1981-01-01", "1981-12-31", "1981"))],
            ),
        ],
        [],
        [],
    ),
    (
        "parent's birth unknown",
        [art("a", [RT, "Arvo"], [child([RT], "Arvo", born=when("2011")), child(["Shelley Stevens"], RT)])],
        [],
        [],
    ),
]


@pytest.mark.parametrize(
    ("results", "details", "marked"), [c[1:] for c in CHECK_CASES], ids=[c[0] for c in CHECK_CASES]
)
def test_consistency_checks(results: list[ArticleResult], details: list[str], marked: list[str]) -> None:
    res = reconcile(results)
    got = [c.detail for c in res.conflicts if c.kind == "impossible_order"]
    assert len(got) == len(details)
    for want, have in zip(sorted(details), sorted(got), strict=True):
        assert want in have
    assert sorted(e.type for e in res.timeline if e.conflict) == marked
    for c in res.conflicts:
        assert c.facts and set(c.facts) <= {f.id for f in res.facts}


def test_dateline_conflict() -> None:
    res = reconcile([art("b", [RT], published="2024-03-08", header_date="2024-01-15")])
    [c] = res.conflicts
    assert (c.kind, c.articles, c.facts) == ("dateline", ["b"], [])
    assert "2024-01-15" in c.detail and "2024-03-08" in c.resolution  # type: ignore[operator]


def test_only_the_entry_showing_the_conflicting_field_is_marked() -> None:
    res = reconcile(
        [
            art("a", [RT, GC], [divorce(RT, GC, filed=when("2023-07"), finalized=when("2024-02"))]),
            art(
                "b",
                [RT, GC],
                [divorce(RT, GC, filed=when("2023-07"), finalized=when("2023-12"))],
                published="2024-03-10",
            ),
        ]
    )
    assert {e.type: e.conflict for e in res.timeline} == {"divorce_filed": False, "divorce_finalized": True}


# -- speed -------------------------------------------------------------------------------------------


def test_reconcile_is_near_linear() -> None:
    """Thousands of articles about overlapping casts reconcile in seconds, not minutes."""
    first = [f"Name{i}" for i in range(400)]
    results = []
    for n in range(3000):
        a, b, c = first[n % 400], first[(n * 7 + 1) % 400], first[(n * 13 + 5) % 400]
        pa, pb = f"{a} Star{n % 50}", f"{b} Star{(n + 1) % 50}"
        names = [pa, pb, f"{c} Other{n % 90}", c if c not in (a, b) else "Solo"]
        facts = [
            marriage(pa, pb, start=when(str(1990 + n % 30))),
            child([pa, pb], None, sex="male", age=n % 20),
        ]
        results.append(art(f"art{n:05d}", names, facts))
    t0 = time.perf_counter()
    res = reconcile(results)
    took = time.perf_counter() - t0
    assert res.facts and res.people
    assert took < 20, f"reconcile of 3000 articles took {took:.1f}s"


@pytest.mark.parametrize(
    ("people_per_article", "expected"),
    [
        # a longer form only one article has loses to a full name several use ("X Y Busts" from a headline)
        ([[person("Ana Ruiz Busts", aliases=("Ana Ruiz",))], ["Ana Ruiz"], ["Ana Ruiz"]], "Ana Ruiz"),
        # one article: its fullest form is the name
        ([[person("Ana Ruiz Busts", aliases=("Ana Ruiz",))]], "Ana Ruiz Busts"),
        # a full name beats a one-word name, however many articles use the one word
        (
            [
                [person("Lia De Vale", aliases=("Vale",)), "Tom Reed"],
                ["Vale", "Tom Reed"],
                ["Vale", "Tom Reed"],
            ],
            "Lia De Vale",
        ),
    ],
)
def test_main_name_is_the_fullest_name_several_articles_agree_on(
    people_per_article: list[list[str | PersonRec]], expected: str
) -> None:
    results = [art(f"a{n}", names) for n, names in enumerate(people_per_article)]
    people, _ = merge_people(results)
    assert [p.name for p in people if p.name != "Tom Reed"] == [expected]
