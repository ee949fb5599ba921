"""``newsfacts timeline`` (and ``extract``) on the seeds: the same articles in any order, or given
twice, give byte-identical output in every format; ``--person`` narrows it; HTML is one offline page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))


def run(*args: str) -> str:
    res = CliRunner().invoke(app, [*args, "--no-cache"])  # never touch the user's cache from tests
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    assert res.exit_code == 0, res.output
    return res.stdout


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


INPUTS = {
    "folder": ["seeds/"],
    "files in order": SEEDS,
    "files reversed": SEEDS[::-1],
    "folder twice": ["seeds/", "seeds/"],
    "folder and its files": [SEEDS[1], "seeds/", SEEDS[0]],
}


@pytest.mark.parametrize(
    "command",
    [
        ("timeline", "-f", "json"),
        ("timeline", "-f", "markdown"),
        ("timeline", "-f", "html"),
        ("extract", "-f", "json"),
    ],
)
def test_any_order_and_repeats_give_identical_bytes(command: tuple[str, ...]) -> None:
    outputs = {
        name: run(command[0], *paths, *command[1:], "-q")
        for name, paths in INPUTS.items()
        if name != "folder twice"
    }
    first = outputs["folder"]
    assert first.strip()
    for name, out in outputs.items():
        assert out == first, f"{' '.join(command)}: {name!r} differs from 'folder'"


def test_the_same_folder_twice() -> None:
    assert run("timeline", "seeds/", "seeds/", "-f", "json", "-q") == run(
        "timeline", "seeds/", "-f", "json", "-q"
    )


def test_a_symlinked_copy_of_the_folder_is_the_same_folder(tmp_path: Path) -> None:
    link = tmp_path / "seeds-link"
    link.symlink_to(ROOT / "seeds", target_is_directory=True)
    assert run("timeline", "seeds/", str(link), "-f", "markdown", "-q") == run(
        "timeline", "seeds/", "-f", "markdown", "-q"
    )


def test_a_copied_folder_counts_each_article_once(tmp_path: Path) -> None:
    for name in ("a", "b"):
        shutil.copytree(ROOT / "seeds", tmp_path / name)
    once = run("timeline", str(tmp_path / "a"), "-f", "json", "-q")
    assert run("timeline", str(tmp_path / "a"), str(tmp_path / "b"), "-f", "json", "-q") == once


def test_timeline_markdown_of_the_seeds() -> None:
    text = run("timeline", "seeds/", "-f", "markdown", "-q")
    assert text.startswith("# Timeline\n")
    rows = [r for r in text.splitlines() if r.startswith("| ") and "---" not in r][1:]
    assert rows, text
    assert any("Natalie Portman" in r and "marry" in r for r in rows)
    assert "dateline" in text  # 002's header date contradicts its text


def test_person_filter() -> None:
    everyone = run("timeline", "seeds/", "-f", "markdown", "-q")
    ben = run("timeline", "seeds/", "--person", "Ben", "-f", "markdown", "-q")
    rows = [r for r in ben.splitlines() if r.startswith("| ") and "---" not in r][1:]
    assert rows and all("Benjamin Millepied" in r for r in rows)
    assert len(rows) <= len([r for r in everyone.splitlines() if r.startswith("| ")]) - 1
    html = run("timeline", "seeds/", "--person", "natalie-portman", "-f", "html", "-q")
    assert "<title>Timeline: Natalie Portman</title>" in html


def test_unknown_person_is_a_usage_error() -> None:
    from newsfacts.errors import UsageError

    with pytest.raises(UsageError, match="no person called"):
        run("timeline", "seeds/", "--person", "Nobody Known", "-f", "json")


def test_html_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "timeline.html"
    run("timeline", "seeds/", "-f", "html", "-o", str(out), "-q")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "<blockquote>" in page
    assert "000_2553cf7c40332cbd" in page and "002_b4f281cfb0b08279" in page
