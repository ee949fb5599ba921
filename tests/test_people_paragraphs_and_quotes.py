"""Who-is-who across paragraph breaks and quotations: a blank line always starts a sentence (a headline
is not run into the first sentence of the body), and a quotation that names nobody is the speaker's turn
going on, so a pronoun after it still takes up the speaker."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from helpers import names, pairs, projects, refers, run_text
from newsfacts.paragraphs import mark_paragraphs, paragraph_starts
from newsfacts.people import resolve_people

HEADLINES = [
    "LENA MOSS HINTS AT HARBOR LIGHTS REUNION\n\nLena Moss is making fans very happy!",
    "Tom Vale Says 'Never Again'\n\nTom Vale married Ana Ruiz in 2010.",
    "Lena Moss And Tom Vale Reunite On 'Blue Harbor'\n\nTom Vale and Lena Moss were seen together.",
    "Why Lena Moss Quit The Show\n\nTom Vale married Ana Ruiz in 2010.",
]


@pytest.mark.parametrize("text", HEADLINES)
def test_a_blank_line_starts_a_sentence(nlp, text: str) -> None:
    doc = nlp(text)
    body = text.index("\n\n") + 2
    assert any(s.start_char == body for s in doc.sents)


def test_the_paragraph_keeps_its_first_two_words_together(nlp) -> None:
    doc = mark_paragraphs(nlp.make_doc("EXCLUSIVE: TOM VALE SPLIT\n\nTom Vale and Ana Ruiz split."))
    tom = next(t for t in doc if t.text == "Tom")
    assert tom.is_sent_start is True
    assert doc[tom.i + 1].is_sent_start is False  # no "Tom | Vale and Ana Ruiz …"


def test_paragraph_starts_reads_only_blank_lines(nlp) -> None:
    doc = nlp.make_doc("One line\nnext line\n\nNew paragraph.")
    assert [doc[i].text for i in paragraph_starts(doc)] == ["New"]


def test_a_line_wrapped_inside_a_sentence_is_no_paragraph(nlp) -> None:
    doc = nlp.make_doc("She has not had a\n\n boyfriend since she was a teen.\n\nShe said so.")
    assert [doc[i].text for i in paragraph_starts(doc)] == ["She"]


def test_the_headline_gives_no_fact_of_its_own() -> None:
    text = "Lena Moss And Tom Vale Reunite On The Set Of 'Blue Harbor'\n\nTom Vale married Ana Ruiz in 2010."
    assert pairs(text, "marriage") == [["Ana Ruiz", "Tom Vale"]]


def test_a_pronoun_after_a_quotation_takes_up_the_speaker(nlp) -> None:
    text = (
        "Ben Cole has sold out arenas. Ben Cole said his tour was his best. Ben Cole thanked his fans.\n\n"
        "Tom Vale, a singer, has been open about his health.\n\n"
        '"At that time, nobody talked about it," he said in 2014. "Years ago, it was just, \'Deal with it.\''
        ' Nobody cared."\n\n'
        "In another interview, he told a host that his album was personal."
    )
    assert refers(nlp, text, "he", 1) == ["Tom Vale"]


def test_a_pronoun_after_a_preposition_is_not_its_verbs_subject(nlp) -> None:
    text = "Tom Vale has a son, Sam Vale. Tom Vale thought it was better for Sam to live with him."
    assert refers(nlp, text, "him") == ["Tom Vale"]


@pytest.mark.parametrize(
    "text",
    [
        "Headlines declared “Lena Moss Might Vote For Tom Vale.” Lena Moss denied it.",
        "In his column Tom Vale Reports on the show, Tom Vale calls it a hit.",
    ],
)
def test_a_capitalised_verb_is_not_glued_onto_a_name(text: str) -> None:
    glued = ("Might", "Vote", "Reports")
    assert not [n for n in names(run_text(text)).values() if any(w in n.split() for w in glued)]


def test_two_joined_descriptions_are_two_people_and_neither_is_guessed() -> None:
    text = (
        "Lena Moss may have broken Tom Vale's heart by dating fellow actor Sam Reed. "
        "The Blue Harbor star and the Iron Coast alum were spotted together on a beach."
    )
    assert projects(text) == []


def test_a_fact_checker_that_busts_a_story_in_a_joined_clause_is_no_person() -> None:
    text = (
        "Lena Moss is not pregnant. Rumor Cop looked over the matter and busted the magazine for making up "
        "the story about Lena Moss."
    )
    assert sorted(names(run_text(text)).values()) == ["Lena Moss"]


def test_a_headline_surname_glued_to_a_verb_is_no_first_and_last_name(nlp) -> None:
    """NER reads "Theron Break" in the headline as a name (set by hand here, as the small model does on
    such lines); the body gives "Ana Theron", so "Theron" is a surname, not a first name."""
    doc = nlp(
        "Did Ana Theron Break Tom Vale's Heart?\n\nAna Theron left Tom Vale. Photos show Theron with Sam Reed"
    )
    doc.ents = [Span(doc, 2, 4, "PERSON"), *(e for e in doc.ents if e.start > 8)]
    assert sorted(p.name for p in resolve_people(doc).people.values()) == [
        "Ana Theron",
        "Sam Reed",
        "Tom Vale",
    ]


def test_the_owner_of_the_subject_is_the_centre_a_pronoun_continues(nlp) -> None:
    text = (
        "Sam Reed has spoken about his health. He continues: 'I was scared.'\n\n"
        "Tom Vale's lyrics have caused alarm among some fans. For instance, on one song, he raps about pills."
    )
    assert refers(nlp, text, "he") == ["Tom Vale"]


def test_an_editors_bracket_completes_a_first_name() -> None:
    text = (
        "A source said: \"Glenn and Meryl [Reed]'s names were both mentioned a lot but after Meryl got so "
        'political at the awards, they dropped her." The show airs in May.'
    )
    assert "Meryl Reed" in names(run_text(text)).values()


def test_a_known_first_name_the_tagger_took_for_a_verb_opens_a_full_name(nlp) -> None:
    """ "nuptials to Egor Valbasov": the tagger reads "to Egor" as an infinitive and NER calls the name an
    organisation (both set as the small model does); "Egor" is a person elsewhere in the article."""
    doc = nlp("Lena Moss is planning her nuptials to Egor Valbasov this year. Egor, 30, is thrilled.")
    egor = [t.i for t in doc if t.text == "Egor"]
    doc.ents = [
        Span(doc, 0, 2, "PERSON"),
        Span(doc, egor[0], egor[0] + 2, "ORG"),
        Span(doc, egor[1], egor[1] + 1, "PERSON"),
    ]
    doc[egor[0]].pos_ = "VERB"
    assert sorted(p.name for p in resolve_people(doc).people.values()) == ["Egor Valbasov", "Lena Moss"]
