"""Project facts from lists of examples after a plural work noun: "movies like A, B, and C", "shows such
as A and B", "songs including A", which the parser often breaks apart; and "thanks to films like A"
(the works a clause's subject owes it to are the subject's). Quoted examples, found first as quotations,
still take the plural work noun's kind and the first example's ties.

Every sentence is invented (names and titles); each positive case fails without its rule
(``project_title_lists.example_opener`` / ``examples`` / ``lend_noun``, ``project_walk.thanks_to``),
each negative case guards an edge."""

from __future__ import annotations

import pytest

from helpers import facts_of, projects, run_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a three-item list after "like", broken by the parser at "Out Of"
        (
            "Lena Moss has starred in movies like Selena Road, Out Of Reach, and Maid in Dover.",
            [("Lena Moss", "Maid in Dover"), ("Lena Moss", "Out Of Reach"), ("Lena Moss", "Selena Road")],
        ),
        # "like A and B": two examples, not one title with an "and"
        (
            "Lena Moss is known for movies like Selena Road and Out Of Reach.",
            [("Lena Moss", "Out Of Reach"), ("Lena Moss", "Selena Road")],
        ),
        # the works a career is owed to
        (
            "Lena Moss has built a career as an actress thanks to movies like Selena Road, Out Of Reach, "
            "and Maid in Dover.",
            [("Lena Moss", "Maid in Dover"), ("Lena Moss", "Out Of Reach"), ("Lena Moss", "Selena Road")],
        ),
        (
            "Tom Vale became famous thanks to shows such as Paper Crowns and Harbor Lights.",
            [("Tom Vale", "Harbor Lights"), ("Tom Vale", "Paper Crowns")],
        ),
    ],
)
def test_example_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a guest on talk shows: no part in them
        "Tom Vale seemed sleepy on shows like Loose Talk, when he was late.",
        # the list ends at a person
        "Lena Moss mocked movies like Dark Harbor, Tom Vale said.",
    ],
)
def test_examples_that_are_no_credit(text: str) -> None:
    assert projects(text) == []


def test_quoted_examples_share_the_ties_and_the_kind() -> None:
    text = "Lena Moss has built a career thanks to movies like 'Verona', 'Out Of Reach' and 'Maid in Dover'."
    kinds = {(f["person"], f["title"]): f["kind"] for f in facts_of(run_text(text), "project")}
    assert kinds == {
        ("Lena Moss", "Maid in Dover"): "film",
        ("Lena Moss", "Out Of Reach"): "film",
        ("Lena Moss", "Verona"): "film",
    }
