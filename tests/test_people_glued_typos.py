"""A typo that glues a short word to a name's last word ("Tom Valeand", "Tom Valeis") names the person
the article names in full, not someone new. Invented sentences; each positive test fails without the rule."""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import cast_of


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale starred in the film. The film stars Tom Valeand Lena Moss as a couple.",
        "Lena Moss praised Tom Vale on Monday. Reports say Tom Valeis trying to win her back.",
    ],
)
def test_a_glued_word_is_a_typo_for_the_named_person(nlp: Language, text: str) -> None:
    assert people(nlp, text) == ["Lena Moss", "Tom Vale"]


def test_a_name_ending_like_a_glued_word_stays(nlp: Language) -> None:
    """Guard: "Tom Harris" is no typo for "Tom Harr" unless the article names a "Tom Harr"."""
    assert people(nlp, "Tom Harris met Lena Moss in Paris.") == ["Lena Moss", "Tom Harris"]
