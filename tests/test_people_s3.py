"""People resolution, round 3: general rules, tested on sentences written for the tests."""

from __future__ import annotations

import pytest

from helpers import run_text


def people_of(text: str) -> dict[str, list[str]]:
    r = run_text(text)
    return {p.name: sorted(p.aliases) for p in r.people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There's only one Nadia Ferrow, but there's only so long she can run the paper. "
            "Nadia told reporters she is tired.",
            {"Nadia Ferrow": ["Nadia"]},
        ),
        (
            "Is Nadia Ferrow grooming Dana Whitfield to take over? Nadia told reporters she is tired.",
            {"Nadia Ferrow": ["Nadia"], "Dana Whitfield": []},
        ),
        (
            "Lena Marsh sat beside Ivy Tollandine at dinner. Ivy told reporters she loved it.",
            {"Lena Marsh": [], "Ivy Tollandine": ["Ivy"]},
        ),
    ],
)
def test_one_word_person_takes_the_full_name_ner_missed(text: str, expected: dict[str, list[str]]) -> None:
    """A one-word person's name opening a capitalised run the NER did not tag: the run is the full name."""
    assert people_of(text) == expected


def test_full_name_run_stops_at_an_organisation_word() -> None:
    people = people_of(
        "There's only one Nadia Ferrow Foundation, and it is growing. Nadia told reporters she is tired."
    )
    assert "Nadia Ferrow Foundation" not in people


@pytest.mark.parametrize(
    ("text", "character"),
    [
        # a character coordinated with one in a character slot, named again later in a plot summary
        (
            "Omar Sayed and Lea Moss, who played Jonty and Marisol on the sitcom, were close. "
            "Later Jonty kissed Marisol in the finale.",
            "Marisol",
        ),
        # a description between the cue and the name; the character is named again without a cue
        (
            "Omar Sayed was first cast as teenage wizard Corvin Ashdale in the saga. "
            "Corvin Ashdale made him famous.",
            "Corvin Ashdale",
        ),
        ("Lea Moss plays NYPD detective Harla Quint on the show, and Harla Quint is tough.", "Harla Quint"),
    ],
)
def test_a_character_is_no_person_in_any_mention(text: str, character: str) -> None:
    people = people_of(text)
    assert character not in people
    assert "Omar Sayed" in people or "Lea Moss" in people
