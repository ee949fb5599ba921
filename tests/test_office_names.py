"""A capitalised office with no name in it ("The First Lady", "the Prime Minister") is nobody's name;
a name with an office word in it stays one ("her son Prince Leo")."""

from __future__ import annotations

from helpers import names, run_text


def people(text: str) -> set[str]:
    return set(names(run_text(text)).values())


def test_office_alone_is_no_person() -> None:
    text = 'Nora Kemp wrote: "What a dream it is for Mr. President Ortiz and The First Lady to invite me."'
    assert not any("First Lady" in p for p in people(text))


def test_office_words_inside_a_name_stay() -> None:
    assert "Prince Leo" in people("Nora Kemp visited the school with her son Prince Leo.")
