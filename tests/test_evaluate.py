"""The scorer's title match: whole words, folded, a leading article ignored."""

from __future__ import annotations

import pytest

from newsfacts.evaluate import same_title


@pytest.mark.parametrize(
    ("gold", "system"),
    [
        ("The Night Garden", "Night Garden"),
        ("Night Garden", "the night garden"),
        ("Paper Moons", "Paper Moons: The Reunion"),
        ("Café Nights", "Cafe Nights"),
        ("Harbor's Next Star", "Harbor’s Next Star"),  # straight and curly apostrophes fold alike
        ("Harbor’s Next Star", "Harbor's Next Star"),
    ],
)
def test_titles_that_match(gold: str, system: str) -> None:
    assert same_title(gold, system)


@pytest.mark.parametrize(
    ("gold", "system"),
    [
        ("Merry Winter", "E"),
        ("Starlight", "Star"),
        ("Paper Moons", "Paper Suns"),
        ("The Night Garden", "The"),
    ],
)
def test_titles_that_do_not_match(gold: str, system: str) -> None:
    assert not same_title(gold, system)
