"""One reading of stated ages for every stage (`newsfacts.ages`): "N-year-old" before a word and
"X, N," after a name. Tokenised with a blank English pipeline, whose tokenizer splits as the model's does."""

from __future__ import annotations

import pytest
import spacy

from newsfacts import ages

NLP = spacy.blank("en")


def _at(text: str, word: str) -> tuple[spacy.tokens.Doc, int]:
    doc = NLP(text)
    return doc, next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "age"),
    [
        ("the 12-year-old son", "son", 12),
        ("an eight-year-old girl", "girl", 8),
        ("the 38 - year - old mom", "mom", 38),
        ("a 40 years-old singer", "singer", 40),
        ("the 7–year–old boy", "boy", 7),
        ("the old son", "son", None),
        ("the year-old son", "son", None),
        ("a 500-year-old oak", "oak", None),
        ("a 0-year-old baby", "baby", None),
    ],
)
def test_age_before(text: str, word: str, age: int | None) -> None:
    doc, i = _at(text, word)
    assert ages.before(doc, i) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Tom , 12 , and Ann", 12),
        ("Tom , 12 .", 12),
        ("Tom , 12", 12),
        ("Tom , 12 and Ann", 12),
        ("Tom , 12 people came", None),
        ("Tom , 2016 , was", None),
        ("Tom and Ann", None),
    ],
)
def test_age_after(text: str, age: int | None) -> None:
    doc = NLP(text)
    assert ages.after(doc, 1) == age


@pytest.mark.parametrize(
    ("text", "n"), [("12", 12), ("eight", 8), ("twenty-one", 21), ("121", None), ("0", None)]
)
def test_number(text: str, n: int | None) -> None:
    assert ages.number(text) == n
