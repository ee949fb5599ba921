"""An anniversary "with Y" is a wedding's unless the sentence calls Y a boyfriend or girlfriend. Invented."""

from __future__ import annotations

import spacy

from helpers import facts_of, run_text
from newsfacts.extractors.couple_nouns import _partner_noun_before

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")


def _anniversary(text: str) -> spacy.tokens.Token:
    return next(t for t in NLP(text) if t.lower_ == "anniversary")


def test_a_sentence_that_calls_the_partner_a_boyfriend_makes_a_dating_anniversary() -> None:
    assert _partner_noun_before(_anniversary("Lena Moss marked her anniversary with Tom Vale, her beau."))
    assert _partner_noun_before(_anniversary("Lena Moss Posts for Anniversary with Boyfriend Tom Vale"))
    assert not _partner_noun_before(_anniversary("Lena Moss marked her anniversary with husband Tom Vale."))


def test_an_anniversary_with_a_husband_is_a_marriage() -> None:
    text = "Lena Moss celebrated her anniversary with husband Tom Vale."
    assert [sorted(f["people"]) for f in facts_of(run_text(text), "marriage")] == [["Lena Moss", "Tom Vale"]]
