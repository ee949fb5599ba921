"""A description with a title ("the Harbor Lights actor") may mean someone named earlier in its own sentence
when that name does not c-command it: inside a phrase ("the backlash against X") or in a clause only joined
to the description's ("X has kept quiet, but the Harbor actor says …"). A name that is an argument of a
clause holding the description, or of an adverbial clause put before it, still rules its person out.
Invented sentences; each positive test fails without its rule."""

from __future__ import annotations

from helpers import projects


def test_a_name_in_a_joined_clause_is_a_candidate() -> None:
    text = (
        "Lena Moss and Tom Vale were seen in Paris on Friday. "
        "Tom Vale has kept quiet all week, but the Harbor Lights actor says he will speak soon."
    )
    assert ("Tom Vale", "Harbor Lights") in projects(text)


def test_a_name_inside_a_phrase_is_a_candidate() -> None:
    text = (
        "Lena Moss released a new single on Friday. Rita Lane, a critic, panned the song. "
        'Despite the backlash against Moss online, the "Paper Sky" singer doubled down.'
    )
    assert ("Lena Moss", "Paper Sky") in projects(text)


def test_guard_a_name_in_a_fronted_adverbial_clause_is_not_the_description() -> None:
    """Guard: "Since X moved to Rome, the Iron Coast actor …": a pronoun there would have meant X."""
    text = (
        "Tom Vale and Dean Hollis have been friends for years. Tom Vale starred in a hit series. "
        "Since Dean Hollis moved to Rome, the Iron Coast actor has felt lonely."
    )
    assert ("Dean Hollis", "Iron Coast") not in projects(text)


def test_guard_the_subject_above_the_description_is_not_it() -> None:
    """Guard: "X said the Iron Coast actor …": a name that c-commands the description is someone else."""
    text = (
        "Dean Hollis met Tom Vale in May. Tom Vale won an award last year. "
        "Dean Hollis said the Iron Coast actor had helped him through a hard year."
    )
    assert ("Dean Hollis", "Iron Coast") not in projects(text)


def test_the_one_person_called_by_the_role_noun_at_the_name() -> None:
    """ "… rapper Dex Orr. The 'Night Rain' rapper …": the person the article called a rapper."""
    text = (
        "Lena Moss has moved on with rapper Dex Orr. Lena Moss was seen with him in Miami on Friday. "
        'The "Night Rain" rapper posted a photo of the two on Sunday.'
    )
    assert ("Dex Orr", "Night Rain") in projects(text)


def test_guard_an_epithet_joined_to_another_persons_noun_names_neither() -> None:
    """Guard: "the 'Night Rain' star and the Moss sister": two people, the text does not say which."""
    text = (
        "Lena Moss has been dating Dex Orr since May. Lena Moss posted a photo on Sunday. "
        'The "Night Rain" star and the Moss sister were spotted leaving a restaurant in Rome.'
    )
    assert ("Lena Moss", "Night Rain") not in projects(text)
