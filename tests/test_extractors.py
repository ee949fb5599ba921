"""Fact patterns, each a row: a sentence written for the test → the facts it must (or must not) give.

None of these sentences comes from the seed articles or the development set: they check that each
rule is stated in general terms.
"""

from __future__ import annotations

import pytest

from helpers import facts_of, run_text

PUB = "2021-06-15"


def pairs(text: str, kind: str, published: str | None = PUB) -> list[list[str]]:
    return [f["people"] for f in facts_of(run_text(text, published), kind)]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Lena Park married Victor Hale in 2015.", "marriage", [["Lena Park", "Victor Hale"]]),
        (
            "Lena Park and Victor Hale wed in a small ceremony in 2016.",
            "marriage",
            [["Lena Park", "Victor Hale"]],
        ),
        (
            "Lena Park, who wed Victor Hale in 2010, moved to Ohio.",
            "marriage",
            [["Lena Park", "Victor Hale"]],
        ),
        ("Lena Park is married to Victor Hale.", "marriage", [["Lena Park", "Victor Hale"]]),
        ("Victor Hale and wife Lena Park attended the gala.", "marriage", [["Lena Park", "Victor Hale"]]),
        (
            "Victor Hale's husband Tom Reed cheered from the stands.",
            "marriage",
            [["Tom Reed", "Victor Hale"]],
        ),
        (
            "The singer Anna Bell tied the knot with Joe Grant last May.",
            "marriage",
            [["Anna Bell", "Joe Grant"]],
        ),
        (
            "Lena Park filed for divorce from Victor Hale in March 2019.",
            "divorce",
            [["Lena Park", "Victor Hale"]],
        ),
        ("Anna Bell and Joe Grant are engaged.", "engagement", [["Anna Bell", "Joe Grant"]]),
        ("Anna Bell got engaged to Joe Grant in Paris.", "engagement", [["Anna Bell", "Joe Grant"]]),
        ("Anna Bell is dating Joe Grant.", "relationship", [["Anna Bell", "Joe Grant"]]),
        ("Anna Bell arrived with her boyfriend Joe Grant.", "relationship", [["Anna Bell", "Joe Grant"]]),
        ("Anna Bell spoke about her romance with Joe Grant.", "relationship", [["Anna Bell", "Joe Grant"]]),
        ("The singer Joe Grant has been linked to Anna Bell.", "relationship", [["Anna Bell", "Joe Grant"]]),
        (
            "Photos of Joe Grant and rumoured girlfriend Anna Bell leaked.",
            "relationship",
            [["Anna Bell", "Joe Grant"]],
        ),
        (
            "Mark Stone said his marriage to Carla Diaz ended in 2008.",
            "marriage",
            [["Carla Diaz", "Mark Stone"]],
        ),
        # a plural kinship noun lists several people; "who he married" is none of them marrying another
        (
            "Tom Reed's ex-wives Lena Park and Mia Cole, who he married in the 1990s, spoke out.",
            "marriage",
            [["Lena Park", "Tom Reed"], ["Mia Cole", "Tom Reed"]],
        ),
        # a bare kinship noun is the subject's relative; a wedding anniversary with Y; a shared possessor
        ("Dana Lowe thanked fiance Omar Sayed.", "engagement", [["Dana Lowe", "Omar Sayed"]]),
        (
            "Omar Sayed went big for his 25th wedding anniversary with Lena Park.",
            "marriage",
            [["Lena Park", "Omar Sayed"]],
        ),
        (
            "The film focuses on Lena Park's career and marriage to Omar Sayed.",
            "marriage",
            [["Lena Park", "Omar Sayed"]],
        ),
        ("Lena Park and Omar Sayed attended the film's 20th anniversary.", "marriage", []),
        # denials, negation and plans are no facts
        ("Anna Bell denied that she is engaged to Joe Grant.", "engagement", []),
        ("Anna Bell has no plans to marry Joe Grant.", "marriage", []),
        ("Anna Bell did not marry Joe Grant.", "marriage", []),
        ("Anna Bell will marry Joe Grant next year.", "marriage", []),
        ("Anna Bell shot down rumours that she married Joe Grant.", "marriage", []),
    ],
)
def test_couple_facts(text: str, kind: str, expected: list[list[str]]) -> None:
    assert sorted(pairs(text, kind)) == sorted(expected)


def test_married_couple_is_not_also_a_relationship() -> None:
    text = "Lena Park married Victor Hale in 2015. Their relationship began in 2012."
    assert pairs(text, "relationship") == []
    assert pairs(text, "marriage") == [["Lena Park", "Victor Hale"]]


def test_divorce_details_and_dates() -> None:
    text = (
        "Lena Park filed for divorce from her husband Victor Hale two months ago. "
        "The divorce was finalized in May in Canada."
    )
    [d] = facts_of(run_text(text, PUB), "divorce")
    assert d["filed_by"] == "Lena Park"
    assert d["filed"]["value"] == "2021-04"
    assert d["finalized"]["value"] == "2021-05"
    assert d["place"] == "Canada"
    [m] = facts_of(run_text(text, PUB), "marriage")
    assert m["end_reason"] == "divorce"


def test_a_reporting_date_does_not_date_the_event() -> None:
    text = (
        "Magazine editors confirmed on Monday, June 14, that Lena Park and Victor Hale have divorced in 2020."
    )
    [d] = facts_of(run_text(text, PUB), "divorce")
    assert d["finalized"]["value"] == "2020"


def test_hedged_claims_get_lower_confidence() -> None:
    sure = facts_of(run_text("Anna Bell married Joe Grant in 2015.", PUB), "marriage")[0]
    rumour = facts_of(run_text("Anna Bell reportedly married Joe Grant in 2015.", PUB), "marriage")[0]
    assert rumour["confidence"] < sure["confidence"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mia Cole and Sam Diaz welcomed their first child, a son named Leo Diaz, on March 3.",
            [("Leo Diaz", ["Mia Cole", "Sam Diaz"], "male", None)],
        ),
        (
            "Mia Cole and Sam Diaz divorced in 2015. The exes share daughter Ruby, 12, and son Otto, 10.",
            [
                ("Otto", ["Mia Cole", "Sam Diaz"], "male", 10),
                ("Ruby", ["Mia Cole", "Sam Diaz"], "female", 12),
            ],
        ),
        ("Mia Cole posted a photo of her 9-year-old daughter Ivy.", [("Ivy", ["Mia Cole"], "female", 9)]),
        (
            "Mia Cole and Sam Diaz live in Rome with their two children, 8-year-old son Tito and "
            "5-year-old daughter Bea.",
            [("Bea", ["Mia Cole", "Sam Diaz"], "female", 5), ("Tito", ["Mia Cole", "Sam Diaz"], "male", 8)],
        ),
        # the child's sex is the gender the article gives the person ("his", a given name), since session 10
        ("Sam Diaz thanked his mother, Rosa Diaz, on stage.", [("Sam Diaz", ["Rosa Diaz"], "male", None)]),
        (
            "Jamie Fox, who has two daughters, 23-year-old model Cora and eight-year-old Anna, plays piano.",
            [("Anna", ["Jamie Fox"], "female", 8), ("Cora", ["Jamie Fox"], "female", 23)],
        ),
        (
            "Leo Marsh was born to Ava Marsh and Tom Reyes in 1990.",
            [("Leo Marsh", ["Ava Marsh", "Tom Reyes"], "male", None)],
        ),
        (
            "Dana Cole is the third of four children born to Robert Cole and Kim Lane.",
            [("Dana Cole", ["Kim Lane", "Robert Cole"], None, None)]
            + [(None, ["Kim Lane", "Robert Cole"], None, None)] * 3,  # the other three, unnamed
        ),
    ],
)
def test_children(text: str, expected: list[tuple]) -> None:
    got = sorted(
        ((f["child"], f["parents"], f["sex"], f["age"]) for f in facts_of(run_text(text, PUB), "child")),
        key=str,  # unnamed children (None) sort among named ones
    )
    assert got == sorted(expected, key=str)


def test_child_age_gives_birth_interval() -> None:
    [c] = facts_of(run_text("Mia Cole posted a photo of her 9-year-old daughter Ivy.", PUB), "child")
    assert c["age_as_of"] == PUB
    assert c["born"]["approximate"] is True
    assert c["born"]["earliest"] == "2011-06-16"
    assert c["born"]["latest"] == "2012-06-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Dana Lowe stars in "Cold Harbor," a thriller.', [("Dana Lowe", "Cold Harbor", "actor")]),
        ("Dana Lowe's upcoming film Northern Lights opens soon.", [("Dana Lowe", "Northern Lights", None)]),
        ("The new drama, directed by Ravi Menon, is called Blue Hour.", []),
        ("Choreographer Ravi Menon worked on the film Silver Tide.", [("Ravi Menon", "Silver Tide", None)]),
        ("Dana Lowe released her album Paper Moons in May.", [("Dana Lowe", "Paper Moons", "singer")]),
        ("Dana Lowe will host The Late Hour next season.", [("Dana Lowe", "The Late Hour", "host")]),
        ("Harbor Kings star Dana Lowe waved to fans.", [("Dana Lowe", "Harbor Kings", "actor")]),
        ("Dana Lowe spoke to The Daily Ledger about her past.", []),
        # a definite description with a title ("the Iron Coast star") is the salient person not
        # already named in its sentence; a gendered noun narrows it; a medium is no title
        (
            "Owen Blake met Nora Quill in 2010. Years later, the Iron Coast star married Rita Vance.",
            [("Owen Blake", "Iron Coast", "actor")],
        ),
        (
            "Owen Blake met Nora Quill in 2010. Owen Blake says the Iron Coast actress changed his life.",
            [("Nora Quill", "Iron Coast", "actor")],
        ),
        ("Kim Vance grew up in Utah. The reality TV star now runs a bakery.", []),
        # a work as the subject of "stars" / "is directed by"; "X, starring Y"
        (
            "Iron Coast also stars Dana Lowe, Omar Sayed and Nora Quill.",
            [
                ("Dana Lowe", "Iron Coast", "actor"),
                ("Omar Sayed", "Iron Coast", "actor"),
                ("Nora Quill", "Iron Coast", "actor"),
            ],
        ),
        (
            "Iron Coast, which opens in May, is directed by Ravi Menon.",
            [("Ravi Menon", "Iron Coast", "director")],
        ),
        (
            "The thriller Iron Coast, starring Dana Lowe, opens Friday.",
            [("Dana Lowe", "Iron Coast", "actor")],
        ),
        ("Boston is loved by Dana Lowe.", []),
        # "a book called X"; a team after "traded to the"; a title stops before the next name;
        # a broadcaster is where a show airs, not the show
        (
            'Dana Lowe also penned a book about her father called "Silver Roads."',
            [("Dana Lowe", "Silver Roads", "author")],
        ),
        ("In 2004, Tom Reed was traded to the New York Hawks.", [("Tom Reed", "New York Hawks", "player")]),
        (
            "Mia Cole continues to plug her album Velvetz and Tom Reed prepares for his tour.",
            [("Mia Cole", "Velvetz", None)],
        ),
        ("Mia Cole sang twice on Saturday's episode of the NBC sketch show.", []),
        # a title that reads as a clause: its own verb is not the sentence's verb
        (
            'Dana Lowe appeared on "Guess Who Is Coming" last year.',
            [("Dana Lowe", "Guess Who Is Coming", "actor")],
        ),
        (
            "Tom Reed also appeared on ITV's Grease Is The Word.",
            [("Tom Reed", "Grease Is The Word", "actor")],
        ),
        ("Journey's \"Don't Stop Ravi Menon\" is playing.", []),
        # "as <character> in <title>": the title is what follows the last "in"; "shot to fame" is no denial
        (
            "Katie Moss arrived. The actress, who shot to fame as Joey in Harbor Creek, revealed a secret.",
            [("Katie Moss", "Harbor Creek", "actor")],
        ),
        # a quoted title before the role noun, a definite description at the start of a sentence
        (
            'Nora Quill grew up in Ohio. The "Paper Sky" starlet now lives in Rome.',
            [("Nora Quill", "Paper Sky", "actor")],
        ),
        # "co-star": the named person and whoever the co-star is of (possessor, conjunct, subject)
        (
            "Nina Ross was engaged to Velvet Road co-star Omar Sayed.",
            [("Omar Sayed", "Velvet Road", "actor"), ("Nina Ross", "Velvet Road", "actor")],
        ),
        (
            "Nina Ross said nothing happened between her and Velvet Road co-star Omar Sayed.",
            [("Omar Sayed", "Velvet Road", "actor"), ("Nina Ross", "Velvet Road", "actor")],
        ),
        ("Owen Blake and Nora Quill split. The Paper Sky singer and actor confirmed the news.", []),
    ],
)
def test_projects(text: str, expected: list[tuple]) -> None:
    got = [(f["person"], f["title"]) for f in facts_of(run_text(text, PUB), "project")]
    assert sorted(got) == sorted((p, t) for p, t, _ in expected)
    roles = {(f["person"], f["title"]): f["role"] for f in facts_of(run_text(text, PUB), "project")}
    for person, title, role in expected:
        if role is not None:
            assert roles[(person, title)] == role


def test_month_names_in_a_title_are_not_a_date() -> None:
    [p] = facts_of(run_text("Dana Lowe won praise for her performance in April Rain.", PUB), "project")
    assert p["title"] == "April Rain"
    assert p["date"] is None


def test_every_fact_has_evidence_inside_the_text() -> None:
    text = "Lena Park married Victor Hale in 2015. They have a son, Max Hale, 5."
    header = f" date {PUB} "
    r = run_text(text, PUB)
    assert r.facts
    for f in r.facts:
        assert f.evidence and f.sources == ["t"]
        for e in f.evidence:
            assert (header + text)[e.start : e.end] == e.quote


@pytest.mark.parametrize(
    ("text", "parents", "count", "sex"),
    [
        # unnamed children told by a count: parents from the subject, "with Y", a possessor, "mother of"
        (
            "Blake Ross has two kids with Mia Cole, whom he dated for years.",
            ["Blake Ross", "Mia Cole"],
            2,
            None,
        ),
        ("Mia Cole and Sam Diaz have three daughters together.", ["Mia Cole", "Sam Diaz"], 3, "female"),
        ("Mia Cole, a mother of three, opened a bakery.", ["Mia Cole"], 3, None),
        ("Mia Cole welcomed twins with Sam Diaz in May.", ["Mia Cole", "Sam Diaz"], 2, None),
        ("Mia Cole grew up in Ohio. The 38-year-old mom of four now lives in Utah.", ["Mia Cole"], 4, None),
        # told twice, counted once
        ("Mia Cole has two sons. Mia Cole says her two sons love Rome.", ["Mia Cole"], 2, "male"),
        # named right after the count: the named facts speak for them
        ("Mia Cole has two daughters, Ruby and Ivy Cole.", ["Mia Cole"], 0, None),
        ("Mia Cole posted a photo of her 5-month-old twins Rumo and Sig.", ["Mia Cole"], 0, None),
        # named elsewhere in the article: the named children are the counted ones
        ("Mia Cole has two kids. Her son Max, 9, and her daughter Ivy, 7, love Rome.", ["Mia Cole"], 0, None),
        # denied, or a count with nobody known as the parent
        ("Mia Cole does not have two kids.", ["Mia Cole"], 0, None),
        ("The Ohio coach has two kids with Mia Cole.", ["Mia Cole"], 0, None),
    ],
)
def test_counted_children(text: str, parents: list[str], count: int, sex: str | None) -> None:
    unnamed = [f for f in facts_of(run_text(text, PUB), "child") if f["child"] is None]
    assert len(unnamed) == count
    for f in unnamed:
        assert f["parents"] == sorted(parents)
        assert f["sex"] == sex


def test_the_main_clause_subject_after_a_child_noun_is_not_a_listed_child() -> None:
    text = "Kim Vance said she flew home. After a hard year with her two children, Mia Cole moved to Rome."
    assert all(f["child"] != "Mia Cole" for f in facts_of(run_text(text, PUB), "child"))


def test_a_partitive_picks_one_of_the_children() -> None:
    text = "Of all of Tom Reed's children, Ana Reed was the one who loved music."
    assert [(f["child"], f["parents"]) for f in facts_of(run_text(text, PUB), "child")] == [
        ("Ana Reed", ["Tom Reed"])
    ]
