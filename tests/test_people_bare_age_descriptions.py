"""An age with no noun after it ("The 37-year-old directed …", "the 37-year-old's debut") stands for
a person, as "the actress" does: the one the article gave that age, else the latest subject."""

from helpers import projects


def test_bare_age_subject_is_the_person_of_that_age() -> None:
    text = (
        "Lena Moss, 37, was seen in Paris with Tom Vale, 41, on Sunday. "
        "The 37-year-old directed the film Paper Sky last year."
    )
    assert ("Lena Moss", "Paper Sky") in projects(text)
    assert ("Tom Vale", "Paper Sky") not in projects(text)


def test_bare_age_without_stated_age_continues_the_subject() -> None:
    text = "Lena Moss was seen in Paris on Sunday. The 37-year-old directed the film Paper Sky last year."
    assert ("Lena Moss", "Paper Sky") in projects(text)


def test_pda_after_possessive_is_no_title() -> None:
    text = "Lena Moss, 30, was seen in Paris on Sunday. The 30-year-old's PDA with Tom Vale stunned fans."
    assert projects(text) == []
