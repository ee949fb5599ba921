"""A linking verb right above a work someone else owns ties its subject too: "X starred in Y's film Z",
"X signed on to Y's new comedy, Z", "X played Y's daughter in Z" (the owner keeps the work as before);
"X appeared on Y's show Z" stays a guest's visit to a host's show.

Every sentence is invented (names and titles); each positive case fails without the rule, the negative
cases guard its edges."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Moss starred in Dan Reed's film The Quiet Hour.",
            [("Dan Reed", "The Quiet Hour"), ("Lena Moss", "The Quiet Hour")],
        ),
        (
            "Lena Moss signed on to Dan Reed's new comedy, Silent Ridge.",
            [("Dan Reed", "Silent Ridge"), ("Lena Moss", "Silent Ridge")],
        ),
        (
            "Lena Moss played Dan Reed's daughter in the thriller Silent Ridge.",
            [("Dan Reed", "Silent Ridge"), ("Lena Moss", "Silent Ridge")],
        ),
        # a work noun as the object of an actor's verb or "sign" is played or autographed, not acted in
        (
            "Tom Vale played Lena Moss's song Silent Ridge at the party.",
            [("Lena Moss", "Silent Ridge")],
        ),
        (
            "Tom Vale signed Lena Moss's new album, Silent Ridge, for a fan.",
            [("Lena Moss", "Silent Ridge")],
        ),
        # a guest on a host's show holds no part in it
        (
            "Lena Moss appeared on Dan Reed's show, The Late Hour, last night.",
            [("Dan Reed", "The Late Hour")],
        ),
    ],
)
def test_subject_of_a_part_in_an_owned_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
