"""Roles celebrity news mostly gives to people outside the cast ("the judge", "the reporter", "the
coach"): such a description means someone the article called by that role, never merely the most
salient person (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import refers

UNNAMED = [
    (
        "Lena Moss has been fighting for custody of her son in a New York court. "
        "The judge ruled that the boy should stay in London until the summer.",
        "judge",
    ),
    (
        "Tom Vale opened up about his divorce on Monday. "
        "The reporter asked whether he would ever marry again.",
        "reporter",
    ),
    (
        "Mia Dunn took her son to football practice on Saturday. "
        "When the referee failed to show up, the coach asked the parents for help.",
        "coach",
    ),
]


@pytest.mark.parametrize(("text", "word"), UNNAMED)
def test_outsider_role_is_not_the_salient_star(nlp: Language, text: str, word: str) -> None:
    assert refers(nlp, text, word) == []
