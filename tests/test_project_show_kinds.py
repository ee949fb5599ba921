"""A show's kind is not a sports team's: "the X team" names the people of any work, and a coach on a
work, in an article about television and not sport, coaches on a talent show."""

from __future__ import annotations

from helpers import run_text


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(f.person, f.title, f.kind) for f in run_text(text).facts if f.type == "project"]


def test_team_of_a_show_is_no_sports_team() -> None:
    text = "Tom Vale is a host on Wake Up Harbor. He left the Wake Up Harbor team in May."
    assert _kinds(text) == [("tom-vale", "Wake Up Harbor", "tv")]


def test_team_with_a_sport_stays_a_team() -> None:
    text = "Tom Vale plays for the Harbor Kings. He joined the Harbor Kings basketball team in May."
    assert _kinds(text) == [("tom-vale", "Harbor Kings", "sports_team")]


def test_coach_in_a_television_article_is_on_a_show() -> None:
    text = "Lena Moss is a coach on Starlight Search. She signed a new deal with NBC last week."
    assert _kinds(text) == [("lena-moss", "Starlight Search", "tv")]


def test_coach_in_a_sport_article_stays_with_a_team() -> None:
    text = (
        "Tom Vale is a coach for the Harbor Kings. The team won the game on Sunday. The match aired on NBC."
    )
    assert _kinds(text) == [("tom-vale", "Harbor Kings", "sports_team")]


def test_coach_in_a_singing_article_is_on_a_show() -> None:
    text = "The Starlight Search coach Lena Moss was told not to sing for a week."
    assert _kinds(text) == [("lena-moss", "Starlight Search", "tv")]


def test_kind_a_linking_verb_gives_the_title() -> None:
    text = "Lena Moss talked about her latest project, Song One. Song One is a romantic drama film."
    assert _kinds(text) == [("lena-moss", "Song One", "film")]


TV_STORY = (
    "The Harbor Nights star Lena Moss wed Tom Vale in May. She joined NBC in 2010 and has appeared in "
    "every episode since."
)
FILM_STORY = (
    "The Harbor Nights star Lena Moss wed Tom Vale in May. She joined NBC in 2010 and has appeared in "
    "every episode since. Her next movie opens in June."
)


def test_actor_work_in_a_television_story_is_a_show() -> None:
    assert _kinds(TV_STORY) == [("lena-moss", "Harbor Nights", "tv")]


def test_actor_work_stays_a_film_where_the_story_speaks_of_films() -> None:
    assert ("lena-moss", "Harbor Nights", "film") in _kinds(FILM_STORY)
