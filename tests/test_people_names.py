"""People resolution: which spans name a person, and under which name (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from helpers import run_text
from newsfacts.people import resolve_people


def people_of(text: str) -> dict[str, list[str]]:
    r = run_text(text)
    return {p.name: sorted(p.aliases) for p in r.people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There's only one Nadia Ferrow, but there's only so long she can run the paper. "
            "Nadia told reporters she is tired.",
            {"Nadia Ferrow": ["Nadia"]},
        ),
        (
            "Is Nadia Ferrow grooming Dana Whitfield to take over? Nadia told reporters she is tired.",
            {"Nadia Ferrow": ["Nadia"], "Dana Whitfield": []},
        ),
        (
            "Lena Marsh sat beside Ivy Tollandine at dinner. Ivy told reporters she loved it.",
            {"Lena Marsh": [], "Ivy Tollandine": ["Ivy"]},
        ),
    ],
)
def test_one_word_person_takes_the_full_name_ner_missed(text: str, expected: dict[str, list[str]]) -> None:
    """A one-word person's name opening a capitalised run the NER did not tag: the run is the full name."""
    assert people_of(text) == expected


def test_full_name_run_stops_at_an_organisation_word() -> None:
    people = people_of(
        "There's only one Nadia Ferrow Foundation, and it is growing. Nadia told reporters she is tired."
    )
    assert "Nadia Ferrow Foundation" not in people


@pytest.mark.parametrize(
    ("text", "character"),
    [
        # a character coordinated with one in a character slot, named again later in a plot summary
        (
            "Omar Sayed and Lea Moss, who played Jonty and Marisol on the sitcom, were close. "
            "Later Jonty kissed Marisol in the finale.",
            "Marisol",
        ),
        # a description between the cue and the name; the character is named again without a cue
        (
            "Omar Sayed was first cast as teenage wizard Corvin Ashdale in the saga. "
            "Corvin Ashdale made him famous.",
            "Corvin Ashdale",
        ),
        ("Lea Moss plays NYPD detective Harla Quint on the show, and Harla Quint is tough.", "Harla Quint"),
    ],
)
def test_a_character_is_no_person_in_any_mention(text: str, character: str) -> None:
    people = people_of(text)
    assert character not in people
    assert "Omar Sayed" in people or "Lea Moss" in people


def _tagged(nlp: Language, text: str, person: str) -> Doc:
    """Parse ``text`` and make ``person`` its one PERSON entity, as a small NER may tag it."""
    doc = nlp(text)
    start = text.index(person)
    doc.ents = [doc.char_span(start, start + len(person), label="PERSON")]
    return doc


def test_a_name_that_runs_into_an_organisation_word_is_no_person(nlp: Language) -> None:
    doc = _tagged(nlp, "He spent the night at Ronald Whitcombe UCLA Medical Center.", "Ronald Whitcombe")
    assert resolve_people(doc).people == {}


def test_a_name_inside_an_organisation_name_is_no_person() -> None:
    people = people_of("Tina Marsh said West spent the night at James Whitaker UCLA Medical Center.")
    # "West", a first name acting as a subject, may be a person (Kanye West, named before in an article)
    assert not any("Whitaker" in name for name in people) and "Tina Marsh" in people


def test_a_one_word_name_the_article_gives_an_outlet_is_the_outlet() -> None:
    people = people_of(
        "Tina Marsh quit. Now, listen to Hush's reasoning. Hush owes her a huge debt, says Hush Online."
    )
    assert list(people) == ["Tina Marsh"]


def test_a_capitalised_the_inside_a_sentence_is_part_of_a_stage_name() -> None:
    people = people_of("Tom Reed toured with The Rockmonster, and The Rockmonster said he loved it.")
    assert people == {"Tom Reed": [], "The Rockmonster": []}


def test_a_stage_name_with_the_still_needs_person_evidence() -> None:
    assert people_of("Tom Reed praised Cyborg and The Flash in the film.") == {"Tom Reed": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colin Rudd praised Nora Kemp‘s performance in the film.", {"Colin Rudd": [], "Nora Kemp": []}),
        ("Tom Reed said Jenna Holt‘s new film is her best.", {"Tom Reed": [], "Jenna Holt": []}),
    ],
)
def test_a_possessive_typed_with_an_opening_quote_splits_off(text: str, expected: dict) -> None:
    """Read as the apostrophe it stands for: the same people as with "'s"."""
    assert people_of(text) == expected == people_of(text.replace("‘", "'"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accents do not make another person
        ("Solène told reporters she was tired. Later Solene said she loved Paris.", {"Solène": ["Solene"]}),
        ("Tom Reed met Solène Marchetti in May. Solene Marchetti said she was happy.", None),
        # a short form of a one-word name is that person
        (
            "Yesterday Zendrika told fans she was pregnant. "
            "Zen and her husband are thrilled, and Zen said she cried.",
            {"Zendrika": ["Zen"]},
        ),
    ],
)
def test_one_person_under_accented_and_short_forms(text: str, expected: dict | None) -> None:
    people = people_of(text)
    if expected is None:
        assert len(people) == 2
    else:
        assert people == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first-and-last-name pair listed with sure full names
        ("Dan Weller, Rosa Ashford, and Freddie Quillon round out the cast.", "Freddie Quillon"),
        # a person noun in lower case right before the name
        (
            "It was inspired by an incident when American reality star Tiffany Quarrington "
            "mistakenly believed Gest had died.",
            "Tiffany Quarrington",
        ),
    ],
)
def test_syntax_marks_a_name_ner_missed(text: str, name: str) -> None:
    assert name in people_of(text)


def test_a_title_listed_with_a_first_name_is_no_name() -> None:
    people = people_of(
        "The movie is in the vein of Maid In Manhattan - a huge hit for Jennifer - and Working Girl."
    )
    assert "Working Girl" not in people


def test_a_person_noun_alone_is_no_name(nlp: Language) -> None:
    doc = _tagged(nlp, "The firm grew. President and C.O.O. Ana Ruiz says the classes are hard.", "President")
    assert "president" not in resolve_people(doc).people


def test_an_abbreviated_country_is_no_name() -> None:
    assert people_of("The 27-year-old US pop star Mia Cole released a video. Tom Reed agrees.") == {
        "Mia Cole": [],
        "Tom Reed": [],
    }


def test_one_part_of_a_double_surname_is_that_person() -> None:
    people = people_of(
        "“It works,” says Elaine Hartwell-Moss, who was once her agent. “She made me popular,” Hartwell says."
    )
    assert people == {"Elaine Hartwell-Moss": ["Hartwell"]}


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Mia Cole was seen without her 3.5-carat Darren Vail engagement ring.", "Darren Vail"),
        (
            "Wearing skinny jeans and high Christophe Marbeau boots, she is as glamorous as ever.",
            "Christophe Marbeau",
        ),
    ],
)
def test_a_name_only_ever_modifying_a_common_noun_is_a_brand(nlp: Language, text: str, brand: str) -> None:
    names = {p.name for p in resolve_people(_tagged(nlp, text, brand)).people.values()}
    assert brand not in names and names <= {"Mia Cole"}  # the subject, untagged here, may be found


def test_a_name_in_a_short_quotation_without_speech_punctuation_is_a_title() -> None:
    assert "Dawson" not in people_of("Tom Reed talks about playing Joey on 'Dawson's Creek' in an interview.")


def test_a_name_opening_a_quoted_sentence_is_a_person() -> None:
    assert "Tom" in people_of('"Tom is amazing," Lea Moss said.')


def test_two_names_joined_by_a_slash_are_two_people(nlp: Language) -> None:
    text = "Another picture suggests that Tom Reed/Ana Ruiz are back together."
    assert set(resolve_people(_tagged(nlp, text, "Tom Reed/Ana Ruiz")).people) == {"tom reed", "ana ruiz"}


def test_as_opening_a_clause_is_no_character_slot() -> None:
    people = people_of(
        "Queen Ana died in 1927, and her son Pavel ascended the throne as Pavel Dorescu "
        "then returned to Romania."
    )
    assert "Pavel Dorescu" in people


def test_a_one_word_name_with_a_who_clause_is_a_person() -> None:
    people = people_of(
        "Rhymequest, who has co-written West tracks for years, announced in February that he was done."
    )
    assert "Rhymequest" in people


def test_a_platform_feature_is_no_name() -> None:
    assert people_of("Tom Reed took fans along for the ride on his Instagram Story. Later he went home.") == {
        "Tom Reed": []
    }


def test_hollywood_is_no_person(nlp: Language) -> None:
    doc = _tagged(nlp, "Mia Cole became one of Hollywood's most adored young stars.", "Hollywood")
    assert {p.name for p in resolve_people(doc).people.values()} <= {"Mia Cole"}


def test_a_full_name_before_a_bracketed_name_may_be_the_actor() -> None:
    people = people_of(
        "The film may reunite Lea Moss with her former beau, Tom Reed (Edward Vance). "
        "Moss said no to a film with Reed."
    )
    assert "Tom Reed" in people


def test_a_one_word_name_before_a_bracketed_actor_is_a_character() -> None:
    people = people_of(
        "En route, he acquires Zev (Tom Reed), the brother of one of the thieves. "
        "Later Zev runs away, and Tom Reed smiles."
    )
    assert people == {"Tom Reed": []}


def test_a_possessive_name_before_day_is_a_holiday() -> None:
    assert people_of(
        "Mia Cole danced around questions about spending Valentine's Day with someone special."
    ) == {"Mia Cole": []}


def test_a_title_cased_first_line_is_a_headline_even_with_final_punctuation() -> None:
    people = people_of(
        "Dream Scenario? Lena Marsh Wants To Adopt Her Niece!\n\n"
        "Lena Marsh has formed a bond with her niece, she told her brother Tom Marsh.\n"
    )
    assert people == {"Lena Marsh": [], "Tom Marsh": []}


@pytest.mark.parametrize("name", ["Corinna", "Odalys"])
def test_a_one_word_name_after_a_person_noun_is_a_person(name: str) -> None:
    text = f"Reed - who has two daughters, 23-year-old model {name} and eight-year-old Analise - sings."
    assert name in people_of(text)


def test_a_person_noun_inside_a_hyphenated_adjective_marks_no_name() -> None:
    assert people_of("Tom Reed was found dead in a five-star London hotel.") == {"Tom Reed": []}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Heartbroken Jessica Marlowe Runs For The Border", "Jessica Marlowe"),
        ("Inside Jessica Marlowe Home", "Jessica Marlowe"),
        ("Jessica Marlowe", "Jessica Marlowe"),
        ("Heartbroken Star Runs Away", None),
    ],
)
def test_a_headline_name_with_words_glued_on_is_the_body_full_name(
    nlp: Language, headline: str, expected: str | None
) -> None:
    from newsfacts.people_headlines import body_name_inside

    doc = nlp(headline)
    found = body_name_inside(doc[:], {"jessica marlowe", "tom reed"})
    assert (found.text if found is not None else None) == expected


def test_a_headline_after_blank_lines_is_the_title() -> None:
    from newsfacts.load import guess_title

    assert (
        guess_title("\n\n  Ana Ruiz Weds Tom Reed\n\nThe couple wed on Friday.", 0)
        == "Ana Ruiz Weds Tom Reed"
    )
