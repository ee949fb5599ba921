"""Project facts, precision: headline capitals, bands, number-word titles, ventures and their heads.

Every sentence is invented (names and titles); each case fails without the rule it is named for."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a headline every word is capitalised: a possessive before capitals names no work
        (
            "Tom Reed's Hot Fling Cools Already\n\nTom Reed, 34, was seen in Paris with Mia Cole.",
            [],
        ),
        ("Tom Reed's New Fling Cools Down with Winter\n\nTom Reed, 34, was seen in Paris.", []),
        (
            "Tom Reed's Hot Fling Cools Already\n\nTom Reed, 34, promoted his new film, Blue Harbor.",
            [("Tom Reed", "Blue Harbor")],
        ),
        # a band is no work: the article calls it a band, or its "former singer", or "their" is its own
        ("Mia Cole met the former Velvet Kings singer Tom Reed in Paris.", []),
        ("Mia Cole met the former Harbor Kings star Tom Reed in Paris.", [("Tom Reed", "Harbor Kings")]),
        (
            "Mia Cole met Velvet Kings star Tom Reed. They met where Velvet Kings recorded their set for TV.",
            [],
        ),
        (
            "Mia Cole met Velvet Kings star Tom Reed. They met where Velvet Kings recorded a set for TV.",
            [("Tom Reed", "Velvet Kings")],
        ),
        ("Mia Cole met Velvet Kings star Tom Reed in Paris. His Velvet Kings bandmates were there.", []),
        ("Mia Cole met Velvet Kings star Tom Reed in Paris. He joined the band Velvet Kings in 2010.", []),
        # "his" that the pronoun resolution gives to someone of unknown gender is the subject's, known male
        (
            "Tom Reed is a father of two. He told host Ana Ruiz that his album, Silver Rain, was sad.",
            [("Tom Reed", "Silver Rain")],
        ),
        # a talk show's guest holds no part in it; its host does
        ("Mia Cole revealed during her appearance on the talk show The Daily Spin on Thursday.", []),
        ("Mia Cole hosts the talk show The Daily Spin.", [("Mia Cole", "The Daily Spin")]),
        # a bracket holding only a title, right after a name, is that person's credit
        ("Tom Reed met Omar Haddad (“Blue Harbor”) at the party.", [("Omar Haddad", "Blue Harbor")]),
        # "X, the <role> of Y": the name the role noun is an apposition to holds the role
        ("Omar Haddad, the director of Blue Harbor, praised Mia Cole.", [("Omar Haddad", "Blue Harbor")]),
        ("Omar Haddad, the founder of Velora, praised Mia Cole.", [("Omar Haddad", "Velora")]),
        (
            "Mia Cole's friend Omar Haddad, the creative director of Velora, picked her for the show.",
            [("Omar Haddad", "Velora")],
        ),
        # a venture's editor or executive holds a role in it, as its founder does
        (
            "The stylist and Velora Magazine editor Katie Rowe praised Mia Cole.",
            [("Katie Rowe", "Velora Magazine")],
        ),
        ("Velora Labs president Katie Rowe praised Mia Cole.", [("Katie Rowe", "Velora Labs")]),
        # a quotation inside a quotation is the title; "by The X" names X
        (
            "Rapper Tom Reed is 30. Asked for a song, Mia Cole replied: "
            "\"'Silver Rain,' by Tom Reed,\" with a smile.",
            [("Tom Reed", "Silver Rain")],
        ),
        (
            "Asked for a song, Mia Cole replied: \"'Silver Rain,' by The Nomad,\" with a smile. "
            "The Nomad is a singer. The Nomad, 30, lives in Ohio.",
            [("The Nomad", "Silver Rain")],
        ),
        # "my" in a quotation whose speaker the paragraph named a sentence or two before
        (
            "“I could have walked away,” Mia Cole says. “But I went over and said hello. I had just come "
            "from a promo for my show, Silver Rain, so I was dressed like my character.”",
            [("Mia Cole", "Silver Rain")],
        ),
        (
            "“I could have walked away,” Mia Cole says.\n\n“I had just come from a promo for my show, "
            "Silver Rain, so I was dressed like my character.”",
            [],
        ),
        # a number spelt out and capitalised inside a sentence is a title, not a count
        (
            "Tom Reed, who was engaged to Seven co-star Mia Cole, smiled.",
            [("Mia Cole", "Seven"), ("Tom Reed", "Seven")],
        ),
        ("Tom Reed met Mia Cole. Two co-stars joined them.", []),
        # where a work is filmed or shot is a place, not a title
        ("Mia Cole was filmed in Gold Coast in Queensland.", []),
        ("Mia Cole, 30, is shooting in Port Vale in Ohio.", []),
        # a broadcaster before a work noun is where the work airs, not its title
        (
            "“It's fun,” Ana Ruiz said, referring to Mia Cole's character, who lives a double life in and "
            "out of the spotlight, on the Disney sitcom that began her career.",
            [],
        ),
        ("Mia Cole starred in the Nickelodeon sitcom for years.", []),
        # a verb on a possessed noun is the possessor's doing ("her time spent as a contestant on X")
        (
            "Mia Cole, 30, loved her time spent as a contestant on Star Dance.",
            [("Mia Cole", "Star Dance")],
        ),
        (
            "Tom Reed filed papers declaring his intention to produce Velora brand perfumes.",
            [("Tom Reed", "Velora")],
        ),
    ],
)
def test_project_precision_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


def test_an_honorific_left_of_a_name_is_no_title() -> None:
    """ "joined Mr Reed on stage": the title finder stops at the name, leaving only the honorific."""
    text = "As Tom Reed introduced her, Dana Cole got a standing ovation and joined Mr Reed on stage."
    assert projects(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "One witness said Dana Cole had just finished her final song and said 'Thank you, Manchester,' "
        "before leaving the stage.",
        'Tom Reed took to Twitter to share a photo of his family, simply writing, "Happy Holidays."',
        "Dana Cole traded her Stéphane Rolland Couture gown for a custom design.",
        "Tom Reed is busy. He dropped two mixtapes in 2015, an album in 2016 and a single in 2017.",
    ],
)
def test_speech_a_worn_label_and_a_bare_year_are_no_works(text: str) -> None:
    """Words a speech verb quotes; a label on a garment; a year with only an apposition after it."""
    assert projects(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Dana Cole released her album "Paper Boats," she said.', [("Dana Cole", "Paper Boats")]),
        ("Dana Cole released her album 1989 in October.", [("Dana Cole", "1989")]),
        ("Tom Reed was engaged to Seven co-star Dana Cole.", [("Dana Cole", "Seven"), ("Tom Reed", "Seven")]),
    ],
)
def test_titles_near_speech_and_numbers_stay(text: str, expected: list[tuple[str, str]]) -> None:
    """Guard: a quoted title with a work noun, a number after a work noun or before a role noun."""
    assert projects(text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "Henry Vale was there. You can listen back to Henry’s full report from the Harbor Lights premiere "
        "below:",
        "In her new book, British comedy actress Dana Cole says that she sneaked Princess Mia into a bar.",
        'The comedian lived near Mia Lane and her plastic surgeon husband Dr. Tom "Boob God" Lane for years.',
        'Dana Cole will play Rose "Rosie" Alvarez, the secretary of a songwriter.',
    ],
)
def test_a_report_a_nationality_and_a_nickname_are_no_works(text: str) -> None:
    """A write-up about a work is not the writer's work; a nationality word is no title; a quotation
    between a first name and a surname is a nickname."""
    assert projects(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dana Cole is famous. Later, Mia was seen at the “Fetish” singer's apartment.",
            [("Dana Cole", "Fetish")],
        ),
        (
            "Tom Reed is busy. It was the release date for his upcoming album Yeezus.",
            [("Tom Reed", "Yeezus")],
        ),
    ],
)
def test_a_quoted_or_named_work_near_these_stays(text: str, expected: list[tuple[str, str]]) -> None:
    """Guard: a one-word title the tagger calls a nationality, quoted or after a work noun, stays."""
    assert projects(text) == expected, text
