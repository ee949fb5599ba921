"""Splits: the noun ("her split from Y", "whose split from Y") and the verb the tagger reads as a noun
("Later, X and Y split."). Invented sentences."""

from __future__ import annotations

import pytest

from helpers import run_text


def _kinds(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.type, tuple(getattr(f, "people", ()))) for f in run_text(text).facts}


PAIR = ("lena-moss", "tom-vale")


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss spoke after her split from Tom Vale.",
        "Tom Vale, whose split from Lena Moss was announced in May, smiled.",
        "Lena Moss has moved on since her messy breakup with Tom Vale.",
    ],
)
def test_a_split_noun_is_a_separation_and_an_ended_relationship(text: str) -> None:
    """As for the verb: the relationship is dropped where the article says the two are married
    (test_split_noun_relationship.py); session 7 measured it +2 right, +1 wrong on 113 dev articles."""
    kinds = _kinds(text)
    assert ("separation", PAIR) in kinds, text
    assert ("relationship", PAIR) in kinds, text


def test_a_split_verb_tagged_as_a_noun() -> None:
    kinds = _kinds("Exactly one month later, Lena Moss and Tom Vale split.")
    assert ("separation", PAIR) in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss denied a split from Tom Vale.",
        "Lena Moss addressed rumors of a possible split from Tom Vale.",
        "Tom Vale posted a split shot of himself and Lena Moss.",
    ],
)
def test_no_split(text: str) -> None:
    assert not any(kind == "separation" for kind, _ in _kinds(text)), text
