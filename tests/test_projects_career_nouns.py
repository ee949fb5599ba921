"""Works named by their place in someone's career ("his latest effort, X", "her directorial debut X",
"his next project is X"), the kind and role a modifier of such a noun gives ("directorial debut": a
film he directed, "acting debut": a part), and work nouns for podcasts, cookbooks and TV specials.

Every sentence is invented (names and titles); each positive case fails without its rule, each
negative case guards its edge."""

from __future__ import annotations

import pytest

from helpers import PROJECT_PUB, facts_of, projects, run_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dan Reed talked about his most recent directorial effort Silent Ridge.",
            [("Dan Reed", "Silent Ridge")],
        ),
        ("Dan Reed's directorial debut, Silent Ridge, opens in May.", [("Dan Reed", "Silent Ridge")]),
        ("Dan Reed talked about his latest effort, Silent Ridge.", [("Dan Reed", "Silent Ridge")]),
        ("Lena Moss spoke about her latest offering, Paper Sky.", [("Lena Moss", "Paper Sky")]),
        ("Dan Reed's latest outing, Silent Ridge, is a thriller.", [("Dan Reed", "Silent Ridge")]),
        ("Dan Reed said his next project is Silent Ridge.", [("Dan Reed", "Silent Ridge")]),
        # an outing with no modifier is mostly a date
        ("During their outing, Dan Reed and Lena Moss were joined by friends.", []),
        ("Dan Reed talked about his outing, Silent Ridge.", []),
    ],
)
def test_career_nouns_open_a_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "role"),
    [
        ("Dan Reed's directorial debut, The Quiet Hour, opens in May.", "film", "director"),
        ("Lena Moss made her acting debut in The Quiet Hour.", "film", "actor"),
        ("Lena Moss made her directorial debut with The Quiet Hour in 2015.", "film", "director"),
    ],
)
def test_modifier_gives_kind_and_role(text: str, kind: str, role: str) -> None:
    facts = facts_of(run_text(text, PROJECT_PUB), "project")
    assert [(f["title"], f["kind"], f["role"]) for f in facts] == [("The Quiet Hour", kind, role)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Moss hosts her podcast Quiet Hours every week.", [("Lena Moss", "Quiet Hours")]),
        ("Lena Moss released her cookbook Salt and Honey last year.", [("Lena Moss", "Salt and Honey")]),
        ("Dan Reed's Netflix special The Quiet Hour drew praise.", [("Dan Reed", "The Quiet Hour")]),
    ],
)
def test_more_work_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dan Reed released his memoir, Silent Ridge, last year.", "author"),
        ("Lena Moss released her new fragrance, Velvet Rain, in May.", "owner"),
        ("Lena Moss released her album Velvet Rain in May.", "singer"),
    ],
)
def test_putting_out_a_book_or_brand(text: str, role: str) -> None:
    assert [f["role"] for f in facts_of(run_text(text, PROJECT_PUB), "project")] == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Moss talked about her new business venture, Glow Theory.", [("Lena Moss", "Glow Theory")]),
        # the parser hangs the venture noun on the name after it
        ("Lena Moss opened her restaurant Salt House in 2019.", [("Lena Moss", "Salt House")]),
    ],
)
def test_ventures_a_person_owns(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
