"""Project facts: title spans before a role noun, bands named by their players, a
possessive right before a quoted title.

Every sentence is invented (names and titles); each positive case fails without the rule it is named
for, and each negative case is a sentence the rule must not fire on."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role noun's own determiner opens the title, not a capitalised conjunction before it
        (
            "Mia Cole starred in a new film last year. "
            "While the Harbor Lights actress rested, her fans waited outside.",
            [("Mia Cole", "Harbor Lights")],
        ),
        # ... but a "the" inside the title, after a name word, stays in it
        ("Lord of the Hills star Tom Reed spoke to reporters.", [("Tom Reed", "Lord of the Hills")]),
        # a capitalised word the tagger reads as an adjective but the NER names is a title
        (
            "Tom Reed was seen with his Gigantic co-star Kate Miller.",
            [("Kate Miller", "Gigantic"), ("Tom Reed", "Gigantic")],
        ),
        # ... also as a plain modifier of a role noun that names nobody after it
        (
            "Tom Reed starred in a hit film. The Gigantic star's name was in the news again.",
            [("Tom Reed", "Gigantic")],
        ),
        # a nationality before a role noun is no title
        ("Tom Reed was seen with his British co-star Kate Miller.", []),
    ],
)
def test_title_before_role_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a player that exists only in a band names the band, which is no work
        "Tom Reed, former Velvet Lanes guitarist and a local hero, tweeted his thanks.",
        "Tom Reed, the Velvet Lanes drummer, tweeted his thanks.",
        # a singer "with" a name is in that band
        "Tom Reed, the broadcaster and singer with Velvet Lanes tweeted his thanks.",
    ],
)
def test_band_players_name_a_band(text: str) -> None:
    assert projects(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's possessive right before a quoted title credits the work, whatever the parse
        (
            "Mia Cole gave a moving testimonial to her children, in which she sings Tom Reed’s "
            "“I Hope You Stay.”",
            [("Tom Reed", "I Hope You Stay")],
        ),
        # a quoted name that modifies a noun is no work of the possessor
        ("Mia Cole's 'Silver Tide' video went viral overnight.", []),
        # "he's" is a verb
        ("Mia Cole met Tom Reed in May. She believes he's 'The One' for her.", []),
    ],
)
def test_possessive_before_quoted_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with other stars like Y and Z" on a verb of making: the listed names share the work
        (
            "Tom Reed is filming the movie Blue Harbor with other famous faces like Kate Miller and "
            "John Smith.",
            [("John Smith", "Blue Harbor"), ("Kate Miller", "Blue Harbor"), ("Tom Reed", "Blue Harbor")],
        ),
        # ... not on a verb of promoting
        (
            "Tom Reed promoted the movie Blue Harbor with other famous faces like Kate Miller.",
            [("Tom Reed", "Blue Harbor")],
        ),
    ],
)
def test_partners_given_as_examples(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unresolved "their": the doer of the verb above and the one "with" them
        (
            "Tom Reed sat down with Kate Miller on Monday to promote their new film, Blue Harbor.",
            [("Kate Miller", "Blue Harbor"), ("Tom Reed", "Blue Harbor")],
        ),
        # one person is no "their"
        ("Tom Reed met the fans to promote their new film, Blue Harbor.", []),
    ],
)
def test_their_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "got her start appearing on X" read with "start" as the subject: the possessor appeared
        (
            "Mia Cole is a famous singer now. She got her start appearing as a contestant on the third "
            "season of “Star Search.”",
            [("Mia Cole", "Star Search")],
        ),
        # a possessed noun that is not a career step is someone else
        ("Mia Cole is a famous singer now. Her mother appeared on “Star Search” in 1990.", []),
    ],
)
def test_career_noun_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a weekday after a show noun is when, not which show
        "Mia Cole filled in for Tom Reed on his late-night show Thursday.",
        # a capitalised role noun with "of" is a job title
        "The museum hired Kate Miller's Director of Archives, Tom Reed.",
        # "her role as X" with no work after it: X is a character
        "Mia Cole is reprising her role as Captain Blue for the new series.",
        # where an album is out is no work
        "Mia Cole said she will not allow her latest album on Tidewave Music.",
        # a medium word before a role noun makes the run a description
        "“He was kind to all of us.” Legendary TV producer Tom Reed died at 75 on Monday.",
        # a decade before a place is a time and a place
        "Tom Reed plays a detective in the film, a porn star in 1970s Los Angeles.",
        # a weekday after a platform is when the person wrote there
        "Mia Cole retweeted his message and also wrote on Instagram Friday that she was fine.",
        # a conjunction or pronoun after "her new album," starts the next clause
        "Mia Cole kept us waiting for her new album, But now it is out and it is worth it.",
        # a lone letter is a channel's initial, not a show
        "Mia Cole saved it all for the season premiere of E!'s big night.",
        # a post with a handle or hashtag is no title
        "The musician Tom Reed writes, “All Respect Due @MiaCole #Awards” on Monday.",
        # the cast of a show one interviews made the show, not the interviewer
        "In a Monday interview with the cast and creators of “Night Desk,” Mia Cole brought a fan along.",
        # a star on a walk of fame is an honour
        "In 2013, Mia Cole was granted a star on the Harbor Walk of Honor.",
        # "lead singer of X", "guitarist of X": X is a band
        "Tom Reed, lead singer of Velvet Lanes, was knighted on Monday.",
        "Tom Reed, the guitarist of Velvet Lanes, was knighted on Monday.",
    ],
)
def test_not_a_work(text: str) -> None:
    assert projects(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sketch of a show, right after its title (the tagger may call "sketch" a verb), ties the
        # subject to the show
        (
            "Mia Cole and Tom Reed were spotted in Rome. The couple were in a “Night Desk” sketch together.",
            [("Mia Cole", "Night Desk"), ("Tom Reed", "Night Desk")],
        ),
        # a noun of no work after the title ties nobody
        ("Mia Cole and Tom Reed were spotted in Rome. The couple were in a “Night Desk” mood.", []),
    ],
)
def test_work_life_noun_after_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "the show" after a verb of making: the one show the article named before
        (
            "Mia Cole is a judge on “Star Search.” Tom Reed, who joined the show in 2019, is a judge too.",
            [("Mia Cole", "Star Search"), ("Tom Reed", "Star Search")],
        ),
        # two shows named before: no guessing
        (
            "Mia Cole is a judge on “Star Search” and “Night Desk.” Tom Reed, who joined the show in 2019, "
            "is a judge too.",
            [("Mia Cole", "Night Desk"), ("Mia Cole", "Star Search")],
        ),
        # a hope is not a fact
        (
            "Mia Cole is a judge on “Star Search.” Producers hope Tom Reed will join the show next year.",
            [("Mia Cole", "Star Search")],
        ),
    ],
)
def test_back_link_to_the_only_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving a work says one was in it
        ("Tom Reed quit The Night Desk in 2019.", [("Tom Reed", "The Night Desk")]),
        (
            "Mia Cole has threatened that she will quit The Verdict as a result of the feud.",
            [("Mia Cole", "The Verdict")],
        ),
        (
            "Tom Reed is an actor. Fans worried he would back out of The Night Desk entirely.",
            [("Tom Reed", "The Night Desk")],
        ),
        # someone else taken out of a place
        ("Tom Reed pulled his daughter out of Harbor Academy last year.", []),
    ],
)
def test_leaving_a_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a fashion icon on X": a standing in a work
        (
            "Kate Miller thinks Mia Cole, a fashion icon on Harbor Lights, has what it takes.",
            [("Mia Cole", "Harbor Lights")],
        ),
        # a double space after the preposition does not hide the title
        ("Mia Cole, the host on  Harbor Lights, has what it takes.", [("Mia Cole", "Harbor Lights")]),
    ],
)
def test_role_noun_on_a_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stray space token after a possessive does not hide the title; "on Broadway" is where it runs
        (
            "The duo dined out before attending a revival of Tom Reed's\xa0The Price on Broadway, "
            "starring Kate Miller.",
            [("Tom Reed", "The Price")],
        ),
    ],
)
def test_title_after_space_and_before_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
