"""One-word and stage names the tagger misses, found by a slot only a person fills: the partner of a
person's romance, the owner of a kinship noun, a name joined by "and" to a known person, a speaker taken
up by "he"/"she". Invented sentences; each test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


# --- the partner of a person's romance noun ("her relationship with X")


def test_partner_of_a_persons_relationship_is_a_person_with_its_stage_article(nlp: Language) -> None:
    text = "Mara Lind opened up about her relationship with The Gloam."
    assert people(nlp, text) == ["Mara Lind", "The Gloam"]


def test_partner_of_a_marriage_when_to_is_parsed_on_the_verb(nlp: Language) -> None:
    text = "Mara Lind opened up about her marriage to Zeppo."
    assert "Zeppo" in people(nlp, text)


def test_a_companys_relationship_names_no_person(nlp: Language) -> None:
    # negative: "its" owns the relationship, so the partner may be a company
    text = "The studio announced its relationship with Vantrix on Monday."
    assert people(nlp, text) == []


def test_a_partner_after_the_article_the_is_no_person(nlp: Language) -> None:
    # negative: a person's name takes no "the"
    text = "Mara Lind is known for her close relationship with the Harbor Aquarium."
    assert people(nlp, text) == ["Mara Lind"]


# --- the owner of a kinship noun ("X's girlfriend")


def test_owner_of_a_girlfriend_is_a_person(nlp: Language) -> None:
    text = "Vantrix's new girlfriend was seen in Paris on Friday."
    assert people(nlp, text) == ["Vantrix"]


def test_a_capitalised_kinship_word_is_part_of_a_title(nlp: Language) -> None:
    # negative: "Glory's Child" is a band's name, not Glory's child
    text = "The trio were members of Glory's Child before they went solo."
    assert "Glory" not in people(nlp, text)


# --- a name joined by "and" to a known person's surname


def test_a_name_coordinated_with_a_known_surname_is_a_person(nlp: Language) -> None:
    text = "Tom Reed and Ana Ruiz met in May. Fans cheered for Krazo and Reed."
    assert "Krazo" in people(nlp, text)


def test_a_function_word_coordinated_with_a_name_is_no_person(nlp: Language) -> None:
    # negative: "& More" closes a list, it names nobody
    text = "The cast includes Dana Bell, Tom Reed & More!\n\nDana Bell will dance with Tom Reed."
    assert people(nlp, text) == ["Dana Bell", "Tom Reed"]


# --- stage names: "Kid X", a two-word speaker taken up by a pronoun


def test_a_capitalised_kid_before_a_name_is_part_of_the_stage_name(nlp: Language) -> None:
    text = "Kid Zorro said he was tired of touring."
    assert people(nlp, text) == ["Kid Zorro"]


def test_an_outlet_after_the_that_reveals_is_no_person(nlp: Language) -> None:
    # negative: a run of capitalised words after "the" is a title or an outlet, even before "her"
    text = "Mara Lind cried weeks after the Daily Planet revealed her heartbreak."
    assert people(nlp, text) == ["Mara Lind"]


def test_the_object_of_dating_keeps_its_stage_article(nlp: Language) -> None:
    text = "Mara Lind is dating The Gloam."
    assert people(nlp, text) == ["Mara Lind", "The Gloam"]


def test_a_two_word_speaker_taken_up_by_she_is_a_person(nlp: Language) -> None:
    text = "Big Krazo said she would retire."
    assert people(nlp, text) == ["Big Krazo"]


# --- the subject of a state only a person is in; a name an editor's bracket explains


def test_the_subject_of_is_pregnant_is_a_person(nlp: Language) -> None:
    text = "Fans wonder whether Nevada is pregnant."  # a name NER took for a place
    assert people(nlp, text) == ["Nevada"]


def test_a_one_word_name_before_a_bracketed_name_is_its_alias(nlp: Language) -> None:
    text = "Zappa is pregnant, a source said. The word is that Robyn [Zappa] is pregnant."
    cast, _ = cast_of(nlp, text)
    assert {p.name: p.aliases for p in cast.people.values()} == {"Zappa": {"Robyn"}}
