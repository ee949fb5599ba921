"""Bad input through the real CLI (``newsfacts.cli:main``): each problem is ONE line on stderr naming the
file (and line), the other articles are still analysed, and the exit code says what happened:
0 all read, 1 some inputs failed, 2 usage error. Never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts import load

GOOD = (
    " date 2024-03-08 Rebecca Thorsby married Gregory Corvell in 2012. "
    "The actress gave birth to their son Arvo in June 2011.\n"
)
OTHER = " date 2023-05-01 Anna Smith married Bob Jones in 2019 in Paris.\n"

Setup = Callable[[Path, pytest.MonkeyPatch], Path]


def _write(name: str, data: bytes) -> Setup:
    def setup(d: Path, mp: pytest.MonkeyPatch) -> Path:
        p = d / name
        p.write_bytes(data)
        return p

    return setup


def _sparse(d: Path, mp: pytest.MonkeyPatch) -> Path:
    p = d / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(50_000_000)  # 50 MB on the command line's terms, no disk blocks, never read
    return p


def _unreadable(d: Path, mp: pytest.MonkeyPatch) -> Path:
    p = d / "locked.txt"
    p.write_text(OTHER)
    if os.geteuid() == 0:  # root reads through chmod 000: simulate the refusal for this one file
        real_open = open

        def guarded(path, *a, **kw):
            if str(path) == str(p):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *a, **kw)

        mp.setattr(load, "open", guarded, raising=False)
    else:
        p.chmod(0)
    return p


def _file_loop(d: Path, mp: pytest.MonkeyPatch) -> Path:
    (d / "loop.txt").symlink_to("loop.txt")  # a link to itself (a -> b -> a is two bad files)
    return d / "loop.txt"


def _folder_loop(d: Path, mp: pytest.MonkeyPatch) -> Path:
    sub = d / "sub"
    sub.mkdir()
    (sub / "back").symlink_to("..")
    return sub / "back"


def _jsonl(d: Path, mp: pytest.MonkeyPatch) -> Path:
    p = d / "feed.jsonl"
    p.write_text(
        json.dumps({"id": "rec1", "text": OTHER.strip(), "published": "2023-05-01"})
        + "\n{broken json\n"
        + json.dumps({"id": "rec3", "text": "Carol Doe divorced Dan Roe in 2020."})
        + "\n"
    )
    return p


# (case, setup, exit code, the one stderr line after "newsfacts: " — {p} is the file as shown)
CASES: list[tuple[str, Setup, int, str]] = [
    ("empty file", _write("empty.txt", b""), 1, "error: {p}: empty file; skipped"),
    (
        "whitespace only",
        _write("blank.txt", b" \n\t\n  \r\n"),
        1,
        "error: {p}: only whitespace, no text; skipped",
    ),
    ("binary", _write("photo.txt", bytes(range(256)) * 64), 1, "error: {p}: binary file, not text; skipped"),
    (
        "invalid UTF-8",
        _write("latin1.txt", OTHER.encode() + "Caf\xe9 society.\n".encode("latin-1")),
        0,
        "warning: {p}: not valid UTF-8 (first bad byte at offset 67); decoded with replacement characters",
    ),
    (
        "50 MB file",
        _sparse,
        1,
        "error: {p}: file is 50.0 MB, over the 20 MB limit (raise it with --max-bytes); skipped",
    ),
    (
        "impossible header date",
        _write("feb30.txt", OTHER.replace("2023-05-01", "2024-02-30").encode()),
        0,
        "warning: {p}: header date '2024-02-30' is not a real calendar date; ignored",
    ),
    (
        "header date in the future",
        _write("future.txt", OTHER.replace("2023-05-01", "2999-01-01").encode()),
        0,
        "warning: {p}: header date 2999-01-01 is in the future; used as given",
    ),
    ("unreadable file", _unreadable, 1, "error: {p}: cannot read: Permission denied"),
    ("symlink loop (files)", _file_loop, 1, "error: {p}: symbolic link loop; skipped"),
    (
        "symlink loop (folders)",
        _folder_loop,
        1,
        "error: {p}: symbolic link loop (points to a folder that contains it); skipped",
    ),
    (
        "JSONL with a broken line",
        _jsonl,
        1,
        "error: {p}:2: not valid JSON (Expecting property name enclosed in double quotes); line skipped",
    ),
]


@pytest.mark.skipif(os.name != "posix", reason="POSIX files, links and permissions")
@pytest.mark.parametrize(("case", "setup", "code", "line"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_line_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli, case: str, setup: Setup, code: int, line: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    bad = setup(corpus, monkeypatch)
    rc, out, err = run_cli("extract", str(corpus), "--format", "json", "--no-cache")
    assert "Traceback" not in err
    assert err.splitlines() == ["newsfacts: " + line.format(p=bad)]
    assert rc == code
    result = json.loads(out)
    ids = [a["id"] for a in result["articles"]]
    assert "good" in ids  # processing went on
    assert any(f["type"] == "marriage" for f in result["facts"])
    assert len(result["errors"]) == (1 if code else 0)


def test_broken_jsonl_keeps_the_good_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    p = _jsonl(tmp_path, monkeypatch)
    rc, out, _err = run_cli("extract", str(p), "-f", "json", "--no-cache")
    assert rc == 1
    assert [a["id"] for a in json.loads(out)["articles"]] == ["rec1", "rec3"]
    assert json.loads(out)["errors"] == [
        {
            "path": str(p),
            "line": 2,
            "message": "not valid JSON (Expecting property name enclosed in double quotes); line skipped",
        }
    ]


def _same_but_path(run_cli, a: Path, b: Path) -> None:
    rc_a, out_a, err_a = run_cli("extract", str(a), "-f", "json", "--no-cache")
    rc_b, out_b, err_b = run_cli("extract", str(b), "-f", "json", "--no-cache")
    assert rc_a == rc_b == 0 and err_a == err_b == ""
    assert out_a.replace(str(a), "X") == out_b.replace(str(b), "X")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_bom_file_gives_the_same_facts_as_utf8(tmp_path: Path, run_cli, encoding: str) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = tmp_path / "a" / "art.txt", tmp_path / "b" / "art.txt"
    a.write_text(GOOD, encoding="utf-8")
    b.write_bytes(GOOD.encode(encoding))
    _same_but_path(run_cli, a, b)


def test_crlf_file_gives_the_same_output_as_lf(tmp_path: Path, run_cli) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    text = GOOD + "\nShe lives in Paris.\n\nThe couple met on the set of Red Kite in 2009.\n"
    a, b = tmp_path / "a" / "art.txt", tmp_path / "b" / "art.txt"
    a.write_bytes(text.encode())
    b.write_bytes(text.replace("\n", "\r\n").encode())
    _same_but_path(run_cli, a, b)


def test_missing_path_beside_a_good_one_is_exit_1(tmp_path: Path, run_cli) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    missing = tmp_path / "missing.txt"
    rc, out, err = run_cli("extract", str(tmp_path / "good.txt"), str(missing), "-f", "json", "--no-cache")
    assert (rc, err.splitlines()) == (1, [f"newsfacts: error: {missing}: no such file or folder"])
    assert [a["id"] for a in json.loads(out)["articles"]] == ["good"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "{t}/missing.txt"], "error: nothing to read: {t}/missing.txt: no such file or folder"),
        (
            ["extract", "{t}/emptydir"],
            "error: nothing to read: {t}/emptydir: no *.txt, *.json or *.jsonl files in this folder",
        ),
    ],
)
def test_nothing_to_read_is_a_usage_error(tmp_path: Path, run_cli, args: list[str], message: str) -> None:
    (tmp_path / "emptydir").mkdir()
    rc, out, err = run_cli(*[a.format(t=tmp_path) for a in args], "-f", "json", "--no-cache")
    assert (rc, out) == (2, "")
    assert err.splitlines() == ["newsfacts: " + message.format(t=tmp_path)]


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "x.txt", "--jobs", "0"],
        ["extract", "x.txt", "--format", "yaml"],
        ["extract", "x.txt", "--no-such-option"],
        ["no-such-command"],
    ],
)
def test_bad_command_lines_are_exit_2(run_cli, args: list[str]) -> None:
    rc, _out, err = run_cli(*args)
    assert rc == 2
    assert "Traceback" not in err and err.strip()


def test_stdin(run_cli) -> None:
    rc, out, err = run_cli("extract", "-", "-f", "json", "--no-cache", stdin=GOOD.encode())
    assert (rc, err) == (0, "")
    assert json.loads(out)["articles"][0]["path"] == "-"
    rc, out, err = run_cli("extract", "-", "-f", "json", "--no-cache", stdin=b"")
    assert (rc, err.splitlines()) == (1, ["newsfacts: error: -: empty file; skipped"])


def test_an_article_that_breaks_the_analysis_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    import newsfacts.extractors as ex

    def explode(ctx, sent):
        if "BOOM" in sent.text:
            raise RuntimeError("simulated extractor bug")
        return iter(())

    monkeypatch.setattr(ex, "EXTRACTORS", (*ex.EXTRACTORS, explode))
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "bomb.txt").write_text(OTHER + "BOOM goes the parser.\n")
    rc, out, err = run_cli("extract", str(tmp_path), "-f", "json", "--no-cache")
    assert rc == 1
    assert err.splitlines() == [
        f"newsfacts: error: {tmp_path / 'bomb.txt'}: internal error while analysing (RuntimeError: simulated "
        "extractor bug); article skipped — please report it"
    ]
    assert [a["id"] for a in json.loads(out)["articles"]] == ["good"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
def test_real_process_never_prints_a_traceback(tmp_path: Path) -> None:
    """The installed entry point, in its own process, over a folder of every kind of bad input."""
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "l1.txt").symlink_to("l2.txt")
    (tmp_path / "l2.txt").symlink_to("l1.txt")
    (tmp_path / "bad.jsonl").write_text('{"text": "ok."}\n{nope\n')
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from newsfacts.cli import main; main()",
            "extract",
            str(tmp_path),
            str(tmp_path / "missing.txt"),
            "-f",
            "json",
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 6 and all(line.startswith("newsfacts: error: ") for line in lines)
    assert json.loads(proc.stdout)["articles"]


@pytest.mark.slow
def test_ten_thousand_tiny_files(tmp_path: Path, run_cli) -> None:
    """10,000 files, a few of them bad: one line per bad file, every good one analysed."""
    root = tmp_path / "many"
    for i in range(100):
        d = root / f"{i:02d}"
        d.mkdir(parents=True)
        for j in range(100):
            n = i * 100 + j
            (d / f"{n:05d}.txt").write_text("" if n % 2500 == 7 else f" date 2024-01-01 Item {n}.\n")
    rc, _out, err = run_cli(
        "extract", str(root), "-f", "json", "--no-cache", "-o", str(tmp_path / "out.json")
    )
    assert rc == 1
    assert sorted(err.splitlines()) == sorted(
        f"newsfacts: error: {root / f'{n // 100:02d}' / f'{n:05d}.txt'}: empty file; skipped"
        for n in range(7, 10_000, 2500)
    )
    assert len(json.loads((tmp_path / "out.json").read_text())["articles"]) == 9_996


def test_a_copied_article_is_counted_once_with_a_warning(tmp_path: Path, run_cli) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "art.txt").write_text(GOOD)
    (tmp_path / "b" / "other.txt").write_text(OTHER)
    rc, out, err = run_cli("extract", str(tmp_path / "a"), str(tmp_path / "b"), "-f", "json", "--no-cache")
    assert rc == 0
    arts = json.loads(out)["articles"]
    assert [a["id"] for a in arts] == ["art", "other"]
    note = f"the same article was also read from {tmp_path / 'b' / 'art.txt'}; counted once"
    assert arts[0]["warnings"] == [note]
    assert err.splitlines() == [f"newsfacts: warning: {tmp_path / 'a' / 'art.txt'}: {note}"]


def test_an_unexpected_bug_is_one_line_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli) -> None:
    import newsfacts.pipeline

    def broken(*a: object, **k: object) -> None:
        raise RuntimeError("simulated\nbug")

    monkeypatch.setattr(newsfacts.pipeline, "extract", broken)
    monkeypatch.delenv("NEWSFACTS_DEBUG", raising=False)
    (tmp_path / "good.txt").write_text(GOOD)
    rc, out, err = run_cli("extract", str(tmp_path), "-f", "json", "--no-cache")
    assert (rc, out) == (1, "")
    assert err.splitlines() == [
        "newsfacts: internal error: RuntimeError: simulated bug (NEWSFACTS_DEBUG=1 shows the traceback)"
    ]
