"""One-word names that a general lexicon of the world shows to be no person (a broadcaster, a fashion
house, a product, a fictional hero, a style of address, a party's member), and one-word capitals that are
shouted adverbs. Invented sentences; each test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of, projects


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


def test_a_news_network_known_by_one_word_is_no_person(nlp: Language) -> None:
    text = "Reps for Bravo, Vale and CNN declined to comment. Tom Vale is a host."
    assert {"Bravo", "CNN"}.isdisjoint(people(nlp, text))


def test_a_fashion_house_known_by_one_word_is_no_person(nlp: Language) -> None:
    text = "Lena Moss has not picked a designer yet, but Versace, Tom Vale and Marchesa are on her list."
    assert {"Versace", "Marchesa"}.isdisjoint(people(nlp, text))


def test_a_product_known_by_one_word_is_no_person(nlp: Language) -> None:
    text = "Lena Moss said she tried Botox once. Botox seems to have smoothed her brow."
    assert "Botox" not in people(nlp, text)


def test_a_fictional_hero_known_by_one_word_is_no_person(nlp: Language) -> None:
    text = "Tom Vale said Batman was his favourite part. Batman made him a star."
    assert "Batman" not in people(nlp, text)


def test_a_style_of_address_is_no_person(nlp: Language) -> None:
    text = "Aides to the Queen said Her Majesty wants a smooth handover to Prince Tom Vale."
    assert "Majesty" not in people(nlp, text)


def test_a_party_member_is_no_person(nlp: Language) -> None:
    text = "Lena Moss denied it. The Ohio Democrat said Thursday that she was wrong."
    assert "Democrat" not in people(nlp, text)


def test_a_given_name_in_a_lexicon_stays_a_person(nlp: Language) -> None:
    text = "Elle said she will marry Tom Vale next spring."
    assert "Elle" in people(nlp, text)


def test_a_demonym_known_by_one_word_is_no_person(nlp: Language) -> None:
    text = "He suspected the Aussie's tight jawline came courtesy of a face-lift, said Tom Vale."
    assert "Aussie" not in people(nlp, text)


def test_a_name_in_capitals_stays_a_person(nlp: Language) -> None:
    text = "KELLY said she will marry Tom Vale next spring."
    assert "KELLY" in people(nlp, text) or "Kelly" in people(nlp, text)


def test_a_shouted_adverb_is_no_person(nlp: Language) -> None:
    text = (
        "Are Lena Moss and Tom Vale the new power couple? To Lena, they are because like Tom and Ana,"
        " a Lena insider EXCLUSIVELY tells GossipNow.com that she’s “just so in love with Tom.”"
    )
    assert "EXCLUSIVELY" not in people(nlp, text)


def test_a_demonym_before_a_role_noun_is_no_title(nlp: Language) -> None:
    text = "Tom Vale brought his kids to the set. “It was fun,” the Aussie actor said."
    assert projects(text) == []


def test_a_work_noun_in_a_headline_is_no_person(nlp: Language) -> None:
    text = "'Harbor Lights' Update: Tom Vale, Lena Moss split after feuding on set; Film's release delayed?"
    assert "Film" not in people(nlp, text)
