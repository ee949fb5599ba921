"""Who is who inside one article: general rules, tested on sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import run_text


def people_of(text: str) -> dict[str, list[str]]:
    r = run_text(text)
    return {p.name: p.aliases for p in r.people}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # first name / surname / nickname join the full name
        (
            "Rebecca Thornton arrived late. Rebecca said she was tired, and Thornton left early.",
            {"Rebecca Thornton": ["Rebecca", "Thornton"]},
            [],
        ),
        (
            "Benjamin Okafor and his wife Lena Okafor attended. Later Ben thanked the crowd.",
            {"Benjamin Okafor": ["Ben"], "Lena Okafor": []},
            [],
        ),
        # an award, a title and a single letter are not people
        (
            "The Oscar-winning actress Dana Whitfield stars in the film Harbor Lights.",
            {"Dana Whitfield": []},
            ["Oscar"],
        ),
        # a child's name that NER takes for a place is a person in a kinship slot
        ("Marco Reyes and his wife Ines Reyes live with their daughter Valencia.", {"Valencia": []}, []),
        # a first name coordinated with a full name shares its surname
        ("Tessa and Lara Brandt posed with their mother.", {"Tessa Brandt": [], "Lara Brandt": []}, []),
        # fictional characters are not people
        (
            "Omar Sayed played Johnny Castle in the remake, and he starred as Max Dane in a sequel.",
            {"Omar Sayed": []},
            ["Johnny Castle", "Max Dane"],
        ),
        # a lone capitalised word needs person evidence
        (
            "Tina Marsh told Radar that she loves Pilates.",
            {"Tina Marsh": []},
            ["Radar", "Pilates"],
        ),
        # a title after a work noun or a team before a role noun is no person, even beside a name
        (
            "Mia Cole plugs her album Velvetz and Tom Reed promotes his film.",
            {"Mia Cole": [], "Tom Reed": []},
            ["Velvetz"],
        ),
        ("Her boyfriend, Ohio Hawks player Tom Reed, smiled.", {"Tom Reed": []}, ["Ohio Hawks"]),
        # a spaced dash ends a name
        ("Ava Lind - Tom Reyes's daughter - started school.", {"Ava Lind": []}, ["Ava Lind - Tom Reyes"]),
        # "X and <name>": coordination with a known person
        ("Priya Natarajan and Seal were seen together on Sunday.", {"Seal": [], "Priya Natarajan": []}, []),
    ],
)
def test_people_resolution(text: str, expected: dict[str, list[str]], absent: list[str]) -> None:
    got = people_of(text)
    for name, aliases in expected.items():
        assert name in got, f"{name} missing from {sorted(got)}"
        for a in aliases:
            assert a in got[name], f"{a} is not an alias of {name}: {got[name]}"
    for name in absent:
        assert name not in got


def test_people_with_shared_surname_stay_apart() -> None:
    got = people_of("Ray Holt and his ex-wife Dana Holt met their son Eli Holt. Holt said little.")
    assert {"Ray Holt", "Dana Holt", "Eli Holt"} <= set(got)


def test_headline_words_are_not_people() -> None:
    text = (
        "Mara Quinn Jealous Of Sister's Success\n\nMara Quinn spoke to reporters on Friday about her sister."
    )
    got = people_of(text)
    assert "Mara Quinn" in got
    assert not any("Jealous" in n for n in got)


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Tomas Berg arrived at noon. He said the trip was long.", "Tomas Berg", "male"),
        ("Maria Gonzalez, an award-winning actress, waved to fans.", "Maria Gonzalez", "female"),
        ("Kira Dunn and her husband, producer Omar Sayed, left early.", "Omar Sayed", "male"),
    ],
)
def test_gender_from_text_cues(text: str, name: str, gender: str) -> None:
    r = run_text(text)
    assert {p.name: p.gender for p in r.people}[name] == gender


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Sofia Marquez Lind", "Marquez Lind", True),  # a double surname alone
        ("Benjamin Okafor", "Ben Okafor", True),  # nickname + same surname
        ("Kim Adeyemi", "Kim Adeyemi West", True),  # a name that grows
        ("Kevin Hart", "Torrei Hart", False),  # shared surname, different people
        ("Kim Kardashian", "Khloe Kardashian", False),
    ],
)
def test_name_clustering_rules(first: str, second: str, same: bool) -> None:
    from newsfacts.people import _Clusterer

    cl = _Clusterer()
    assert (cl.add_full(first, 0) == cl.add_full(second, 5)) is same


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        # the pronoun subject of the named subject's complement clause, before any other name
        ("Lena Park denies she had an affair with Tom Reed.", "Lena Park", "female"),
        # a pronoun inside a quotation is the speaker's business, not the previous subject's
        # (a first name of no usual sex, so that only the pronouns could decide)
        (
            "Kim Park arrived in Ohio in 2003.\n\n'He told me everything. He was kind.'",
            "Kim Park",
            None,
        ),
    ],
)
def test_gender_from_pronouns(text: str, name: str, gender: str | None) -> None:
    people = {p.name: p.gender for p in run_text(text).people}
    assert people[name] == gender


def test_a_first_name_ner_took_for_a_place_joins_the_surname(nlp: Language) -> None:
    from spacy.tokens import Span

    from newsfacts.people_name_runs import with_first_name

    doc = nlp("Fans cheered when Savannah Reed took the stage.")
    i = [t.text for t in doc].index("Savannah")
    doc.ents = [Span(doc, i, i + 1, "GPE"), Span(doc, i + 1, i + 2, "PERSON")]
    assert with_first_name(doc[i + 1 : i + 2]).text == "Savannah Reed"
    doc = nlp("Fans cheered when Detective Reed took the stage.")
    i = [t.text for t in doc].index("Detective")
    doc.ents = [Span(doc, i + 1, i + 2, "PERSON")]  # no label, and a title of office: left alone
    assert with_first_name(doc[i + 1 : i + 2]).text == "Reed"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a descriptor with its own compound between the kinship noun and the name
        (
            "Margot Quill met her current boyfriend, film director Tom Ackerley, on set.",
            "relationship",
            [["Margot Quill", "Tom Ackerley"]],
        ),
        # a plain description continues the previous sentence's subject, however often others were named
        # (a subject of no known sex: "Kim")
        (
            "Mia Cole sang. Mia Cole danced. Mia Cole left. Kim Reed was moved to tears by Mia Cole's song. "
            "The pop star later married Ana Ruiz.",
            "marriage",
            [["Ana Ruiz", "Kim Reed"]],
        ),
        # "daughters X and Y" makes X female, so "his" later in the sentence is not X
        (
            "In 2008 Tom Ackerley's marriage to Lena Park, with whom he had daughters Nina and Ella, "
            "broke up, due to his relationship with Mia Cole.",
            "relationship",
            [["Mia Cole", "Tom Ackerley"]],
        ),
    ],
)
def test_couples_through_people_resolution(text: str, kind: str, expected: list[list[str]]) -> None:
    from helpers import facts_of

    assert sorted(f["people"] for f in facts_of(run_text(text), kind)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marisol says she and her husband are still great friends.", True),  # a one-word speaker, then "she"
        ("Variety says it will publish the letter on Monday.", False),  # an outlet "says" too, but is "it"
        ("Getty Images said the photo was taken on Monday.", False),
    ],
)
def test_a_one_word_speaker_taken_up_by_he_or_she_is_a_person(
    nlp: Language, text: str, expected: bool
) -> None:
    from newsfacts.people_person_slots import person_slot

    doc = nlp(text)
    assert person_slot(doc, doc[0:1], {}, {}) is expected


def test_the_tail_of_a_known_name_under_another_label_is_that_person(nlp: Language) -> None:
    from spacy.tokens import Span

    from newsfacts.people import resolve_people

    doc = nlp("Kim Ruiz Lee arrived. This will be the third child for Ruiz Lee and her husband.")
    words = [t.text for t in doc]
    second = words.index("Ruiz", 2)
    doc.ents = [Span(doc, 0, 3, "PERSON"), Span(doc, second, second + 2, "LOC")]
    assert resolve_people(doc).at(second) == ("kim ruiz lee",)


@pytest.mark.parametrize(
    ("text", "span_text", "expected"),
    [
        # a job abbreviation or a demonstrative before a name is not part of it; initials are
        ("The company's C.O.O. Jonathan Reyes spoke first.", "C.O.O. Jonathan Reyes", "Jonathan Reyes"),
        ("Fans shared Those Harry Lane photos.", "Those Harry Lane", "Harry Lane"),
        ("O.J. Marsh spoke to the court on Monday.", "O.J. Marsh", "O.J. Marsh"),
        # a stage name with "The" keeps it, also at the start of a sentence
        ("The Weeknd said nothing.", "The Weeknd", "The Weeknd"),
    ],
)
def test_trim_name_edges(nlp: Language, text: str, span_text: str, expected: str) -> None:
    from spacy.tokens import Span

    from newsfacts.people_name_spans import trim

    doc = nlp(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert span is not None
    assert trim(Span(doc, span.start, span.end, "PERSON")).text == expected
