"""Names that are no person's: a work in a work slot ("promote X", "the X Saga", "a judge on 'X.'"), a
character in brackets after an actor, an outlet ("according to X", a web address), a brand's show, a
place a possessive names ("X's Bay"), a nationality after "the", a name counted by a number word.
Invented sentences; each test fails without its rule."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from helpers import cast_of
from newsfacts.people_filters import _quoted_title


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


def test_the_object_of_promote_is_a_work(nlp: Language) -> None:
    text = "Tom Vale prepares to promote Catching Stars."
    assert people(nlp, text) == ["Tom Vale"]


def test_a_name_ending_in_saga_is_a_work(nlp: Language) -> None:
    text = "It's easy to assume that being tethered to the long-running Moonlight Saga held Tom Vale back."
    assert people(nlp, text) == ["Tom Vale"]


def test_a_web_address_is_an_outlet(nlp: Language) -> None:
    text = "Per Starnews.com Vale and Lena Moss were first linked in May."
    assert people(nlp, text) == ["Lena Moss"]


def test_a_full_name_in_brackets_after_an_actor_is_the_character(nlp: Language) -> None:
    text = "Lena Moss did not drop movie plans with her former beau, Tom Vale (Edwin Carter)."
    assert people(nlp, text) == ["Lena Moss", "Tom Vale"]


def test_no_acting_cue_keeps_the_bracketed_name(nlp: Language) -> None:
    text = "Lena Moss posed with Tom Vale (Edwin Carter) at the party."
    assert "Edwin Carter" in people(nlp, text)


def test_a_possessive_before_bay_names_a_place(nlp: Language) -> None:
    text = "If Parker's Bay sounds familiar, that's because it's the same island the Vale family visited."
    assert people(nlp, text) == []


def test_a_quoted_title_with_its_full_stop_inside(nlp: Language) -> None:
    text = (
        "We still can't get over the fact that the diva herself Lena Moss has agreed to be a host on"
        " ' Dance Idol .' Of course, with a price tag of millions, we're not surprised."
    )
    assert people(nlp, text) == ["Lena Moss"]


def test_an_apostrophe_read_as_a_possessive_closes_a_quotation(nlp: Language) -> None:
    words = ["the", "'", "Starlight", "'", "staff", "is", "ready"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, False, True, True, True, False])
    doc[3].tag_ = "POS"  # the tagger's reading of a closing quotation mark after a word without "s"
    assert _quoted_title(doc, doc[2:3])


def test_a_name_met_only_after_according_to_is_an_outlet(nlp: Language) -> None:
    text = "Lena Moss is not engaged. According to Gossip Patrol, the reports were false."
    assert people(nlp, text) == ["Lena Moss"]


def test_a_nationality_after_the_is_no_name(nlp: Language) -> None:
    text = "Tom Vale called off his tour. The Canadian has revealed he wants to rest."
    assert people(nlp, text) == ["Tom Vale"]


def test_a_brand_before_show_and_at_its_show_is_no_person(nlp: Language) -> None:
    text = (
        "Tom Vale attended the Sherri Lane fashion show on Tuesday. "
        "His daughter strutted the catwalk in evening couture at Sherri Lane."
    )
    assert "Sherri Lane" not in people(nlp, text)


def test_a_name_counted_by_a_number_names_things(nlp: Language) -> None:
    assert people(nlp, "Tom Vale owns three Marco Polos.") == ["Tom Vale"]


def test_a_nationality_before_a_common_noun_is_an_adjective(nlp: Language) -> None:
    text = "Lena Moss and Tom Vale were inked by ex Thai monk Arjan Koo."
    assert people(nlp, text) == ["Arjan Koo", "Lena Moss", "Tom Vale"]


def test_a_sentence_opening_word_written_in_lower_case_too_is_no_name(nlp: Language) -> None:
    text = "Lena Moss is single.\n\nRumor has it, she is dating again. The rumor was denied by Tom Vale."
    assert people(nlp, text) == ["Lena Moss", "Tom Vale"]
