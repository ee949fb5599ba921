"""An object pronoun never means the subject of its own verb ("X put her on the spot": her is not X);
a reflexive does. Invented sentences; each test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import refers


def test_an_object_pronoun_skips_the_subject_of_its_verb(nlp: Language) -> None:
    text = "Nora Pell visited the studio, where Tara Fenn put her on the spot about the rumours."
    assert refers(nlp, text, "her") == ["Nora Pell"]


def test_a_possessive_after_the_object_follows_it(nlp: Language) -> None:
    text = "Nora Pell visited the studio, where Tara Fenn put her on the spot to ask about her marriage."
    assert refers(nlp, text, "her", 1) == ["Nora Pell"]


def test_an_object_her_before_a_noun_is_left_to_the_nearest_reading(nlp: Language) -> None:
    # negative: "kept her look simple" is a possessive the parser may take for an object
    text = "Nora Pell arrived first. Tara Fenn kept her look simple in a black blazer."
    assert refers(nlp, text, "her") == ["Tara Fenn"]
