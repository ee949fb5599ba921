"""The loader on broken, odd and huge inputs: every problem names the file (and line), nothing raises,
the other inputs are still read. No spaCy here: these run in milliseconds."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import load
from newsfacts.load import Document, decode, expand, load_articles, read_source
from newsfacts.schema import InputProblem

GOOD = " date 2024-03-08 Rebecca Thorsby married Gregory Corvell in 2012.\n"


def items(*paths: Path | str, **kw) -> list[Document | InputProblem]:
    return list(load_articles([str(p) for p in paths], **kw))


def problems(*paths: Path | str, **kw) -> list[InputProblem]:
    return [x for x in items(*paths, **kw) if isinstance(x, InputProblem)]


def docs(*paths: Path | str, **kw) -> list[Document]:
    return [x for x in items(*paths, **kw) if isinstance(x, Document)]


def one_problem(path: Path, **kw) -> InputProblem:
    got = items(path, **kw)
    assert len(got) == 1 and isinstance(got[0], InputProblem), got
    assert got[0].path == str(path)
    return got[0]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file; skipped"),
        ("blank.txt", b"  \n\t\r\n \n", "only whitespace, no text; skipped"),
        ("image.txt", bytes(range(256)) * 40, "binary file, not text; skipped"),
        ("zeros.txt", b"\x00" * 5000, "binary file, not text; skipped"),
        ("empty.jsonl", b"\n\n", "empty file (no records); skipped"),
        ("bad.json", b'{"text": ', "not valid JSON"),
        ("norec.json", b'{"title": "x"}', "record 1: record has no 'text' string; skipped"),
    ],
)
def test_unreadable_content_is_one_problem(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    assert message in one_problem(p).message


def test_invalid_utf8_is_decoded_with_replacement_and_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes(GOOD.encode() + "Café Müller.\n".encode("latin-1"))
    (doc,) = docs(p)
    assert "Caf\ufffd M\ufffdller" in doc.text
    assert doc.warnings[0].startswith("not valid UTF-8 (first bad byte at offset")
    assert doc.header_date is not None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_bom_encodings_read_like_utf8(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "bom.txt"
    data = GOOD.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    elif encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    p.write_bytes(data)
    (doc,) = docs(p)
    assert doc.text == GOOD
    assert doc.warnings == []
    assert str(doc.header_date) == "2024-03-08"


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    a, b, c = tmp_path / "lf.txt", tmp_path / "crlf.txt", tmp_path / "cr.txt"
    text = GOOD + "Second paragraph.\n\nThird one.\n"
    a.write_bytes(text.encode())
    b.write_bytes(text.replace("\n", "\r\n").encode())
    c.write_bytes(text.replace("\n", "\r").encode())
    da, db, dc = docs(a), docs(b), docs(c)
    assert da[0].text == db[0].text == dc[0].text == text
    assert da[0].body_start == db[0].body_start == dc[0].body_start


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # a sparse 50 MB file: instant to make, never read
        fh.truncate(50_000_000)
    opened: list[str] = []
    real_open = open

    def spy(path, *a, **kw):
        opened.append(str(path))
        return real_open(path, *a, **kw)

    monkeypatch.setattr(load, "open", spy, raising=False)
    pr = one_problem(big)
    assert pr.message == "file is 50.0 MB, over the 20 MB limit (raise it with --max-bytes); skipped"
    assert opened == []
    assert "binary" in one_problem(big, max_bytes=60_000_000).message


def test_impossible_header_date_is_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "feb30.txt"
    p.write_text(" date 2024-02-30 Anna Smith married Bob Jones.\n")
    (doc,) = docs(p)
    assert doc.header_date is None
    assert doc.warnings == ["header date '2024-02-30' is not a real calendar date; ignored"]
    assert doc.body.startswith("Anna Smith")


def test_missing_paths(tmp_path: Path) -> None:
    got = problems(tmp_path / "nope.txt", tmp_path / "nodir")
    assert [(p.path, p.message) for p in got] == [
        (str(tmp_path / "nope.txt"), "no such file or folder"),
        (str(tmp_path / "nodir"), "no such file or folder"),
    ]


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x")
    assert [p.message for p in problems(tmp_path)] == ["no *.txt, *.json or *.jsonl files in this folder"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(GOOD)
    if os.geteuid() == 0:  # root reads anything: simulate the refusal

        def refuse(path, *a, **kw):
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(load, "open", refuse, raising=False)
    else:
        p.chmod(0)
    try:
        assert one_problem(p).message == "cannot read: Permission denied"
    finally:
        p.chmod(0o644)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symlink_loops_and_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "up").symlink_to("..")  # a folder that contains itself
    (sub / "ok.txt").write_text(GOOD)
    (tmp_path / "again").symlink_to("sub")  # a second way to the same folder: read once, silently
    got = items(tmp_path)
    msgs = sorted(
        (Path(p.path).relative_to(tmp_path).as_posix(), p.message) for p in got if isinstance(p, InputProblem)
    )
    assert msgs == [
        ("a.txt", "symbolic link loop; skipped"),
        ("b.txt", "symbolic link loop; skipped"),
        ("gone.txt", "broken symbolic link (target 'nowhere.txt' does not exist); skipped"),
        ("sub/up", "symbolic link loop (points to a folder that contains it); skipped"),
    ]
    assert [Path(d.path).relative_to(tmp_path).as_posix() for d in got if isinstance(d, Document)] == [
        "sub/ok.txt"
    ]
    # named directly on the command line
    assert one_problem(tmp_path / "a.txt").message == "symbolic link loop; skipped"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text(GOOD)
    got = items(tmp_path)  # would block forever if the pipe were opened
    assert [p.message for p in got if isinstance(p, InputProblem)] == ["not a regular file; skipped"]
    assert "pipe or device" in next(iter(read_source(load.Source(str(fifo), str(fifo))))).message


def test_jsonl_with_one_broken_line(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text(
        '{"id": "a1", "text": "Anna Smith married Bob Jones.", "published": "2024-01-02"}\n'
        '{"id": "a2", "text": "broken\n'
        '["not", "an", "object"]\n'
        '{"id": "a4", "text": "   "}\n'
        '{"id": "a5", "text": "Carol Doe divorced Dan Roe.", "published": "2024-02-30"}\n'
    )
    got = items(p)
    assert [(x.line, x.message.split(" (")[0]) for x in got if isinstance(x, InputProblem)] == [
        (2, "not valid JSON"),
        (3, "a record must be a JSON object with a 'text' field; line skipped"),
        (4, "record text is empty; line skipped"),
    ]
    ok = [x for x in got if isinstance(x, Document)]
    assert [d.id for d in ok] == ["a1", "a5"]
    assert ok[1].warnings == ["'published' value '2024-02-30' is not a YYYY-MM-DD date; ignored"]


def test_ten_thousand_files_expand_fast(tmp_path: Path) -> None:
    root = tmp_path / "many"
    for i in range(100):
        d = root / f"d{i:02d}"
        d.mkdir(parents=True)
        for j in range(100):
            (d / f"{j:03d}.txt").write_text(f"Item {i}-{j}.\n" if j % 10 else "")
    t = time.perf_counter()
    found: list[InputProblem] = []
    sources = expand([str(root)], found)
    elapsed = time.perf_counter() - t
    assert len(sources) == 10_000 and not found
    assert sources == sorted(sources, key=lambda s: s.path)
    got = items(root)
    assert sum(isinstance(x, Document) for x in got) == 9_000
    assert sum(isinstance(x, InputProblem) and x.message == "empty file; skipped" for x in got) == 1_000
    assert elapsed < 30  # generous: a sanity bound against quadratic walking, not a benchmark


@given(st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_decode_never_raises(data: bytes) -> None:
    text, warning = decode(data)
    assert text is None or isinstance(text, str)
    assert warning is None or isinstance(warning, str)


@given(st.binary(max_size=600), st.sampled_from([".txt", ".json", ".jsonl"]))
@settings(max_examples=200, deadline=None)
def test_any_bytes_read_without_raising(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    p = tmp_path_factory.mktemp("bytes") / f"x{suffix}"
    p.write_bytes(data)
    for item in read_source(load.Source(str(p), str(p))):
        assert isinstance(item, Document | InputProblem)
        if isinstance(item, InputProblem):
            assert item.path == str(p) and item.message


def test_a_folder_named_twice_or_through_a_link_is_read_once(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(GOOD)
    (tmp_path / "link").symlink_to(root, target_is_directory=True)
    got = items(root, root, tmp_path / "link", root / "a.txt")
    assert [type(x).__name__ for x in got] == ["Document"]
