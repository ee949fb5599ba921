"""Forms of one person's name an article writes differently: a first name with two letters swapped, an
initial-and-syllable nickname, a first name NER gave a company label before a surname the article uses
alone, a title written before a one-word name. Invented sentences; each test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of


def records(nlp: Language, text: str) -> dict[str, set[str]]:
    cast, _ = cast_of(nlp, text)
    return {p.name: set(p.aliases) for p in cast.people.values()}


# --- two letters swapped in a first name


def test_a_swapped_spelling_of_a_first_name_is_the_same_person(nlp: Language) -> None:
    text = "Kim Vale and Kanye Rowe arrived. Kanye Rowe smiled. Later Kim Vale and Kayne Rowe left."
    assert records(nlp, text) == {"Kim Vale": set(), "Kanye Rowe": {"Kayne Rowe"}}


def test_relatives_with_different_first_names_stay_apart(nlp: Language) -> None:
    # negative: "Mina" and "Nima" differ by a swap of letters that are no neighbours
    text = "Mina Rowe said she loves her brother Nima Rowe."
    assert {"Mina Rowe", "Nima Rowe"} <= set(records(nlp, text))


# --- an initial-and-syllable nickname


def test_an_initial_and_syllable_nickname_joins_the_full_name(nlp: Language) -> None:
    text = "Tara Fenn sang. Later T.Fe said she was happy."
    assert records(nlp, text) == {"Tara Fenn": {"T.Fe"}}


def test_a_nickname_that_fits_two_people_joins_neither(nlp: Language) -> None:
    # negative: "T.Fe" fits both Tara Fenn and Tina Felder
    text = "Tara Fenn and Tina Felder sang. Later T.Fe said she was happy."
    assert records(nlp, text)["Tara Fenn"] == set()


# --- a first name tagged as a company before a surname the article uses alone


def test_a_company_tagged_full_name_of_a_one_word_person_is_their_name(nlp: Language) -> None:
    text = "Nora Pell appeared on Megyn Kelly's show. Kelly told Pell she looked great."
    assert "Megyn Kelly" in records(nlp, text)


# --- a title before a one-word name


def test_a_title_before_a_one_word_name_is_kept_as_an_alias(nlp: Language) -> None:
    text = "Madonna accused Lady Gaga of copying her song."
    assert records(nlp, text)["Gaga"] == {"Lady Gaga"}


def test_a_month_tagged_as_a_date_is_no_first_name(nlp: Language) -> None:
    # negative: "on December Reed claimed": a date before the surname
    text = "Reed and Vale filed in September, then on December Reed claimed Vale was lying."
    assert "December Reed" not in records(nlp, text)


# --- a day of the week is no one-word person


def test_a_weekday_is_no_person(nlp: Language) -> None:
    text = "The actor was a proud dad Tuesday night as Mia Vale walked the runway at Sherri Hill."
    assert "Tuesday" not in records(nlp, text)
