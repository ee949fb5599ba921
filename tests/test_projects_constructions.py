"""Project facts: work-first and list constructions, parser-error fallbacks, partners of a work.

Every sentence is invented (names and titles); each case fails without the rule it is named for."""

from __future__ import annotations

import pytest

from helpers import facts_of, projects, run_text

PUB = "2021-06-16"


def roles(text: str) -> dict[tuple[str, str], str | None]:
    return {(f["person"], f["title"]): f["role"] for f in facts_of(run_text(text, PUB), "project")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a work noun the tagger reads as an adjective still introduces its title
        (
            "Mia Cole released a video for her latest single, Paper Lanterns, in which she dances.",
            [("Mia Cole", "Paper Lanterns")],
        ),
        # a line break or double space after the comma does not hide the title
        ("Tom Reed looked happy while promoting his new movie,  Silver Tide.", [("Tom Reed", "Silver Tide")]),
        # a role noun the tagger reads as a verb, before a name; a capitalised "Today" is a show
        ("Nora Quill smiled at Today co-host Dana Lowe.", [("Dana Lowe", "Today")]),
        ("Nora Quill will be back today.", []),
        # a title before a role noun that names someone, whatever the parser attached it to
        (
            "Mia Cole sat next to her Killing of a Quiet Deer co-star Tom Reed.",
            [("Mia Cole", "Killing of a Quiet Deer"), ("Tom Reed", "Killing of a Quiet Deer")],
        ),
        # a possessive inside the title before a role noun; a person's possessive still ends it
        (
            "Mia Cole praised her Harbor's Edge co-star Tom Reed.",
            [("Mia Cole", "Harbor's Edge"), ("Tom Reed", "Harbor's Edge")],
        ),
        # right after a work noun, a name the tagger took for a person is the title
        (
            "Tom Reed starred in the movie Billy Baxter, which flopped. Billy Baxter made millions.",
            [("Tom Reed", "Billy Baxter")],
        ),
        # a role noun with a possessor: the possessor holds the role
        ("Mia Cole won an award for her electric Harbor Kings role.", [("Mia Cole", "Harbor Kings")]),
        # a holiday before a role noun is no title
        ("Mia Cole apologised for her disastrous New Year's Eve performance.", []),
        # "with Y" on a verb of making a work, or on the work noun, ties Y to it as well
        (
            "Tom Reed made the movie Blue Harbor with his wife Ana Ruiz.",
            [("Ana Ruiz", "Blue Harbor"), ("Tom Reed", "Blue Harbor")],
        ),
        ("Tom Reed promoted the movie Blue Harbor with his wife Ana Ruiz.", [("Tom Reed", "Blue Harbor")]),
        # a name before "biopic" is its subject, not its title
        (
            "Mia Cole starred in the Ada Lovelace biopic Quiet Numbers.",
            [("Mia Cole", "Quiet Numbers")],
        ),
        # an apposition calls the run before it a work, whatever NER took it for
        (
            "Mia Cole had flops (most prominently Ostrava, her movie with then boyfriend Tom Reed).",
            [("Mia Cole", "Ostrava"), ("Tom Reed", "Ostrava")],
        ),
        # a show named after a person: that person hosts it; its guests get nothing
        (
            "Tom Reed is a comedian. Dana Lowe appeared on The Tom Reed Show on Monday.",
            [("Tom Reed", "Tom Reed Show")],
        ),
        # "I" / "my" inside a quotation is its speaker; "My" inside a title is nobody
        (
            "“I’m so excited to join ‘The Velvet Hour’ at NBC,” Mia Cole said in a statement.",
            [("Mia Cole", "The Velvet Hour")],
        ),
        ("“I loved making my album, Velvet Roads,” Mia Cole told reporters.", [("Mia Cole", "Velvet Roads")]),
        ("Mia Cole told reporters that Tom Reed played “My Velvet Girl” for her.", []),
        # a league is no team
        ("Nora Quill is dating NBA star Tom Reed.", []),
        # "played X": X is a character, not a work
        ("Tom Reed played Joey for ten years.", []),
        # cast in brackets: the actor after a character, for the work the text is telling
        (
            "Nora Quill loved Harbor Kings, the new drama. A loner (Tom Reed) hunts the thieves "
            "(played by Mia Cole and Ana Ruiz) across the desert.",
            [("Ana Ruiz", "Harbor Kings"), ("Mia Cole", "Harbor Kings"), ("Tom Reed", "Harbor Kings")],
        ),
        # ... but not after a relative or a real-world description
        (
            "Tom Reed starred in Harbor Kings. His wife (Mia Cole Reed) and their friend Ana Ruiz watched.",
            [("Tom Reed", "Harbor Kings")],
        ),
        # a favourite is a liking, not a making
        ("Mia Cole sang her favourite song, Paper Moons, on stage.", []),
        ("Tom Reed loves Brioni, his favored brand of suits.", []),
        # a full name before the bracket is the actor; the bracket holds the role
        ("Nora Quill loved Harbor Kings, the new drama, with Tom Reed (Edward Vane).", []),
        # promoting a work names it as the object
        ("Tom Reed flew to London to promote Harbor Kings.", [("Tom Reed", "Harbor Kings")]),
        # a list of titles shares the ties of its first ("roles in A, B and C", "the albums A and B")
        (
            "Mia Cole is known for her roles in Harbor Kings, Silver Tide and Winter Lies.",
            [("Mia Cole", "Harbor Kings"), ("Mia Cole", "Silver Tide"), ("Mia Cole", "Winter Lies")],
        ),
        (
            "Tom Reed starred in Harbor Kings, Silver Tide and Winter Lies.",
            [("Tom Reed", "Harbor Kings"), ("Tom Reed", "Silver Tide"), ("Tom Reed", "Winter Lies")],
        ),
        # "shows in X" names a place, not a work
        ("Tom Reed spoke to a reporter ahead of one of his shows in Eastbourne.", []),
        # "not only" affirms; "not" alone still denies
        (
            "Mia Cole is busy. Not only was she a coach on Harbor Kings, she also sang on Silver Tide.",
            [("Mia Cole", "Harbor Kings"), ("Mia Cole", "Silver Tide")],
        ),
        ("Mia Cole is busy. She was not a coach on Harbor Kings.", []),
        # a role in "the film" the text is telling: the last title before it
        (
            "Mia Cole starred in Harbor Kings. Tom Reed, 40, was there too. The film's director Tom Reed "
            "praised her.",
            [("Mia Cole", "Harbor Kings"), ("Tom Reed", "Harbor Kings")],
        ),
        (
            "Mia Cole loved Harbor Kings, the new drama. Tom Reed, 40, was there too. She met the director "
            "of the film Tom Reed at a party.",
            [("Tom Reed", "Harbor Kings")],
        ),
        # a writing credit under the verb that directs the title
        (
            "Iron Coast is directed by Ravi Menon, from a screenplay by Dana Lowe.",
            [("Dana Lowe", "Iron Coast"), ("Ravi Menon", "Iron Coast")],
        ),
        # after a comma, a person named again is that person, not a mislabelled title
        (
            "Tom Reed smiled. That was Tom's great big song, Tom's first big effort, and everyone loved it.",
            [],
        ),
        # a headline capitalises every word: no title after its verb
        ("Mia Cole Writes Loving Post For Anniversary With Boyfriend Tom Reed", []),
    ],
)
def test_project_constructions(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == sorted(expected)


def test_today_co_host_is_a_host() -> None:
    assert roles("Nora Quill smiled at Today co-host Dana Lowe.") == {("Dana Lowe", "Today"): "host"}


def test_no_title_after_a_possessive_in_a_headline() -> None:
    """In a headline every word is capitalised: the words after a possessive are no title."""
    got = projects("Kylie 'Fuming' Over 'Copycat' Sister Mia Cole’s Perfume Launch")
    assert ("Mia Cole", "Perfume Launch") not in got
