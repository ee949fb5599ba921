"""A co-star / co-host noun with no title of its own: the people it names share the work of the person it
is relative to, tied in the same sentence or a few sentences before (``project_costars``).

The guard tests (another relation noun, two candidate works, a work named long before, no work) pass
without the rule by design; they fail with an over-reaching variant."""

from __future__ import annotations

from tests.helpers import projects

FILLER = " ".join(f"Fans were waiting on day {n}." for n in range(1, 9))


def test_possessive_co_star_in_the_next_sentence() -> None:
    text = "Tom Vale starred in the film Iron Coast. His co-star Lena Moss said he was kind."
    assert ("Lena Moss", "Iron Coast") in projects(text)


def test_named_possessor_and_plural_co_stars() -> None:
    text = (
        "Tom Vale starred in the film Iron Coast. Earlier this month, Tom's co-stars, Lena Moss and Ava Reed,"
        " praised him."
    )
    got = projects(text)
    assert ("Lena Moss", "Iron Coast") in got
    assert ("Ava Reed", "Iron Coast") in got


def test_co_host_of_a_show_joined_in_the_same_sentence() -> None:
    text = "Just three months after Tom Vale joined Night Shift, he and his co-host Lena Moss are feuding."
    assert ("Lena Moss", "Night Shift") in projects(text)


def test_joined_by_co_stars() -> None:
    text = (
        "Tom Vale starred in the film Iron Coast. At the premiere he was joined by co-stars Lena Moss and"
        " Ava Reed."
    )
    got = projects(text)
    assert ("Lena Moss", "Iron Coast") in got
    assert ("Ava Reed", "Iron Coast") in got


def test_another_relation_noun_shares_nothing() -> None:
    text = "Tom Vale starred in the film Iron Coast. His wife Lena Moss praised him."
    assert ("Lena Moss", "Iron Coast") not in projects(text)


def test_two_candidate_works_share_nothing() -> None:
    text = (
        "Tom Vale starred in the film Iron Coast and the film Paper Sky. His co-star Lena Moss praised him."
    )
    assert not any(p == "Lena Moss" for p, _ in projects(text))


def test_a_work_named_long_before_is_not_shared() -> None:
    text = (
        f"Tom Vale starred in the film Iron Coast as a child. {FILLER} Tom's co-star Lena Moss praised him."
    )
    assert not any(p == "Lena Moss" for p, _ in projects(text))
