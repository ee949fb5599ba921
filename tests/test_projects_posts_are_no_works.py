"""A post's words are no work: "X wrote on Twitter: "Love you all."" (a colon after a speech verb opens
a quotation) and the social network it went out on is no title. A work noun before the colon still
opens a title ("wrote a memoir: "Title"")."""

from __future__ import annotations

import pytest
from tests.helpers import projects


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss wrote on Instagram: 'So proud of my husband Tom Vale.' Her fans loved it.",
        'Lena Moss wrote on Twitter: "Love you all."',
    ],
)
def test_a_post_gives_no_work(text: str) -> None:
    assert projects(text) == []


def test_a_work_noun_before_the_colon_opens_a_title() -> None:  # guard
    assert projects('Lena Moss wrote a memoir: "Harbor Lights".') == [("Lena Moss", "Harbor Lights")]
