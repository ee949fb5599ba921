"""Project recall: an award or a nomination for a work ties its winner to the work ("X, who scooped
the Best Actress award for 'Y'", "X was nominated for an Oscar for 'Y'", "X won a Golden Globe for
her role in 'Y'"); in a list of winners each gets only her own work.

Every sentence is invented (names and titles); each positive case fails without the rule, each
negative case shows what the rule must not tie."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Moss, who scooped the Best Actress award for 'Iron Coast', arrived on Friday.",
            [("Lena Moss", "Iron Coast")],
        ),
        ("Lena Moss was nominated for an Oscar for 'Iron Coast' in 2015.", [("Lena Moss", "Iron Coast")]),
        (
            "Lena Moss won a Golden Globe for her role in 'Iron Coast' back in the spring of 2015.",
            [("Lena Moss", "Iron Coast")],
        ),
        # a list of winners: each relative clause ties its own antecedent only
        (
            "The list of winners includes Lena Moss, who scooped the top acting award for 'Iron Coast,' "
            "Mia Cole and Tia Reed.",
            [("Lena Moss", "Iron Coast")],
        ),
        # a denied award ties nobody
        ("Lena Moss did not win an Oscar for 'Iron Coast' in the end, a source said.", []),
    ],
)
def test_award_for_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
