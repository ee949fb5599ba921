"""Sport positions no other trade uses ("punter", "linebacker", "winger") are role nouns after a team's
name ("Oakland Raiders punter Marcus Kane") and in apposition ("a punter for the X")."""

from __future__ import annotations

import pytest
from tests.helpers import projects


@pytest.mark.parametrize(
    "text",
    [
        "Was she seeing Harbor City Raiders punter Marcus Kane?",
        "Marcus Kane, a punter for the Harbor City Raiders, scored.",
        "She met Harbor City Raiders linebacker Marcus Kane at a party.",
    ],
)
def test_a_sport_position_ties_the_player_to_the_team(text: str) -> None:
    assert ("Marcus Kane", "Harbor City Raiders") in projects(text)
