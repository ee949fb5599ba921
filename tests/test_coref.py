"""Coreference: who "he", "her", "they", "the couple" and "the star" are, on sentences written
for the tests (invented names and titles)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import cast_of, refers, run_text
from newsfacts import lexicon as lx
from newsfacts.context import Ctx
from newsfacts.people import resolve_people


def genders(nlp: Language, text: str) -> dict[str, str | None]:
    cast, _ = cast_of(nlp, text)
    return {p.name: p.gender for p in cast.people.values()}


def test_given_name_lexicon_is_package_data() -> None:
    assert lx.given_name_gender("Olivia") == "female"
    assert lx.given_name_gender("marcus") == "male"
    assert lx.given_name_gender("Taylor") is None  # shared by both sexes: no prior


def test_a_first_name_gives_a_prior_gender(nlp: Language) -> None:
    g = genders(nlp, "Marcus Delvine and Olivia Brandt arrived at the gala in Ohio on Friday.")
    assert g == {"Marcus Delvine": "male", "Olivia Brandt": "female"}


def test_the_prior_lets_her_skip_a_man_named_later(nlp: Language) -> None:
    text = "Olivia Brandt filed the papers. Her lawyer, Marcus Delvine, spoke to reporters as she left court."
    assert refers(nlp, text, "she") == ["Olivia Brandt"]


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        # "actor" is weak evidence: the kinship noun before it decides
        ("Tom Pell arrived with his wife and actor Zorinde Vetch on Monday.", "Zorinde Vetch", "female"),
        # a noun past "or" is someone else's
        (
            "Carrow Fenn is not close with Zorinde Vetch, or her husband, who are friends of Tom.",
            "Zorinde Vetch",
            None,
        ),
        # "the actress and X": two people
        ("The 49-year-old actress and Quillan Moder tied the knot in July 2002.", "Quillan Moder", None),
    ],
)
def test_gender_cues_belong_to_the_name(nlp: Language, text: str, name: str, gender: str | None) -> None:
    assert genders(nlp, text).get(name) == gender


def test_a_description_takes_the_sex_of_a_pronoun_after_it(nlp: Language) -> None:
    text = (
        "Zorinde Vetch and Tomas Pell were at the party. Tomas Pell left early. "
        "The former Paper Sky singer was a party animal in her youth."
    )
    assert refers(nlp, text, "singer") == ["Zorinde Vetch"]


def test_a_title_holding_a_first_name_is_that_persons(nlp: Language) -> None:
    text = (
        "Olivia Brandt hosts a cooking show. Tomas Pell, a boxer, will agree to a test but wants the "
        '"Brunch with Olivia" starlet to visit him in Ohio.'
    )
    assert refers(nlp, text, "starlet") == ["Olivia Brandt"]


def test_pronoun_prefers_the_article_subject_over_a_name_in_passing(nlp: Language) -> None:
    text = (
        "Olivia Brandt opened her new restaurant. Olivia Brandt greeted every guest. "
        "Olivia Brandt said the menu was her own. "
        "The room was decorated by actress Ellen Marsh, among others. "
        "The food was praised. Later that night, she thanked the staff."
    )
    assert refers(nlp, text, "she") == ["Olivia Brandt"]


def test_spouse_noun_after_a_possessive_makes_a_couple(nlp: Language) -> None:
    text = (
        "Maren Quist and Dolly Ferrow shared a table. Olivia Brandt arrived later. "
        "Her ex-husband, Tomas Pell, was in court on Monday. They split in 2006."
    )
    assert refers(nlp, text, "They") == ["Olivia Brandt", "Tomas Pell"]


def test_listed_siblings_are_no_couple(nlp: Language) -> None:
    text = (
        "Marcus Delvine and Zorinde Vetch married in 2010. "
        "They have twins, Kipper Delvine and Lolly Delvine. "
        "The couple live in Ohio."
    )
    assert refers(nlp, text, "couple") == ["Marcus Delvine", "Zorinde Vetch"]


def test_photo_caption_names_are_two_people(nlp: Language) -> None:
    """NER reads a caption line "A B C D Getty Images" as one name; it is two people."""
    text = (
        "Marcus Delvine and Olivia Brandt split after ten years, a source said.\n\n"
        "Marcus Delvine Olivia Brandt Getty Images\n\n"
        "Marcus Delvine moved out in May."
    )
    doc = nlp(text)
    line = text.index("Marcus Delvine Olivia")
    doc.ents = [
        *(e for e in doc.ents if e.label_ == "PERSON" and not line <= e.start_char < line + 30),
        doc.char_span(line, line + len("Marcus Delvine Olivia Brandt"), label="PERSON"),
    ]
    assert {p.name for p in resolve_people(doc).people.values()} == {"Marcus Delvine", "Olivia Brandt"}


def test_a_former_name_is_an_alias() -> None:
    text = "Kris Vell later married athlete Caitlyn Vell, then known as Bruce Vell, in 1991. Caitlyn spoke."
    people = {p.name: sorted(p.aliases) for p in run_text(text).people}
    assert "Bruce Vell" not in people
    assert "Bruce Vell" in people.get("Caitlyn Vell", [])


def test_a_title_before_a_nickname_is_the_one_word_name(nlp: Language) -> None:
    text = "Zanelle sang at the gala on Friday. Fans said Queen Zan was radiant."
    doc = nlp(text)
    doc.ents = [
        doc.char_span(m, m + len(w), label="PERSON")
        for w, m in (("Zanelle", 0), ("Queen Zan", text.index("Queen")))
    ]
    people = {p.name: sorted(p.aliases) for p in resolve_people(doc).people.values()}
    assert people == {"Zanelle": ["Queen Zan"]}


def test_a_reduced_relative_has_its_own_subject(nlp: Language) -> None:
    """ "X, the son Y adopted while married to Z": Y is the one who adopted (and was married)."""
    text = "The ruling allowed David Banner, the son Olivia adopted while married to Tomas Pell, to visit."
    cast, doc = cast_of(nlp, text)
    ctx = Ctx(article="t", doc=doc, cast=cast, anchor=None, timexes=[])  # type: ignore[arg-type]
    married = next(t for t in doc if t.text == "married")  # type: ignore[attr-defined]
    assert [cast.people[k].name for k in ctx.subjects(married)] == ["Olivia"]


def test_a_photo_credit_is_no_person(nlp: Language) -> None:
    """NER may tag "Photo Credit" as a person; a run with a credit or agency word is no name."""
    text = "Tomas Pell in 2015. (Photo Credit: Getty Images) The actress and Tomas Pell wed in 2002."
    doc = nlp(text)
    at = text.index("Photo")
    doc.ents = [doc.char_span(at, at + len("Photo Credit"), label="PERSON")]
    assert "photo credit" not in resolve_people(doc).people


def test_his_on_a_noun_coordinated_with_a_name_is_that_names(nlp: Language) -> None:
    """ "the third child of X and his wife Y": "his" is X's, not the article's subject's (even when
    X's sex is unknown and the subject's is known)."""
    text = "Marcus Delvine was a dealer. He was born, the third child of Zorvik Bernholt and his wife Sarah."
    doc = nlp(text)
    doc.ents = [
        doc.char_span(text.index(n), text.index(n) + len(n), label="PERSON")
        for n in ("Marcus Delvine", "Zorvik Bernholt", "Sarah")
    ]
    cast = resolve_people(doc)
    his = next(t for t in doc if t.text == "his")
    assert [cast.people[k].name for k in cast.at(his)] == ["Zorvik Bernholt"]


def test_a_subject_pronoun_under_a_prepositional_clause_is_the_enclosing_subject(nlp: Language) -> None:
    """ "since becoming a mom to her daughter D after she and T split": the "she" of the clause inside
    "since …" is the speaker, not the nearer daughter."""
    text = (
        "Olivia Brandt raised her girl alone. Brandt says she has grown since becoming a single mom to "
        "her daughter Mia after she and Marcus Delvine split in 2001."
    )
    assert refers(nlp, text, "she", 1) == ["Olivia Brandt"]


def test_a_child_the_article_gives_an_age_is_no_star_and_no_parent(nlp: Language) -> None:
    """ "the Harbor Lights star" and "his daughter" do not mean the star's son, 4."""
    text = (
        "Marcus Delvine took his son Jonas, 4, to the park. Later the Harbor Lights star spoke of "
        "his daughter, Ivy, 3."
    )
    assert refers(nlp, text, "star") != ["Jonas"]
    assert refers(nlp, text, "his", 1) != ["Jonas"]
