"""Family facts in wordings found outside the development set: each row an invented sentence → the
couples or children it must (or must not) give. Names and wordings are made up."""

from __future__ import annotations

import pytest

from helpers import children, facts_of, pairs, run_text

PUB = "2021-06-15"


def test_plural_parents_in_apposition_are_both_parents() -> None:
    text = "Rhea Voss has stopped calling her parents, Edda Voss and Tomas Voss, since the spring."
    assert children(text) == [(["Edda Voss", "Tomas Voss"], "Rhea Voss")]


def test_parents_and_friends_listed_together_make_no_child() -> None:
    text = "Rhea Voss thanked her parents and her two friends, Ines Hal and Bo Kern, on stage."
    assert children(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kit Arlen ended a brief summer fling with painter Jory Wend in May.", [["Jory Wend", "Kit Arlen"]]),
        ("Kit Arlen had a secret affair with Jory Wend in 2009.", [["Jory Wend", "Kit Arlen"]]),
        ("Kit Arlen never had an affair with Jory Wend.", []),
        ("If Kit Arlen had a fling with Jory Wend, nobody in town knew.", []),
        ("Kit Arlen started a business relationship with Jory Wend last fall.", []),
    ],
)
def test_the_subject_of_a_verb_holding_a_relation_noun(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "relationship") == expected


def test_a_subject_hung_on_the_auxiliary_is_still_the_spouse() -> None:
    # the parser may attach "Abel Dorn" to "was" rather than to "married"
    assert pairs("Tim Ross was previously married to Maya Park.", "marriage") == [["Maya Park", "Tim Ross"]]


def test_a_from_to_range_dates_the_marriage() -> None:
    (m,) = facts_of(run_text("Abel Dorn was married to Suki Lam from 1999 to 2006.", PUB), "marriage")
    assert (m["start"]["value"], m["end"]["value"]) == ("1999", "2006")


def test_an_unrelated_range_does_not_date_the_marriage() -> None:
    text = "Abel Dorn married Suki Lam in 1999 and lived in Oslo from 2001 to 2004."
    (m,) = facts_of(run_text(text, PUB), "marriage")
    assert m["start"]["value"] == "1999" and m.get("end") is None


def test_the_exes_are_the_couple_whose_marriage_ended() -> None:
    text = (
        "Abel Dorn was previously married to Suki Lam from 1999 to 2006. "
        "The exes share son Jem, 15, and daughter Pia, 13."
    )
    assert children(text) == [(["Abel Dorn", "Suki Lam"], "Jem"), (["Abel Dorn", "Suki Lam"], "Pia")]


def test_the_exes_skip_a_couple_still_together() -> None:
    text = "Abel Dorn married Suki Lam in 2018. The exes share son Jem, 15."
    assert children(text) == []


def test_their_newborn_read_as_an_adjective_names_the_child() -> None:
    text = "Wren Ossa and Dario Fenn posted a picture of their newborn, Tilde Fenn, on Sunday."
    assert children(text) == [(["Dario Fenn", "Wren Ossa"], "Tilde Fenn")]


def test_their_with_a_single_subject_is_no_couple() -> None:
    text = "Wren Ossa and Dario Fenn met their fans with their friend Ada Lind."
    assert children(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her cousin says Lea Moro will have more kids than anyone once her twins are born.",
        "Lea Moro's twins are due in the spring.",
    ],
)
def test_children_still_to_be_born_are_no_child(text: str) -> None:
    assert children(text) == []


def test_children_already_born_in_a_time_clause_are_kept() -> None:
    assert children("Lea Moro cried when her twins were born in 2019.") == [
        (["Lea Moro"], ""),
        (["Lea Moro"], ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mia Stone, who was falsely linked to Owen Pratt in the spring, posted a selfie.",
        "Mia Stone was wrongly rumored to be dating Owen Pratt.",
        "Mia Stone has been falsely accused of dating Owen Pratt.",
    ],
)
def test_a_claim_called_false_makes_no_couple(text: str) -> None:
    assert pairs(text, "relationship") == []


def test_a_false_claim_in_another_clause_keeps_the_couple() -> None:
    text = "Mia Stone, who was linked to Owen Pratt in the spring, was wrongly accused of theft."
    assert pairs(text, "relationship") == [["Mia Stone", "Owen Pratt"]]


def test_parents_of_a_pronoun_named_far_away_make_no_child() -> None:
    # "his" may be Jem's (named by no one the cast knows), not the man named paragraphs before
    text = "Piet Lorne spoke at the gala.\n\nHe praised Jem and his parents, Edda Voss and Karl Voss."
    assert children(text) == []


def test_a_fling_with_a_described_partner_is_left_out() -> None:
    # "her director" is resolved by guesswork; a verb-held relation noun needs a named partner
    text = "It was said Kit Arlen had an affair with her “Night Owls” director and Jory Wend."
    assert pairs(text, "relationship") == []


def test_the_mother_of_an_aged_list_has_every_child() -> None:
    text = "Insiders say Wren Ossa is the mother of Juno, 17, and Bram, 14."
    got = sorted((f["child"], f["age"]) for f in facts_of(run_text(text, PUB), "child"))
    assert got == [("Bram", 14), ("Juno", 17)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Do you think Lia Brandt and Cole Vey should settle in Lima following their wedding?", []),
        ("Lia Brandt and Cole Vey will settle in Lima after their wedding.", []),
        ("Lia Brandt and Cole Vey settled in Lima after their wedding.", [["Cole Vey", "Lia Brandt"]]),
    ],
)
def test_a_wedding_in_a_time_phrase_of_the_future_is_ahead(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "marriage") == expected


def test_the_former_couple_are_the_divorced_pair_not_the_newlyweds() -> None:
    text = (
        "Tim Ross divorced Maya Park in 2011. Tim Ross married Ana Lund in 2015. "
        "The former couple share daughter Lily, 12."
    )
    assert children(text) == [(["Maya Park", "Tim Ross"], "Lily")]


def test_the_couple_share_read_as_one_noun_phrase() -> None:
    # the parser may read "couple share daughter" as a compound noun
    text = "Tim Ross married Ana Lund in 2015. The couple share daughter Lily, 2."
    assert children(text) == [(["Ana Lund", "Tim Ross"], "Lily")]
