""" "X was married to A and B", "X has dated A, B and C": every person coordinated in the object is a
partner of the one subject; "X and Y married" stays one couple, and people after "in front of" are
none."""

from __future__ import annotations

from helpers import pairs


def test_married_to_two_in_turn() -> None:
    text = "Nora Kemp lives in Rome. She was previously married to producer Dan Reed and skater Sam Ortiz."
    assert pairs(text, "marriage") == [["Dan Reed", "Nora Kemp"], ["Nora Kemp", "Sam Ortiz"]]


def test_dated_three() -> None:
    assert pairs("Nora Kemp has dated Dan Reed, Sam Ortiz and Tom Vale.", "relationship") == [
        ["Dan Reed", "Nora Kemp"],
        ["Nora Kemp", "Sam Ortiz"],
        ["Nora Kemp", "Tom Vale"],
    ]


def test_witnesses_are_no_partners() -> None:
    assert pairs("Nora Kemp married Dan Reed in front of Sam Ortiz and Tom Vale.", "marriage") == [
        ["Dan Reed", "Nora Kemp"]
    ]
