"""Names the tagger takes for an organisation, a place or a common noun, that syntax shows to be people:
an item of a list most of whose items are people, the subject of "be" with a person noun, a name after
a kinship noun, a first-and-last name after the "by" of a passive verb; and two more forms of a known
name ("Kim K", "Angie"). Invented names; each positive case fails without its rule."""

from __future__ import annotations

import pytest

from helpers import names, run_text


def _people(text: str) -> set[str]:
    return set(names(run_text(text)).values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Comedy veterans Lena Mossberg, Dana Bellamy, Zelko, Tom Vantor and Fred Pikely gathered on "
            "Sunday to honor the 80-year-old legend.",
            "Zelko",
        ),
        (
            "Fans loved the tour. Performers at the gala include Orsa, Britta Lowell, Ariane Grove, Nika "
            "Marsh and Tavio. Singers such as Kanye Vest, Zelko and Orsa have big plans in store.",
            "Zelko",
        ),
    ],
)
def test_a_name_in_a_list_of_people_is_a_person(text: str, name: str) -> None:
    assert name in _people(text)


def test_places_listed_beside_people_are_no_people() -> None:
    """Guard: a list with no person in it says nothing about its items."""
    found = _people("Lena Moss toured Paris, London and Rome with Tom Vale last spring.")
    assert not found & {"Paris", "London", "Rome"}


def test_the_subject_of_be_with_a_person_noun_is_a_person() -> None:
    text = "The network hopes to sign a big name this season. Everyone agrees that Orsa is an amazing dancer."
    assert "Orsa" in _people(text)


def test_a_capitalised_word_after_a_kinship_noun_is_a_name() -> None:
    text = (
        "Lena Moss is dating rapper Tom Vale after splitting from her on-again, off-again boyfriend Ryga "
        "in April."
    )
    assert "Ryga" in _people(text)


def test_a_first_and_last_name_after_passive_by_is_a_person() -> None:
    assert "Tyra Blanks" in _people("The gala was hosted by Tyra Blanks.")


def test_a_first_name_and_an_initial_is_the_full_name() -> None:
    text = "Lena Moss Vale was late for the interview. But Lena M. does not make me wait too long."
    assert _people(text) == {"Lena Moss Vale"}


def test_angie_is_angelina() -> None:
    text = 'Angelina Vale left early. "Angie and the kids left the mall," a fan wrote online.'
    assert _people(text) == {"Angelina Vale"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Lena Moss lives next to her rival and Dr. Tom "Party King" Vale on the island.', "Tom Vale"),
        ('Wrestler Tom "Hammer" Vale won again on Sunday night.', "Tom Vale"),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_dropped(text: str, name: str) -> None:
    found = _people(text)
    assert name in found
    assert not any('"' in n for n in found)


def test_a_name_that_runs_into_a_title_is_no_person() -> None:
    found = _people("Tom Vale raved about his Snow White And The Huntsman co-star on Monday.")
    assert "Snow White" not in found


def test_two_names_joined_by_a_capitalised_and_are_people() -> None:
    """Guard: the word after the capitalised "And" is a person's name."""
    assert _people("Lena Moss And Tom Vale split last week.") == {"Lena Moss", "Tom Vale"}


def test_the_subtitle_of_a_quoted_title_is_no_person() -> None:
    text = (
        "Before first visiting in 2000 to shoot “Lena Croft: Tom Raider,” she had been a Hollywood wild "
        "child."
    )
    assert "Tom Raider" not in _people(text)


def test_a_name_quoted_after_a_colon_of_speech_is_a_person() -> None:
    """Guard: the colon is outside the quotation."""
    assert "Tom Vale" in _people('Lena Moss said: "Tom Vale is my hero," and smiled.')


def test_a_name_with_a_bare_possessive_apostrophe_owns() -> None:
    text = "Long before Lena married into the family, Tom was best buds with Tess’ first husband, Robert."
    assert "Tess" in _people(text)


def test_a_surname_with_a_doubled_letter_is_the_same_person() -> None:
    text = "Dana Coppel was seen in Paris on Monday. Friends say Dana Coppell is doing well."
    assert len(_people(text)) == 1


def test_two_surnames_that_differ_by_more_than_a_typo_are_two_people() -> None:
    """Guard: "Moss" and "Mossa" differ by an added letter, not a doubled one."""
    assert _people("Lena Moss met Lena Mossa at the party on Monday.") == {"Lena Moss", "Lena Mossa"}


def test_a_first_name_with_a_tagged_surname_in_brackets_is_the_full_name() -> None:
    text = "Tom had a hard time adjusting to fame and his breakup with Kristen [Stewart], and he drank."
    assert "Kristen Stewart" in _people(text)


def test_a_first_name_with_a_known_singer_in_brackets_is_that_singer() -> None:
    """Guard: the bracket names someone the article names alone elsewhere: no surname."""
    text = (
        "The word here is that Robyn [Marisol] is pregnant. If Marisol is pregnant, the father is Tom Vale."
    )
    assert "Robyn Marisol" not in _people(text)


def test_a_first_name_closing_a_list_of_full_names_shares_no_surname() -> None:
    found = _people("The guest list included Lena Moss, Tom Vale, Dana Bellamy, Ciara and Eva Lomax.")
    assert "Ciara Lomax" not in found


def test_two_sisters_after_a_kinship_noun_share_a_surname() -> None:
    """Guard: the comma follows a common noun, not a name."""
    assert "Kendall Jenner" in _people("She posed with her daughters, Kendall and Kylie Jenner, on Monday.")


def test_first_names_listed_before_a_surname_share_it() -> None:
    """Guard: a list of first names, not of full names."""
    found = _people("She is a half sister to Kim, Khloé and Kourtney Kardashian, a friend said.")
    assert "Khloé Kardashian" in found


def test_a_given_name_and_surname_as_a_romance_partner_is_a_person() -> None:
    assert "Tyra Blanks" in _people("Lena Moss was in a relationship with Tyra Blanks for a year.")
