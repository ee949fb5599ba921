"""Streaming: no spaCy Doc outlives its batch, so memory stays flat however many articles go through."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from newsfacts.pipeline import chunks, run


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i in range(40):
        (tmp_path / f"a{i:02d}.txt").write_text(
            f" date 2024-01-{i % 28 + 1:02d} Anna Smith{i} married Bob Jones{i} in 20{i % 20:02d}. "
            f"The couple have a son, Max, {i % 9 + 2}.\n"
        )
    return tmp_path


def test_docs_are_released_batch_by_batch(folder: Path, nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    refs: list[weakref.ref] = []
    most_alive = 0
    real_pipe = nlp.pipe

    def watched_pipe(texts, **kw):
        nonlocal most_alive
        for doc in real_pipe(texts, **kw):
            refs.append(weakref.ref(doc))
            most_alive = max(most_alive, sum(r() is not None for r in refs))
            yield doc

    monkeypatch.setattr(nlp, "pipe", watched_pipe)
    results, problems = run([str(folder)], batch=8)
    assert len(results) == 40 and not problems
    assert len(refs) == 40
    assert most_alive <= 8  # one batch at a time, never the whole corpus
    gc.collect()
    assert [r for r in refs if r() is not None] == []  # nothing kept a Doc (or a Span/Token of one)


def test_results_hold_plain_data_only(folder: Path, nlp) -> None:
    from spacy.tokens import Doc, Span, Token

    results, _ = run([str(folder)], batch=8)
    seen: set[int] = set()

    def walk(x: object) -> None:
        if id(x) in seen or isinstance(x, str | int | float | bool | type(None)):
            return
        seen.add(id(x))
        assert not isinstance(x, Doc | Span | Token), x
        if isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, list | tuple | set | frozenset):
            for v in x:
                walk(v)
        elif hasattr(x, "__slots__"):
            for name in x.__slots__:
                walk(getattr(x, name, None))
        elif hasattr(x, "__dict__"):
            for v in vars(x).values():
                walk(v)

    walk(results)


def test_long_text_is_parsed_in_pieces_with_correct_offsets() -> None:
    text = "Intro.\n\n" + ("Anna Smith married Bob Jones in 2010. " * 40 + "\n\n") * 60
    pieces = chunks(text, 0, limit=5_000)
    assert len(pieces) > 10
    assert "".join(p for _, p in pieces) == text
    for base, piece in pieces:
        assert text[base : base + len(piece)] == piece
        assert len(piece) <= 5_000


def test_a_long_article_keeps_evidence_offsets_into_the_whole_text(tmp_path: Path, nlp, monkeypatch) -> None:
    import newsfacts.pipeline as pl

    monkeypatch.setattr(pl, "CHUNK_CHARS", 400)
    filler = "Nothing happened on the set today, a source said. " * 12
    text = f" date 2024-03-08 {filler}\n\n{filler}\n\nRebecca Thorsby married Gregory Corvell in 2012.\n"
    (tmp_path / "long.txt").write_text(text)
    results, _ = run([str(tmp_path)])
    facts = [f for f in results[0].facts if f.type == "marriage"]
    assert facts
    ev = facts[0].evidence[0]
    assert text[ev.start : ev.end].strip() == ev.quote  # offsets into the whole text, not the piece


def test_output_does_not_depend_on_how_articles_are_batched(
    folder: Path, nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsfacts.pipeline as pl
    from newsfacts.export import to_json
    from newsfacts.reconcile import reconcile

    whole, _ = run([str(folder)])
    monkeypatch.setattr(pl, "PIPE_CHARS", 100)  # every text parsed on its own
    alone, _ = run([str(folder)], batch=3)
    assert to_json(reconcile(alone)) == to_json(reconcile(whole))
