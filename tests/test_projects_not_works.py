"""Project precision: a capitalised run that names no work gives no project — an award ("recent
Nobel Peace Prize winner X"), a character after a royal title ("Queen Atlanna actress X"), a slang
place ("made it to Splitsville"), a run cut from a longer name ("In Touch"), a name the article
gives as a part ("to play Orla").

Every sentence is invented (names and titles); each negative case fails without its guard, each
positive case keeps the tie the guard must not cut."""

from __future__ import annotations

import pytest

from helpers import projects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an award's name is no work
        ("Tia Vale, the Nobel Peace Prize winner, spoke on Friday.", []),
        ("The Academy Award winner Tia Vale spoke on Friday.", []),
        ("The Golden Globe winner Mia Cole arrived with her sister on Sunday.", []),
        ("Best Actress winner Lena Moss wore a red gown to the party.", []),
        # ... while a work's star keeps hers
        ("The Iron Coast star Lena Moss wore a red gown to the party.", [("Lena Moss", "Iron Coast")]),
        # a royal title and a name before a role noun is a character
        (
            "While Tom Vale has shot his first scene, Queen Orlanna actress Nora Quill arrived on Friday.",
            [],
        ),
        # a name the article gives as a part someone plays is a character
        (
            "Rumours were that Lena Moss had been chosen over Mia Cole to play Tia Vale in the film.",
            [],
        ),
        ("Lena Moss has been cast to play Orla in the new film. The Orla actress is thrilled.", []),
        # ... while a work named after someone, with its work noun, stays a work
        ("Lena Moss stars in the film Selena alongside Tom Vale.", [("Lena Moss", "Selena")]),
        # a name right before an event noun is the event's
        ("Lena Moss broke the no-phone rule while at Tom Vale’s ARC gala.", []),
        # a quoted phrase with a lowercase content word is no title
        ("Lena Moss sings about Tom Vale, calling herself his “British queen” on the record.", []),
        # ... while a title's small words may be lowercase
        (
            "Lena Moss stars in “Out of the Blue”, a new film.",
            [("Lena Moss", "Out of the Blue")],
        ),
        # a slang place is no work
        ("Tom Vale and Lena Moss have made it to Splitsville, according to a report.", []),
        # a run cut from a longer name after a capitalised "In"
        ("Tom Vale alleges that In Touch has simply been making it all up.", []),
    ],
)
def test_not_works(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected
