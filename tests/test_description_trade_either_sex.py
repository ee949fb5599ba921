"""A trade noun of unknown sex ("the lawyer", "the musician") means the person the article called so right
at the name ("lawyer Mia Dunn"), whatever that person's sex (invented names)."""

from __future__ import annotations

from spacy.language import Language

from helpers import refers


def test_outsider_role_of_a_named_woman(nlp: Language) -> None:
    text = (
        "Tom Vale hired lawyer Mia Dunn after his split from Lena Moss. "
        "Vale won the first round in court on Friday. "
        "The lawyer says the ruling was fair."
    )
    assert refers(nlp, text, "lawyer", 1) == ["Mia Dunn"]


def test_trade_of_a_named_man_not_the_star(nlp: Language) -> None:
    text = (
        "Lena Moss celebrated her anniversary with a photo of her wedding. "
        "Thousands of fans left comments, including a post from musician Tom Vale. "
        "The musician shared a photo of the couple on Instagram."
    )
    assert refers(nlp, text, "musician", 1) == ["Tom Vale"]


def test_outsider_role_not_someone_named_before_it_in_its_sentence(nlp: Language) -> None:
    text = (
        "Lena Moss may leave the talent show next year. "
        "Fellow judge Mia Dunn confirmed that Moss is the only judge without a new deal."
    )
    assert "Mia Dunn" not in refers(nlp, text, "judge", 1)


def test_epithet_of_unknown_sex_means_whom_the_article_called_so(nlp: Language) -> None:
    text = (
        "Lena Moss sat down with talk show host Mia Dunn on Monday. "
        "Tom Vale was not at the show. Tom Vale was filming in London. "
        "The pair also talked about the wedding, with Moss telling the Late Hour host about the dress."
    )
    assert refers(nlp, text, "host", 1) == ["Mia Dunn"]
