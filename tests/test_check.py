"""``newsfacts check``: the pure comparison (Result vs Result → changes + text), then the command."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.check import compare, format_changes, is_redacted, read_golden, redact, summary
from newsfacts.cli import app
from newsfacts.errors import UsageError
from newsfacts.reconcile import reconcile
from newsfacts.schema import Conflict, InputProblem, Result
from test_reconcile import art, child, divorce, marriage, when

ROOT = Path(__file__).resolve().parent.parent
RT, GC = "Rebecca Thorsby", "Gregory Corvell"


def base() -> Result:
    return reconcile(
        [
            art(
                "a",
                [RT, GC, "Arvo"],
                [marriage(RT, GC, start=when("2012")), child([RT, GC], "Arvo", born=when("2011"))],
            ),
            art("b", [RT, GC], [divorce(RT, GC, filed=when("2023-07"))], published="2024-03-08"),
        ]
    )


def fact(r: Result, ftype: str):
    return next(f for f in r.facts if f.type == ftype)


def _set_version(r: Result) -> None:
    r.tool.version = "9.9.9"


def _move(r: Result) -> None:
    for a in r.articles:
        a.path = "/elsewhere/" + a.path


def _diagnostics(r: Result) -> None:
    for f in r.facts:
        f.cue = "another rule"
        for ev in f.evidence:
            ev.quote = "reworded"


def _reorder(r: Result) -> None:
    r.facts.reverse()
    r.people.reverse()
    r.timeline.reverse()


def _date(r: Result) -> None:
    fact(r, "marriage").start = when("2013")


def _drop_marriage(r: Result) -> None:
    m = fact(r, "marriage")
    r.facts.remove(m)
    r.timeline = [e for e in r.timeline if m.id not in e.facts]


def _add_source(r: Result) -> None:
    d = fact(r, "divorce")
    d.sources = ["a", "b"]
    d.confidence = 0.9


def _alias(r: Result) -> None:
    r.people[0].aliases.append("Benji")


def _conflict(r: Result) -> None:
    r.conflicts.append(Conflict(kind="date_mismatch", facts=[fact(r, "marriage").id], detail="2012 or 2013?"))


def _summary(r: Result) -> None:
    r.timeline[0].summary = "something else"


def _schema(r: Result) -> None:
    r.schema_version = 2


def _error(r: Result) -> None:
    r.errors.append(InputProblem(path="/x/broken.txt", message="binary file, not text; skipped"))


def _published(r: Result) -> None:
    r.articles[0].published = "2024-03-10"


CASES: list[tuple[str, Callable[[Result], None], list[tuple[str, str]], list[str]]] = [
    # (case, mutation of the actual result, expected (section, kind) changes, words the text must contain)
    ("identical", lambda r: None, [], ["same as"]),
    ("tool version is ignored", _set_version, [], []),
    ("where the inputs were read is ignored", _move, [], []),
    ("cue and quote wording are ignored", _diagnostics, [], []),
    ("list order is ignored", _reorder, [], []),
    (
        "a date changed",
        _date,
        [("facts", "changed")],
        ["~ marriage: Gregory Corvell; Rebecca Thorsby", "start.value: 2012 → 2013", "2013-12-31"],
    ),
    (
        "a fact disappeared",
        _drop_marriage,
        [("facts", "removed")],
        ["facts: 1 removed", "- marriage: Gregory Corvell; Rebecca Thorsby — 2012"],
    ),
    (
        "sources and confidence changed",
        _add_source,
        [("facts", "changed")],
        ["sources: [b] → [a, b]", "confidence: 0.8 → 0.9"],
    ),
    ("a person's alias", _alias, [("people", "changed")], ["aliases: [] → [Benji]"]),
    ("a new conflict", _conflict, [("conflicts", "added")], ["+ date_mismatch: 2012 or 2013?"]),
    ("a timeline summary", _summary, [("timeline", "changed")], ["summary: "]),
    ("the schema version", _schema, [("schema", "changed")], ["schema_version: 1 → 2"]),
    ("an input error", _error, [("errors", "added")], ["+ broken.txt: binary file"]),
    ("a publication date", _published, [("articles", "changed")], ["published: 2024-03-09 → 2024-03-10"]),
]


@pytest.mark.parametrize(("mutate", "kinds", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_compare(mutate: Callable[[Result], None], kinds: list[tuple[str, str]], words: list[str]) -> None:
    expected = base()
    actual = base()
    mutate(actual)
    changes = compare(expected, actual)
    assert sorted((c.section, c.kind) for c in changes) == sorted(kinds)
    text = format_changes(changes, "golden.json")
    for w in words:
        assert w in text, text
    # the reverse comparison sees the mirror image
    back = compare(actual, expected)
    flip = {"added": "removed", "removed": "added", "changed": "changed"}
    assert sorted((c.section, flip[c.kind]) for c in back) == sorted(kinds)


def test_added_fact_is_labelled_with_names_and_summary_line() -> None:
    expected, actual = base(), base()
    _drop_marriage(expected)
    changes = compare(expected, actual)
    assert [(c.section, c.kind) for c in changes] == [("facts", "added")]
    assert changes[0].label.startswith("marriage: Gregory Corvell; Rebecca Thorsby")
    assert summary(changes) == "facts: 1 added"
    text = format_changes(changes, "g.json")
    assert text.splitlines()[0] == "1 difference from g.json (facts: 1 added)"
    assert f"[{changes[0].key}]" in text


def test_limit_caps_each_section() -> None:
    expected, actual = base(), Result()
    text = format_changes(compare(expected, actual), "g", limit=1)
    assert "… and 2 more" in text  # three facts removed, one shown


def test_redacted_golden_still_equal_and_has_no_text() -> None:
    r = base()
    r.articles[0].title = "A headline from the article"
    red = redact(r)
    assert is_redacted(red) and not is_redacted(r)
    assert red.articles[0].title.startswith("sha1:")  # type: ignore[union-attr]
    assert all(ev.quote == "" for f in red.facts for ev in f.evidence)
    assert compare(red, r) == []
    r2 = r.model_copy(deep=True)
    r2.articles[0].title = "Another headline"
    assert [(c.section, c.fields[0][0]) for c in compare(red, r2)] == [("articles", "title")]


def test_read_golden_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        read_golden(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"facts": [{"type": "nonsense"}]}')
    with pytest.raises(UsageError, match="not a newsfacts JSON result"):
        read_golden(bad)


# -- the command (runs the pipeline on the seeds) ------------------------------------------------------


def invoke(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(app, list(args))
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    return res.exit_code, res.output


@pytest.fixture
def golden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    path = tmp_path / "g" / "seeds.json"
    code, _ = invoke("check", "seeds/", "--expected", str(path), "--update", "--no-cache")
    assert code == 0 and path.exists()
    return path


def test_check_command_equal_then_different(golden: Path) -> None:
    code, out = invoke("check", "seeds/", "--expected", str(golden), "--no-cache")
    assert (code, out) == (0, f"same as {golden}\n")
    data = json.loads(golden.read_text())
    gone = data["facts"].pop(0)
    data["people"][0]["name"] = "Somebody Else"
    golden.write_text(json.dumps(data))
    code, out = invoke("check", "seeds/", "--expected", str(golden), "--no-cache")
    assert code == 1
    assert "facts:" in out and f"+ {gone['type']}: " in out and f"[{gone['id']}]" in out
    assert "people:" in out and "name: Somebody Else → " in out
    code, _ = invoke("check", "seeds/", "--expected", str(golden), "--update", "--no-cache")
    assert code == 0
    assert invoke("check", "seeds/", "--expected", str(golden), "--no-cache")[0] == 0


def test_check_command_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="create it with --update"):
        invoke("check", "seeds/", "--expected", str(tmp_path / "missing.json"))
    code, out = invoke("check", "seeds/")
    assert code == 2 and "--expected" in out
