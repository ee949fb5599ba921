"""A one-word name in a list that a plural child noun opens is a person even where NER tags it as
an organisation ("have daughters Ana and Ella"); a capitalised child noun inside an organisation's
name and a singular one before a dash open no such list."""

from __future__ import annotations

import pytest
from tests.helpers import children, run_text


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale and Lena Moss have daughters Ana and Ella.",
        "Tom Vale had daughters Natasha and Ella with Lena Moss.",
    ],
)
def test_every_name_of_a_child_list_is_a_child(text: str) -> None:
    kids = {child for _, child in children(text)}
    assert {"Ella"} <= kids


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss wanted to leave the Department of Children and Family Services.",
        "Lena Moss said she dressed like a boy - Timberlands, jeans, short hair.",
    ],
)
def test_no_list_without_a_plural_child_noun_in_lower_case(text: str) -> None:  # guard
    assert {p.name for p in run_text(text).people} == {"Lena Moss"}
