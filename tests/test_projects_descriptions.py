"""Project facts from a description of a person that carries a title: "the <Title> star", "The
<Title> hitmaker has …", with no name after it. The who-is-who gives the description to a person;
the title is read before the role noun however the parser split it (as the sentence's subject, as
adjectives, as a clause, with the role noun misread as an adverb).

Every sentence is invented (names and titles); each positive case fails without the rule, each
negative case guards its edge."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-initial title the parser reads as the subject, the role noun hanging below it
        (
            "Tom Reed was seen in Rome. Tom Reed smiled. "
            "The Guardians of the Moon actor is a recent convert to a church in LA.",
            [("Tom Reed", "Guardians of the Moon")],
        ),
        # a title with a pronoun in it, parsed as a clause
        (
            "Mia Cole was seen in Paris on Friday. The Shake It Down hitmaker, who criticised "
            "streaming services, is said to have made a website.",
            [("Mia Cole", "Shake It Down")],
        ),
        # a title of adjectives
        (
            "Tom Reed was seen in Rome. Even so, the Dumb and Dumber star plans to go public with his "
            "theory.",
            [("Tom Reed", "Dumb and Dumber")],
        ),
        # a possessive pronoun before the description in its sentence points ahead to it: it does not
        # make its person "named in the sentence", whom the description could not mean
        (
            "Tom Reed was seen in Rome with Jane Hill on Friday. Tom Reed smiled. "
            "As is his style these days, the Kissing Rain hitmaker wore a red coat.",
            [("Tom Reed", "Kissing Rain")],
        ),
        # ... also inside a phrase before it in its own clause: no co-argument of the description
        (
            "Tom Reed was seen in Rome on Friday. Tom Reed smiled. "
            'In his latest interview, the "Paper Sky" singer said he was happy.',
            [("Tom Reed", "Paper Sky")],
        ),
        # a role noun the tagger reads as an adverb ("forward"), the team's name taken for the person
        (
            "Tom Reed was seen in Rome on Friday. Tom Reed smiled. "
            "The Ohio Hawks forward has two kids with Jane Hill, whom he dated for years.",
            [("Tom Reed", "Ohio Hawks")],
        ),
    ],
)
def test_title_inside_a_description(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two people named as often: the description could mean either, so it is not trusted
        "Tom Reed was seen in Rome. Mia Cole was seen in Paris. "
        "The Guardians of the Moon actor is a recent convert to a church in LA.",
        # a nationality is no title
        "Tom Reed was seen in Rome. The British actor is a recent convert to a church in LA.",
        # a run read backwards that ends on the role noun's own article is no title
        "Tom Reed was seen in Rome. Tom Reed smiled. "
        "Soon after, Jane was spotted at The Honor Bar in Beverly Hills with the actor.",
    ],
)
def test_description_without_a_title(text: str) -> None:
    assert projects(text) == []


@pytest.mark.parametrize(("noun", "pronoun"), [("alum", "he"), ("songstress", "she"), ("vocalist", "she")])
def test_more_descriptions_of_a_person(noun: str, pronoun: str) -> None:
    """ "the 'X' alum", "the 'X' songstress", "the 'X' vocalist" describe a person, as "the 'X' singer"."""
    name = "Tom Reed" if pronoun == "he" else "Mia Cole"
    text = (
        f'{name} was seen in Rome on Friday. {name} smiled. The "Night Desk" {noun} said {pronoun} was happy.'
    )
    assert projects(text) == [(name, "Night Desk")]


def test_crooner_is_a_singer() -> None:
    """ "crooner" is a role noun: "<Title> crooner X" ties X to the song."""
    assert projects("Kissing Rain crooner Tom Reed waited outside.") == [("Tom Reed", "Kissing Rain")]
