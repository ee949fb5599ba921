"""People NER misses or cuts short: a known first name acting as the subject of a verb inside a
sentence ("When Ana goes into labor"); a lone capital letter after a one-word name ("Jay Z"); a
headline word glued before a one-word name is not part of it ("Inside Ana's Baby Shower")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span
from tests.helpers import run_text

from newsfacts.people_mentions import candidates


def _names(text: str) -> set[str]:
    return {p.name for p in run_text(text).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("When Shania goes into labor, she'll have one very special helper by her side.", "Shania"),
        ("Before Kylie arrives at the party, the guests will have one special gift.", "Kylie"),
    ],
)
def test_a_first_name_acting_inside_a_sentence_is_a_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss was robbed in Paris in October and Kanye was taken to hospital a month later.",
        "Prince Tom visited the clinic, and the Duke arrived later.",
        "The Prince of Wales arrived, and Lena Moss greeted him.",
    ],
)
def test_months_and_titles_are_no_first_names(text: str) -> None:  # guard
    assert not _names(text) & {"October", "Duke", "Prince"}


def test_a_capital_letter_after_a_one_word_name_is_part_of_it() -> None:
    assert "Jay Z" in _names("The superstar and hubby Jay Z have agreed to help.")


def test_an_initial_before_a_surname_is_no_stage_letter() -> None:  # guard
    assert "Tom" not in _names("Tom W. Vale said he was happy.")


def test_a_headline_word_before_a_one_word_name_is_not_the_name() -> None:
    text = "Inside Beyoncé's baby shower\n\nBeyoncé partied. When Beyoncé arrived, she smiled."
    names = _names(text)
    assert "Beyoncé" in names and "Inside Beyoncé" not in names


def test_a_first_name_compounded_with_the_next_capitalised_word_takes_it(nlp: Language) -> None:
    # NER may tag only the first name ("Johnny/PERSON Depp"); the parser still makes it a compound
    doc = nlp("The actress and longtime love of Johnny Pell announced their separation in June.")
    first = next(t for t in doc if t.text == "Johnny")
    assert first.dep_ == "compound" and first.head.text == "Pell"
    doc.ents = [Span(doc, first.i, first.i + 1, label="PERSON")]
    sure, _ = candidates(doc)
    assert [s.text for s in sure] == ["Johnny Pell"]


def _headline_names(nlp: Language, headline: str, body: str, tagged: list[str]) -> list[str]:
    """The sure names ``candidates`` finds when NER tags exactly the runs in ``tagged`` as PERSON."""
    doc = nlp(f"{headline}\n\n{body}")
    spans = []
    for run in tagged:
        start = doc.text.find(run) if not spans else doc.text.find(run, spans[-1].end_char)
        spans.append(doc.char_span(start, start + len(run), label="PERSON"))
    doc.ents = spans
    sure, _ = candidates(doc, headline_end=len(headline))
    return [s.text for s in sure]


def test_a_headline_verb_after_a_first_name_is_no_surname(nlp: Language) -> None:
    headline = "Lena And Marco Silence Divorce Rumors"
    names = _headline_names(nlp, headline, "Marco shared a photo.", ["Marco Silence Divorce", "Marco"])
    assert "Marco Silence" not in names


def test_a_surname_after_a_first_name_in_the_headline_is_kept(nlp: Language) -> None:  # guard
    headline = "Marco Vale -- Back In The Studio"
    names = _headline_names(nlp, headline, "Marco shared a photo.", ["Marco Vale", "Marco"])
    assert "Marco Vale" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Next Marco kind of snapped after the awards.", "Marco"),
        ("Watch Andy and Jackie get an early Halloween fright below.", "Andy"),
    ],
)
def test_a_sentence_opener_is_not_a_first_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names and not any(n.endswith(" " + name) for n in names)
