"""Attributes of matched facts are scored apart from the match: right / wrong / missing / extra."""

from __future__ import annotations

from newsfacts.evaluate import Agreement, agreement, attribute_table, score_article
from newsfacts.schema import Child, Marriage, Person, Project, Result, When


def _same(gold: str | None, system: str | None) -> bool:
    return gold == system


def test_a_gold_value_is_right_wrong_or_missing() -> None:
    assert agreement({"kind": "film"}, {"kind": "film"}, "kind", _same) == Agreement(right=1)
    assert agreement({"kind": "film"}, {"kind": "tv"}, "kind", _same) == Agreement(wrong=1)
    assert agreement({"age": 4}, {"age": None}, "age", _same) == Agreement(missing=1)
    assert agreement({"age": None}, {"age": 4}, "age", _same) == Agreement(extra=1)
    assert agreement({"age": None}, {}, "age", _same) == Agreement()


def test_a_system_date_is_compared_by_its_value() -> None:
    system = {"start": {"text": "in May 2016", "value": "2016-05"}}
    assert agreement({"start": "2016-05"}, system, "start", _same) == Agreement(right=1)
    assert agreement({"start": "2016"}, system, "start", _same) == Agreement(wrong=1)


def test_filed_by_compares_people_not_strings() -> None:
    same = lambda g, s: (g, s) == ("Lena Moss", "p1")  # noqa: E731
    assert agreement({"filed_by": "Lena Moss"}, {"filed_by": "p1"}, "filed_by", same) == Agreement(right=1)


def test_score_article_counts_attributes_of_matched_facts_only() -> None:
    people = [
        Person(id="p1", name="Lena Moss"),
        Person(id="p2", name="Tom Vale"),
        Person(id="p3", name="Max Vale"),
    ]
    result = Result(
        people=people,
        facts=[
            Marriage(people=["p1", "p2"], start=When(value="2016-05")),
            Child(parents=["p1"], child="p3", sex="male", age=5),
            Project(person="p1", title="Night Tide", kind="tv", role="actor"),
            Project(person="p2", title="Paper Suns", kind="film", role="director"),  # not in gold
        ],
    )
    gold = {
        "people": ["Lena Moss", "Tom Vale", "Max Vale"],
        "facts": [
            {"type": "marriage", "people": ["Tom Vale", "Lena Moss"], "start": "2016", "end": None},
            {
                "type": "child",
                "parents": ["Lena Moss"],
                "child": "Max Vale",
                "sex": "male",
                "age": 4,
                "born": None,
            },
            {
                "type": "project",
                "person": "Lena Moss",
                "title": "Night Tide",
                "kind": "film",
                "role": "actor",
            },
        ],
    }
    a = score_article(gold, result).attributes
    assert a["marriage.start"] == Agreement(wrong=1)
    assert a["marriage.end"] == Agreement()
    assert a["child.sex"] == Agreement(right=1)
    assert a["child.age"] == Agreement(wrong=1)
    assert a["project.kind"] == Agreement(wrong=1)  # the unmatched "Paper Suns" is not scored
    assert a["project.role"] == Agreement(right=1)
    assert "project.kind" in attribute_table(score_article(gold, result))
