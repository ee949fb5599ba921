"""Names met only in a slot a label fills are brands, not people: right before goods the label makes
("Dana Cole socks", "Dana Cole's Silver Girl line"), after a company noun ("fashion giant Vantelli"),
after "the new face of"; a name joined to a company tail ("Tom Pell and Co.") is a company.
Invented sentences; each positive test fails without its rule."""

from __future__ import annotations

from spacy.language import Language

from helpers import cast_of


def people(nlp: Language, text: str) -> list[str]:
    cast, _ = cast_of(nlp, text)
    return sorted(p.name for p in cast.people.values())


def test_a_name_before_goods_is_a_label(nlp: Language) -> None:
    text = "I posted one pair of Dana Cole socks weeks ago and now Lena Moss is furious."
    assert people(nlp, text) == ["Lena Moss"]


def test_a_name_owning_a_named_line_is_a_label(nlp: Language) -> None:
    text = "Lena Moss is marketing a range of shoes for Dana Cole's Silver Girl line."
    assert people(nlp, text) == ["Lena Moss"]


def test_a_name_after_a_company_noun_is_a_label(nlp: Language) -> None:
    text = "Last month fashion giant Vantelli was considering using Tom Vale as its new face."
    assert people(nlp, text) == ["Tom Vale"]


def test_the_face_of_a_name_is_a_label(nlp: Language) -> None:
    text = "Lena Moss was named the new face of Dana Cole last week."
    assert people(nlp, text) == ["Lena Moss"]


def test_a_name_with_a_company_tail_is_a_company(nlp: Language) -> None:
    text = "Lena Moss paired the dress with a sophisticated Tom Pell and Co. hat."
    assert people(nlp, text) == ["Lena Moss"]


def test_a_designer_who_acts_stays_a_person(nlp: Language) -> None:
    """Guard: a name before goods is still a person's when another mention shows the person acting."""
    text = "Dana Cole launched her new line in May. Lena Moss wore a Dana Cole gown to the gala."
    assert people(nlp, text) == ["Dana Cole", "Lena Moss"]


def test_a_lawsuit_is_no_garment(nlp: Language) -> None:
    """Guard: "X's suit" is a lawsuit as often as a garment; the owner stays a person."""
    text = "The lawsuit was settled. Photographer Ana Ruiz's suit claimed she was mistreated."
    assert people(nlp, text) == ["Ana Ruiz"]


def test_the_labels_a_fashion_show_is_for_are_labels(nlp: Language) -> None:
    text = (
        "While Lena Moss headed to fashion shows for Lanto and Dana Cole earlier in the week, "
        "Tom Vale rested."
    )
    assert people(nlp, text) == ["Lena Moss", "Tom Vale"]
