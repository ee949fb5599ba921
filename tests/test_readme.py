"""Docs that cannot drift: the README's two commands exist and run; every command has help text."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_shows_the_two_commands() -> None:
    block = re.search(r"```sh\n(make run.*?)```", README, re.S)
    assert block, "README must open with the two set-up commands"
    assert re.search(r"^make run\b", block.group(1), re.M)
    assert re.search(r"^make test\b", block.group(1), re.M)


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["run", "test", "eval", "bench", "golden"])
def test_make_targets_exist(target: str) -> None:
    out = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_extracts_the_seeds() -> None:
    """`make run` as the README says (set-up is already done, so it only runs the job)."""
    out = subprocess.run(
        ["make", "-s", "run"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600
    )
    assert out.returncode == 0, out.stderr[-2000:]
    data = json.loads(out.stdout)  # not a terminal here, so the default format is json
    assert data["schema_version"] == 1
    assert {a["id"] for a in data["articles"]} == {p.stem for p in (ROOT / "seeds").glob("*.txt")}
    assert data["facts"]


def test_every_command_has_help() -> None:
    from typer.main import get_command

    from newsfacts.cli import app

    group = get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert (cmd.help or "").strip(), f"command {name} has no help text"
        out = subprocess.run(
            [sys.executable, "-m", "newsfacts", name, "--help"], capture_output=True, text=True
        )
        assert out.returncode == 0 and "Usage" in out.stdout
