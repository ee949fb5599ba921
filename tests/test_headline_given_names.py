"""A headline name NER read as an organisation: a given name before the one word the body calls a
person by is that person's full name ("Paris Moss Never Actually Ordered …" / "Moss was unkind")."""

from __future__ import annotations

import pytest

from helpers import names, run_text

BODY = (
    "\n\nThe Internet loves to remind itself of Ann Ortiz's humble beginnings. "
    "Moss was unkind to Ortiz, Moss said."
)


def people(text: str) -> set[str]:
    return set(names(run_text(text)).values())


@pytest.mark.parametrize(
    "headline",
    [
        "Sorry, Paris Moss Never Actually Ordered Ann Ortiz Around On 'The Long Road'",
        "Paris Moss Never Actually Ordered Ann Ortiz Around",
    ],
)
def test_headline_given_name_completes_body_surname(headline: str) -> None:
    got = people(headline + BODY)
    assert "Paris Moss" in got and "Moss" not in got


def test_headline_word_that_is_no_given_name_is_not_joined() -> None:
    got = people("Inside Rosewood Moss Estate Revealed On Tuesday" + BODY)
    assert "Rosewood Moss" not in got
