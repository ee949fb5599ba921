"""Across articles, a person's name spelt with or without accents, with a hyphen or a space, or with a
curly apostrophe is one person ("Renée Vale" = "Renee Vale", "Jay-Tee Moss" = "Jay Tee Moss")."""

from __future__ import annotations

from newsfacts.load import from_text
from newsfacts.pipeline import analyse_documents
from newsfacts.reconcile import reconcile


def _people(*texts: str) -> list[tuple[str, int]]:
    docs = [from_text(f" date 2017-06-0{i + 1} {t}", f"a{i}", f"a{i}") for i, t in enumerate(texts)]
    result = reconcile(list(analyse_documents(docs)))
    return sorted((p.name, len(p.articles)) for p in result.people)


def test_an_accent_does_not_split_a_person() -> None:
    people = _people(
        "Renée Vale married Tom Moss in 2010. Renée Vale is a singer.",
        "Renee Vale and Tom Moss were seen in Rome. Renee Vale smiled.",
    )
    assert [k for n, k in people if "Vale" in n] == [2]


def test_a_hyphen_or_a_space_does_not_split_a_person() -> None:
    people = _people(
        "The rapper Jay-Tee Moss married Lena Vale in 2010. Jay-Tee Moss is a producer.",
        "The rapper Jay Tee Moss and Lena Vale were seen in Rome. Jay Tee Moss smiled.",
    )
    assert [k for n, k in people if "Moss" in n] == [2]
