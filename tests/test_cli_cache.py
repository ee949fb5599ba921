"""The content-hash cache: a re-run on unchanged input reuses earlier results and prints the same bytes."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

import pytest

from newsfacts import cache as cache_mod
from newsfacts.cache import Cache, default_path, dump_result, load_result
from newsfacts.export import to_json
from newsfacts.load import from_text
from newsfacts.pipeline import ArticleResult, analyse_documents, decide_anchor
from newsfacts.reconcile import reconcile
from newsfacts.schema import Article

TEXTS = {
    "thorsby": " date 2024-03-08 Rebecca Thorsby married Gregory Corvell in 2012. The actress gave "
    "birth to their son Arvo in June 2011. She stars in the film Red Kite, released in 2010.\n",
    "smith": " date 2023-05-01 Anna Smith, 41, filed for divorce from Bob Jones last week after 11 years "
    "of marriage. The couple share two daughters, Mia, 8, and Zoe, 5. They live in Paris.\n",
    "noheader": "Carol Doe And Dan Roe Split\n\nCarol Doe and Dan Roe got engaged in March 2015 and wed a "
    "year later. Doe, 38, is pregnant with the couple's first child, her rep said on Monday.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / f"{name}.txt").write_text(text)
    return root


def _results() -> list[ArticleResult]:
    docs = [from_text(t, k, f"{k}.txt") for k, t in TEXTS.items()]
    return list(analyse_documents(docs))


def test_article_result_round_trips_through_json() -> None:
    for res in _results():
        text = dump_result(res)
        back = load_result(text)
        assert dump_result(back) == text
        assert to_json(reconcile([back])) == to_json(reconcile([res]))
        assert back.people.keys() == res.people.keys()
        assert [type(f) for f in back.facts] == [type(f) for f in res.facts]


def test_cached_and_uncached_runs_are_byte_identical(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    db = tmp_path / "c.sqlite3"
    rc0, plain, err0 = run_cli("extract", str(corpus), "-f", "json", "--no-cache")
    rc1, first, err1 = run_cli("extract", str(corpus), "-f", "json", "--cache", str(db))
    assert db.is_file()
    import newsfacts.nlp

    def no_spacy(*a, **kw):
        raise AssertionError("a cached run must not parse again")

    monkeypatch.setattr(newsfacts.nlp, "load_nlp", no_spacy)
    rc2, second, err2 = run_cli("extract", str(corpus), "-f", "json", "--cache", str(db))
    assert rc0 == rc1 == rc2 == 0 and err0 == err1 == err2  # the same warnings too
    assert plain == first == second
    for fmt in ("jsonl", "csv", "markdown"):  # every writer sees the same Result
        monkeypatch.undo()
        _, fresh, _ = run_cli("extract", str(corpus), "-f", fmt, "--no-cache")
        monkeypatch.setattr(newsfacts.nlp, "load_nlp", no_spacy)
        _, cached, _ = run_cli("extract", str(corpus), "-f", fmt, "--cache", str(db))
        assert fresh == cached


def test_a_changed_article_is_analysed_again(corpus: Path, tmp_path: Path, run_cli) -> None:
    db = tmp_path / "c.sqlite3"
    run_cli("extract", str(corpus), "-f", "json", "--cache", str(db))
    (corpus / "smith.txt").write_text(TEXTS["smith"].replace("2023-05-01", "2022-05-01"))
    _, cached, _ = run_cli("extract", str(corpus), "-f", "json", "--cache", str(db))
    _, fresh, _ = run_cli("extract", str(corpus), "-f", "json", "--no-cache")
    assert cached == fresh
    assert '"published": "2022-05-01"' in cached


def test_no_cache_writes_nothing_and_the_default_lives_outside_the_inputs(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    db = tmp_path / "default" / "cache.sqlite3"
    monkeypatch.setenv("NEWSFACTS_CACHE", str(db))
    before = sorted(p.name for p in corpus.iterdir())
    run_cli("extract", str(corpus), "-f", "json", "--no-cache")
    assert not db.exists()
    run_cli("extract", str(corpus), "-f", "json")
    assert db.is_file()
    assert sorted(p.name for p in corpus.iterdir()) == before  # nothing written among the inputs


def test_default_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSFACTS_CACHE", str(tmp_path / "x.db"))
    assert default_path() == tmp_path / "x.db"
    monkeypatch.delenv("NEWSFACTS_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "newsfacts" / "cache.sqlite3"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_path() == tmp_path / "home" / ".cache" / "newsfacts" / "cache.sqlite3"


@pytest.mark.parametrize("kind", ["garbage file", "parent is a file"])
def test_a_broken_cache_is_one_warning_not_a_failure(
    corpus: Path, tmp_path: Path, run_cli, kind: str
) -> None:
    if kind == "garbage file":
        db = tmp_path / "c.sqlite3"
        db.write_bytes(b"this is not a database" * 100)
    else:
        (tmp_path / "afile").write_text("x")
        db = tmp_path / "afile" / "c.sqlite3"
    rc, out, err = run_cli("extract", str(corpus), "-f", "json", "--cache", str(db))
    _, fresh, _ = run_cli("extract", str(corpus), "-f", "json", "--no-cache")
    assert rc == 0 and out == fresh
    lines = [ln for ln in err.splitlines() if ln.startswith("newsfacts: warning: cache:")]
    assert len(lines) == 1 and lines[0].startswith(f"newsfacts: warning: cache: cannot open {db}")


def test_key_depends_on_text_header_model_and_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = from_text(TEXTS["thorsby"], "thorsby", "thorsby.txt")
    art = decide_anchor(doc)
    with Cache(tmp_path / "a.db", "model-a 1.0") as a, Cache(tmp_path / "b.db", "model-b 1.0") as b:
        k = a.key(doc, art)
        assert a.key(doc, art) == k
        assert b.key(doc, art) != k
        other_text = from_text(TEXTS["thorsby"].replace("2012", "2013"), "thorsby", "thorsby.txt")
        assert a.key(other_text, decide_anchor(other_text)) != k
        other_header = from_text(
            TEXTS["thorsby"].replace("2024-03-08", "2024-03-09"), "thorsby", "thorsby.txt"
        )
        assert a.key(other_header, decide_anchor(other_header)) != k
        moved = from_text(TEXTS["thorsby"], "thorsby", "elsewhere/thorsby.txt")
        assert a.key(moved, decide_anchor(moved)) != k  # the path is part of the output
    cache_mod.code_fingerprint.cache_clear()
    monkeypatch.setattr(cache_mod, "__version__", "9.9.9")
    try:
        with Cache(tmp_path / "a.db", "model-a 1.0") as edited:
            assert edited.key(doc, art) != k
    finally:
        cache_mod.code_fingerprint.cache_clear()


def _writer(path: str, worker: int, rounds: int) -> None:
    c = Cache(path, "m")
    for r in range(rounds):
        items = [
            (f"{worker}-{r}-{i}", ArticleResult(article=Article(id=f"a{worker}-{r}-{i}", path="p")))
            for i in range(20)
        ]
        c.put_many(items)
        assert c.get_many([k for k, _ in items]).keys() == {k for k, _ in items}
    assert not c.warnings, c.warnings
    c.close()


@pytest.mark.skipif(os.name != "posix", reason="fork")
def test_concurrent_runs_share_the_cache_safely(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.sqlite3")
    Cache(db, "m").close()
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(db, w, 25)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    with Cache(db, "m") as c:
        keys = [f"{w}-{r}-{i}" for w in range(4) for r in range(25) for i in range(20)]
        got = c.get_many(keys)
        assert len(got) == 2000
        assert json.loads(dump_result(got["3-24-19"]))["article"]["id"] == "a3-24-19"


@pytest.mark.skipif(os.name != "posix", reason="fork")
def test_jobs_fill_the_cache_for_later_runs(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    db = tmp_path / "c.sqlite3"
    _, fresh, _ = run_cli("extract", str(corpus), "-f", "json", "--no-cache")
    _, parallel, _ = run_cli("extract", str(corpus), "-f", "json", "--cache", str(db), "--jobs", "2")
    import newsfacts.nlp

    monkeypatch.setattr(newsfacts.nlp, "load_nlp", lambda *a, **k: pytest.fail("should be cached"))
    _, cached, _ = run_cli("extract", str(corpus), "-f", "json", "--cache", str(db))
    assert fresh == parallel == cached
