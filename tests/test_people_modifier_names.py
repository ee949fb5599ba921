"""A lone capitalised word between a determiner and the lower-case noun it modifies ("the second Vale
sighting", "a Pellite monk") describes something; it is no mention of a person, so a description after
it ("the Harbor star") looks past it to the person named before. Invented sentences; the positive test
fails without the rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of, refers


def test_a_name_modifying_a_noun_is_no_mention(nlp: Language) -> None:
    text = (
        "Tom Vale was spotted at the church. This is only the second Vale sighting since the Harbor star "
        "and his wife announced their separation."
    )
    assert refers(nlp, text, "star") == ["Tom Vale"]


def test_the_person_named_elsewhere_stays(nlp: Language) -> None:
    """Guard: the word still names the person where it stands alone."""
    cast, _ = cast_of(nlp, "Tom Vale arrived late. The Vale charm worked, and Vale smiled at everyone.")
    assert sorted(p.name for p in cast.people.values()) == ["Tom Vale"]
