"""A capitalised role or descriptor word that NER takes into a name ("Founder Ana Ruiz", "Olympians
Tia Vale and …") is a description, not the name's first word."""

from __future__ import annotations

import pytest
from tests.helpers import run_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The line-up includes Olympians Tia Vale and Nora Quill.", "Tia Vale"),
        ("Founder Ana Ruiz said the club would stay open.", "Ana Ruiz"),
        ("Gymnast Tia Vale won gold.", "Tia Vale"),
    ],
)
def test_the_role_word_is_not_part_of_the_name(text: str, name: str) -> None:
    assert name in {p.name for p in run_text(text).people}
