"""Family facts: conditions, guesses, plans, adoptions, counted children. Each row an invented
sentence → the couples or children it must (or must not) give. The names and wordings are made up;
they state each rule in general terms."""

from __future__ import annotations

import pytest

from helpers import children, facts_of, pairs, run_text

PUB = "2021-06-15"


# -- a definite counted child noun refers back to the children counted before ----------------------


def test_the_counted_kids_are_the_couples() -> None:
    text = (
        "Nora Vance and Owen Pratt have three kids. "
        "The nanny looked after the three kids — Mia, 9; Leo, 7; and Ava, 4."
    )
    assert children(text) == [
        (["Nora Vance", "Owen Pratt"], "Ava"),
        (["Nora Vance", "Owen Pratt"], "Leo"),
        (["Nora Vance", "Owen Pratt"], "Mia"),
    ]


def test_the_counted_kids_need_one_matching_count() -> None:
    # a different count: these are not the children counted before, so no parents
    text = (
        "Nora Vance and Owen Pratt have two kids. "
        "The nanny looked after the three kids — Mia, 9; Leo, 7; and Ava, 4."
    )
    assert [c for c in children(text) if c[1]] == []


def test_a_list_goes_on_past_a_name_the_cast_missed() -> None:
    # the name finder misses "Rain" (a common noun); the names after it are still read
    text = "Nora Vance and Owen Pratt have four kids: Mia, 9; Rain, 8; Leo, 7; and Ava, 4."
    named = {c for _, c in children(text) if c}
    assert {"Mia", "Leo", "Ava"} <= named


# -- unasserted weddings: a negated auxiliary, a condition, onlookers' guesses ---------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Nora Vance and Owen Pratt are happy, but friends said they might not get married at all.",
            "marriage",
            [],
        ),
        (
            "Nora Vance protects her money with a prenup in the event she does marry Owen Pratt.",
            "marriage",
            [],
        ),
        (
            "Nora Vance bought a dress in case she got engaged to Owen Pratt.",
            "engagement",
            [],
        ),
        (
            "Nora Vance and Owen Pratt wore matching rings, and fans are convinced they got married.",
            "marriage",
            [],
        ),
        (
            "Nora Vance and Owen Pratt sparked speculation that they secretly married in May.",
            "marriage",
            [],
        ),
        # the claims themselves still count
        (
            "Friends said Nora Vance and Owen Pratt got married in May.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "Nora Vance married Owen Pratt in the event hall of her old school.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "The press was convinced, and Nora Vance married Owen Pratt in May.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
    ],
)
def test_unasserted_weddings(text: str, kind: str, expected: list[list[str]]) -> None:
    assert pairs(text, kind) == expected


# -- "in a relationship with": the subject of the verb is in it ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nora Vance was involved in an on-and-off relationship with Owen Pratt.",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "Owen Pratt was in a long-term relationship with Nora Vance from 2004 until 2011.",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # a denial, and a tie that is no romance
        ("Nora Vance never was in a relationship with Owen Pratt.", []),
        ("Nora Vance was in a business relationship with Owen Pratt.", []),
    ],
)
def test_in_a_relationship(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "relationship") == expected


def test_their_relationship_of_named_friends_is_no_romance() -> None:
    text = (
        "Lia Dorn and Nora Vance went shopping. "
        "Her best friend Nora Vance is supportive of her, but their relationship is targeted by rumors."
    )
    assert pairs(text, "relationship") == []


def test_their_relationship_of_a_couple_still_counts() -> None:
    text = "Nora Vance and her boyfriend Owen Pratt are happy, and their relationship is going strong."
    assert pairs(text, "relationship") == [["Nora Vance", "Owen Pratt"]]


# -- weddings still planned: a progressive or "gonna" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nora Vance and Owen Pratt are reportedly getting married in August.", []),
        ("Nora Vance is marrying Owen Pratt this weekend.", []),
        ("Nora Vance is gonna wed Owen Pratt.", []),
        ("Nora Vance and Owen Pratt got married in August.", [["Nora Vance", "Owen Pratt"]]),
        (
            "After getting married in 2010, Nora Vance and Owen Pratt moved to Ohio.",
            [["Nora Vance", "Owen Pratt"]],
        ),
    ],
)
def test_planned_weddings(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "marriage") == expected


# -- children still to come, or no kin at all ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nora Vance is looking to adopt a baby from abroad.", []),
        ("Owen Pratt is still anticipating the birth of his next child.", []),
        ("Nora Vance is expecting her second child.", []),
        (
            "Nora Vance and husband Owen Pratt will party when Nora Vance gives birth to their twins.",
            [],
        ),
        # births that took place, and a parent whose clause mentions an expectation elsewhere
        ("Nora Vance adopted a baby girl in 2010.", [(["Nora Vance"], "")]),
        (
            "Owen Pratt and Nora Vance welcomed their first child in March.",
            [(["Nora Vance", "Owen Pratt"], "")],
        ),
        (
            "Nora Vance, who has two kids, is expected to attend.",
            [(["Nora Vance"], ""), (["Nora Vance"], "")],
        ),
    ],
)
def test_children_still_to_come(text: str, expected: list[tuple[list[str], str]]) -> None:
    assert children(text) == expected


def test_a_nice_kid_is_no_ones_child() -> None:
    # "he is a nice kid, Leo": the subject is described as a kid, it is nobody's parent
    assert children("Owen Pratt smiled. He's a nice kid, Leo Dorn.") == []


def test_a_child_noun_in_apposition_describes_the_name_before_it() -> None:
    # the parser may hang the adopter's name on "son"; the child is the name the noun describes
    text = "The deal allowed Leo Vance, the son Nora Vance adopted in 2006, to visit London."
    assert [c for _, c in children(text)] in ([], ["Leo Vance"])
    assert "Nora Vance" not in [c for _, c in children(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leo Vance was adopted by Nora Vance in 2001.", [(["Nora Vance"], "Leo Vance")]),
        (
            "By then, Leo Vance, adopted and raised by Owen and Nora Vance in Ohio, was an aspiring chef.",
            [(["Nora Vance", "Owen Vance"], "Leo Vance")],
        ),
        ("Leo Vance was never adopted by Nora Vance.", []),
        ("The rescue dog was adopted by Nora Vance.", []),
    ],
)
def test_adopted_by(text: str, expected: list[tuple[list[str], str]]) -> None:
    assert children(text) == expected


# -- "X and Y were (romantically) linked": a passive link of two people ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nora Vance and Owen Pratt were first linked at a gala in 2016.", [["Nora Vance", "Owen Pratt"]]),
        (
            "The photos show Nora Vance and Owen Pratt - who were first romantically linked back in 2013 - "
            "cuddling up.",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # no people, or a denial
        ("The two scandals were linked by investigators.", []),
        ("Nora Vance and Owen Pratt were never linked.", []),
    ],
)
def test_linked_pair(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "relationship") == expected


# -- divorces still ahead, and a divorce lawyer ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nora Vance is ready to file for divorce from Owen Pratt.", []),
        ("Nora Vance and Owen Pratt are gearing up for a divorce.", []),
        ("Owen Pratt and Nora Vance are preparing for the possibility of a divorce.", []),
        ("Nora Vance and Owen Pratt have been speaking with famed divorce attorney Lia Dorn.", []),
        # filed, or decided and filed
        ("Nora Vance decided to file for divorce from Owen Pratt.", [["Nora Vance", "Owen Pratt"]]),
        ("Nora Vance filed for divorce from Owen Pratt in May.", [["Nora Vance", "Owen Pratt"]]),
    ],
)
def test_divorce_ahead_or_a_lawyer(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "divorce") == expected


def test_a_divorce_ahead_still_says_they_are_married() -> None:
    text = "Nora Vance is ready to file for divorce from Owen Pratt."
    assert pairs(text, "marriage") == [["Nora Vance", "Owen Pratt"]]


# -- a possessor the parser loses, and an ex-fiance ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nora Vance and Owen Pratt's on-again, off-again relationship ended in May.",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "A history of Nora Vance and Owen Pratt's on-again, off-again relationship.",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # a determiner between: no possessor of this noun
        ("Nora Vance's dog had a new, exciting relationship.", []),
    ],
)
def test_possessor_before_modifiers(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "relationship") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nora Vance mocked her ex-fiancé Owen Pratt on the show.", [["Nora Vance", "Owen Pratt"]]),
        ("Owen Pratt's ex-fiancee, Nora Vance, spoke out.", [["Nora Vance", "Owen Pratt"]]),
    ],
)
def test_ex_fiance_was_an_engagement(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "engagement") == expected


def test_a_postponed_wedding_is_no_marriage() -> None:
    assert pairs("Nora Vance's wedding to Owen Pratt was postponed.", "marriage") == []


# -- a negated verb that takes a relative as its object does not deny the kin ----------------------


def test_not_meeting_a_daughter_keeps_the_daughter() -> None:
    assert children("Owen Pratt has not met his daughter Mia Pratt in three years.") == [
        (["Owen Pratt"], "Mia Pratt")
    ]


def test_not_leaving_a_husband_keeps_the_marriage() -> None:
    text = "Nora Vance didn't leave her husband Owen Pratt."
    assert pairs(text, "marriage") == [["Nora Vance", "Owen Pratt"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance does not have a son.",
        "Nora Vance denied that she had a daughter, Mia Vance.",
        "Nora Vance is not the mother of Mia Vance.",
        "Nora Vance does not have a daughter named Mia Vance.",
    ],
)
def test_denied_kin_stays_denied(text: str) -> None:
    assert children(text) == []


# -- "the couple have son A and daughter B" ---------------------------------------------------------


def test_the_couple_has_the_children() -> None:
    text = "Nora Vance married Owen Pratt in 2000. The couple have son Leo, 15, and daughter Mia, 12."
    assert children(text) == [(["Nora Vance", "Owen Pratt"], "Leo"), (["Nora Vance", "Owen Pratt"], "Mia")]


def test_a_child_named_in_the_sentence_is_no_parent() -> None:
    # the parser may hang "Mia" on "the couple"; a daughter is never her brother's parent
    text = "The couple, who have son Leo, 15, and daughter Mia, 12, reunited in 2014."
    assert all("Mia" not in parents for parents, _ in children(text))


def test_the_exes_are_not_the_last_couple() -> None:
    # "the exes" is a former couple: the couple a fact named last (the current one) is not taken
    text = "Owen Pratt married Nora Vance in 2016. The exes share a daughter, Mia."
    assert children(text) == []


def test_a_lower_case_son_tagged_as_a_name_is_still_a_son() -> None:
    text = "Nora Vance and her husband Owen Pratt also have daughter Ava, four, and son Leo, one."
    assert (["Nora Vance", "Owen Pratt"], "Leo") in children(text)


def test_a_name_after_a_paragraph_break_is_not_the_childs() -> None:
    # "her son Leo" ends the paragraph; "Dorn" opens the next one (a lawyer quoted by surname)
    text = (
        "Lawyer Lia Dorn joined the case. Nora Vance fights for custody of her son Leo\n\n"
        "Dorn, for Nora Vance, said the deal was fair."
    )
    assert all(child != "Lia Dorn" for _, child in children(text))


# -- a yes/no question asks, it does not claim -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Nora Vance and Owen Pratt were seen in Rome. So, are they dating?", "relationship", []),
        ("Did Nora Vance marry Owen Pratt in secret?", "marriage", []),
        # a statement, and a relative clause inside a question
        ("Nora Vance is dating Owen Pratt.", "relationship", [["Nora Vance", "Owen Pratt"]]),
        (
            "Nora Vance, who married Owen Pratt in 2010, asked: is it over?",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
    ],
)
def test_yes_no_questions(text: str, kind: str, expected: list[list[str]]) -> None:
    assert pairs(text, kind) == expected


# -- "is rumored to be dating": a report, not a plan; "X and Y, who have been dating" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nora Vance is rumored to be dating Owen Pratt.", [["Nora Vance", "Owen Pratt"]]),
        (
            "Nora Vance and Owen Pratt were revealed to be dating after the singer was seen in London.",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # plans and wishes are still ahead
        ("Nora Vance is ready to date Owen Pratt.", []),
        ("Nora Vance is expected to date Owen Pratt.", []),
    ],
)
def test_reported_dating(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "relationship") == expected


def test_who_clause_on_the_second_of_two_names() -> None:
    text = "Joe Vance and Nora Pratt, who have been dating since December, adopted a puppy."
    assert pairs(text, "relationship") == [["Joe Vance", "Nora Pratt"]]


def test_a_list_without_ages_goes_on_past_a_missed_name() -> None:
    text = (
        "Mia Vance, Leo Vance and Ava Vance were there. "
        "Nora Vance has been trying to keep her four kids — Mia, Rain, Leo, and Ava — happy."
    )
    assert {c for _, c in children(text) if c} == {"Mia Vance", "Leo Vance", "Ava Vance"}


def test_a_double_hyphen_opens_a_list() -> None:
    text = "Nora Vance is trying to turn her three children -- Mia, 15, Rain, 12, and Ava, 10 -- against him."
    assert "Mia" in {c for _, c in children(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # linked or tied to a thing: no couple
        ("Nora Vance and Owen Pratt have been linked to the fraud scandal.", []),
        ("Nora Vance and Owen Pratt were tied to the project.", []),
        # linked to a person, or to each other
        ("Nora Vance and Owen Pratt were linked to each other in 2015.", [["Nora Vance", "Owen Pratt"]]),
        ("Nora Vance was linked with actor Owen Pratt last year.", [["Nora Vance", "Owen Pratt"]]),
    ],
)
def test_linked_to_a_thing_is_no_couple(text: str, expected: list[list[str]]) -> None:
    assert pairs(text, "relationship") == expected


# -- an object that is no person: the event is not between the subjects ----------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Nora Vance and Owen Pratt broke up the fight at the bar.", "relationship", []),
        ("Nora Vance and Owen Pratt split from the band in 2010.", "relationship", []),
        ("Nora Vance and Owen Pratt are dating other people.", "relationship", []),
        ("Nora Vance and Owen Pratt married into the royal family.", "marriage", []),
        # people, kin, idioms and a clause after "news that" still count
        (
            "Nora Vance broke up with her boyfriend Owen Pratt.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
        ("Nora Vance and Owen Pratt tied the knot in May.", "marriage", [["Nora Vance", "Owen Pratt"]]),
        (
            "Nora Vance married Owen Pratt in a ceremony with 200 guests.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
        (
            "Fans were surprised by the news that Nora Vance and Owen Pratt are dating.",
            "relationship",
            [["Nora Vance", "Owen Pratt"]],
        ),
    ],
)
def test_object_that_is_no_person(text: str, kind: str, expected: list[list[str]]) -> None:
    assert pairs(text, kind) == expected


# -- "her sister's husband": the relative of an unnamed relative is not the subject's ---------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nora Vance posed with her sister's husband Owen Pratt.", "marriage"),
        ("Nora Vance came with her daughter's father, Owen Pratt.", "child"),
    ],
)
def test_relative_of_an_unnamed_relative(text: str, kind: str) -> None:
    assert facts_of(run_text(text, PUB), kind) == []


def test_with_her_husband_still_counts() -> None:
    assert pairs("Nora Vance posed with her husband Owen Pratt.", "marriage") == [
        ["Nora Vance", "Owen Pratt"]
    ]


# -- a wedding or engagement reported as done, in an infinitive ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Nora Vance is said to be married to Owen Pratt.", "marriage", [["Nora Vance", "Owen Pratt"]]),
        ("Nora Vance is believed to be engaged to Owen Pratt.", "engagement", [["Nora Vance", "Owen Pratt"]]),
        (
            "Nora Vance is rumored to have married Owen Pratt in May.",
            "marriage",
            [["Nora Vance", "Owen Pratt"]],
        ),
        # plans stay plans
        ("Nora Vance is set to marry Owen Pratt.", "marriage", []),
        ("Nora Vance plans to get engaged to Owen Pratt.", "engagement", []),
        ("Nora Vance is expected to marry Owen Pratt.", "marriage", []),
    ],
)
def test_reported_weddings(text: str, kind: str, expected: list[list[str]]) -> None:
    assert pairs(text, kind) == expected
