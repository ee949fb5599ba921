"""Project facts: a part played in a work ("stars as a nurse in X"), lists of works ("films such as A and
B", "her films include A, B and C"), a cast on a work noun in apposition ("X, a thriller starring Y"), a
quoted number as a title ("her '2046' album"), "X, whose latest film, Y, …", "known for her role in the
drama Y", a prose line with a hyphenated verb that is no headline, "Lune co-founder X" (a split "co-"),
"Title, directed by X, …", an apposition after "“Title,”" owned by a long name, "premiered", and a
plural role noun under a copula ("one of the stars of Y"), "editor-in-chief X", "X became an Idol judge",
and "plays for" / "writes for" (a team, a publication).

Every sentence is invented (names and titles); each positive case fails without the rule named above it,
each negative case guards that rule's edge."""

from __future__ import annotations

import pytest

from helpers import PROJECT_PUB, facts_of, projects, run_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "stars" read as a plural noun after a name, with "as <part> in <title>"
        ("Lena Moss stars as a nurse in Night Tide.", [("Lena Moss", "Night Tide")]),
        ("Tom Vale stars as Jack Reed on Harbor Lights.", [("Tom Vale", "Harbor Lights")]),
        # a list the parse coordinates inside one span, opened by a plural work noun
        (
            "Lena Moss has appeared in films such as Night Tide and Silver Lake.",
            [("Lena Moss", "Night Tide"), ("Lena Moss", "Silver Lake")],
        ),
        (
            "Lena Moss has starred in films including Night Tide and Silver Lake.",
            [("Lena Moss", "Night Tide"), ("Lena Moss", "Silver Lake")],
        ),
        # "her films include A, B and C": the works the possessed plural noun lists
        (
            "Lena Moss's films include Night Tide, Silver Lake and Cold Harbor.",
            [("Lena Moss", "Cold Harbor"), ("Lena Moss", "Night Tide"), ("Lena Moss", "Silver Lake")],
        ),
        # "co-starred" is a word of prose: the line is no headline
        (
            "Lena Moss co-starred with Tom Vale in Night Tide.",
            [("Lena Moss", "Night Tide"), ("Tom Vale", "Night Tide")],
        ),
        # the cast verb on a work noun in apposition to the title
        ("Night Tide, a thriller starring Lena Moss, opens in May.", [("Lena Moss", "Night Tide")]),
        # a quoted number that modifies a work noun names it
        ("Lena Moss released her '2046' album in 2014.", [("Lena Moss", "2046")]),
        # "whose" on a phrase the parser hangs on the name as an apposition
        (
            "Tom Vale, whose latest film, Cafe Harbor, arrived at Cannes, was there.",
            [("Tom Vale", "Cafe Harbor")],
        ),
        # a "co-" the tokenizer splits off a role noun after a title: "Lune co-founder X"
        ("Lena Moss will wed Lune co-founder Tom Vale.", [("Tom Vale", "Lune")]),
        # a credit clause set off by commas after a bare title: "Title, directed by X, …"
        ("Night Tide, directed by Tom Vale, opens in May.", [("Tom Vale", "Night Tide")]),
        # an apposition after "“Title,”" whose possessor is a name of three or more tokens
        ('"Blue Hour," Lena-Jo Moss\'s first album in four years, is out.', [("Lena-Jo Moss", "Blue Hour")]),
        # "premiered", which the lemmatizer makes "premier", not "premiere"
        ('Lena Moss premiered "Paper Sky" in May.', [("Lena Moss", "Paper Sky")]),
        # a plural role noun under a copula: "one of the stars of X", "were the co-hosts of X"
        ("Lena Moss is one of the stars of Harbor Lights.", [("Lena Moss", "Harbor Lights")]),
        (
            "Lena Moss and Tom Vale were the co-hosts of Harbor Lights from 2012 to 2016.",
            [("Lena Moss", "Harbor Lights"), ("Tom Vale", "Harbor Lights")],
        ),
        # "editor-in-chief", split into five tokens, before the name that holds it
        ("They met Harbor Review editor-in-chief Lena Moss on Monday.", [("Lena Moss", "Harbor Review")]),
        # "<title> <role noun>" as the complement of a copula: the subject holds the role
        ("Lena Moss, who became an Idol judge in 2010, was there.", [("Lena Moss", "Idol")]),
        ("Lena Moss was a Dance Nation contestant in 2015.", [("Lena Moss", "Dance Nation")]),
        # "known for her role" with "in <title>" hung on "known"
        (
            "Lena Moss is best known for her role in the drama Night Tide.",
            [("Lena Moss", "Night Tide")],
        ),
    ],
)
def test_parts_and_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no plural work noun and no comma: "A and B" stays one title
        ("Lena Moss starred in Salt and Stone.", [("Lena Moss", "Salt and Stone")]),
        # a quotation is one title, whatever its comma
        ("Lena Moss won the award for 'Me, Myself' in May.", [("Lena Moss", "Me, Myself")]),
        # a bare season number is no title
        ("Lena Moss joined the show for season 13 of the U.S. version.", []),
        # the apposition ends at the speech verb: "her" in the quotation after it is no owner
        ('"Blue Hour," she said, "is her best album." Lena Moss was there.', []),
        # a plural role noun as the object of another verb is someone else's role
        ("Lena Moss met the stars of Harbor Lights.", []),
        # the object of another verb is no role of the subject
        ("Lena Moss met an Idol judge in 2010.", []),
        # a participle clause on a person is no credit
        ("Lena Moss, accompanied by Tom Vale, arrived in Paris.", []),
        # "stars" with a determiner is a noun
        ("The two stars in Night Tide were there.", []),
    ],
)
def test_parts_and_lists_guards(text: str, expected: list[tuple[str, str]]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "plays for X" is a team, "writes for X" a publication: not a part in a film, not a book
        ("Lena Moss plays for the Chicago Hawks.", ("Chicago Hawks", "sports_team", "player")),
        ("Lena Moss writes for The Harbor Times.", ("The Harbor Times", "other", "writer")),
        # guard: a part and a book keep their kinds
        ("Lena Moss played Jane in Night Tide.", ("Night Tide", "film", "actor")),
        ("Lena Moss wrote the memoir Blue Hour.", ("Blue Hour", "book", "author")),
    ],
)
def test_for_roles(text: str, expected: tuple[str, str, str]) -> None:
    facts = facts_of(run_text(text, PROJECT_PUB), "project")
    assert [(f["title"], f["kind"], f["role"]) for f in facts] == [expected]
