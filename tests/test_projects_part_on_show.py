"""A part played "on" a work: "known for her role as Jo on Y" ties Y to the subject (the parser hangs
"as … on Y" on "known", beside "for her role"), and a part played "on" a work makes it a show ("stars as
Jack Reed on Y" is television; "in Y" says nothing).

Every sentence is invented (names and titles); each positive case fails without its rule
(``project_walk._part_slot``, ``project_fields.part_on``), each negative case guards an edge."""

from __future__ import annotations

from helpers import facts_of, projects, run_text


def _kinds(text: str) -> dict[tuple[str, str], str]:
    return {(f["person"], f["title"]): f["kind"] for f in facts_of(run_text(text), "project")}


def test_known_for_a_role_as_a_character_on_a_show() -> None:
    text = (
        "Lena Moss is an actress. She is best known for her role as 'Britt Pierce' on FOX's hit series "
        "Gleam and she also appeared in the feature film Spring Fling."
    )
    assert projects(text) == [("Lena Moss", "Gleam"), ("Lena Moss", "Spring Fling")]


def test_the_character_of_a_role_is_no_work() -> None:
    assert projects("Lena Moss is best known for her role as 'Britt Pierce'.") == []


def test_a_part_on_a_work_is_a_show() -> None:
    assert _kinds("Tom Vale stars as Jack Reed on Harbor Lights.") == {("Tom Vale", "Harbor Lights"): "tv"}
    assert _kinds("Lena Moss is best known for her role as Britt Pierce on Gleam.") == {
        ("Lena Moss", "Gleam"): "tv"
    }


def test_a_part_in_a_work_keeps_its_kind() -> None:
    assert _kinds("Tom Vale stars as Jack Reed in Harbor Lights.") == {("Tom Vale", "Harbor Lights"): "film"}
