"""A capitalised run that ends in the head noun of a studio, an event, an award or an estate is no
person, even where NER tags it one ("Lena Moss Films", "the Ana Ruiz Award", "Harbor Live")."""

from __future__ import annotations

import pytest
from tests.helpers import run_text


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The film was made by Tova Lind Films, the company Tova Lind runs.", "Tova Lind Films"),
        ("Tova Lind received the Jack Orr Memorial Award on Friday.", "Jack Orr Memorial Award"),
        ("Tova Lind performed at the Mega Concert in Leeds.", "Mega Concert"),
        ("Tova Lind spent Christmas at the Dunmore Estate.", "Dunmore Estate"),
    ],
)
def test_no_person_ends_in_a_thing_noun(text: str, thing: str) -> None:
    assert thing not in {p.name for p in run_text(text).people}
