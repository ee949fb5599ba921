""" "X and Y hooked up": a coordinated subject names both people of the romance; with a "with" phrase
that names nobody ("hooked up with two fans") or a subject of three there is no pair, and a thing hooked
up is no romance."""

from __future__ import annotations

from helpers import pairs


def test_coordinated_subject_hooked_up() -> None:
    got = pairs(
        "Rumours say that Nora Kemp and Colin Rudd secretly hooked up at a party in Lisbon.", "relationship"
    )
    assert got == [["Colin Rudd", "Nora Kemp"]]


def test_with_a_phrase_naming_nobody_is_no_pair() -> None:
    assert pairs("Nora Kemp and Colin Rudd hooked up with two fans after the show.", "relationship") == []


def test_hooked_up_a_thing() -> None:
    assert pairs("Nora Kemp and Colin Rudd hooked up the speakers before the show.", "relationship") == []


def test_a_group_that_hooked_up_is_no_pair() -> None:
    text = "Nora Kemp, Colin Rudd and Ada Lorne hooked up for a jam session in Lisbon."
    assert pairs(text, "relationship") == []


def test_hooked_up_to_make_a_work_is_no_romance() -> None:
    assert pairs("Nora Kemp hooked up with Colin Rudd to record a song.", "relationship") == []
    assert pairs("Nora Kemp hooked up with Colin Rudd for a new track.", "relationship") == []


def test_hooked_up_after_a_party_stays_a_romance() -> None:
    assert pairs("Nora Kemp hooked up with Colin Rudd after the party.", "relationship") == [
        ["Colin Rudd", "Nora Kemp"]
    ]
