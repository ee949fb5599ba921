"""`newsfacts --help` is instant: spaCy and dateparser are imported only by the commands that need them."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
from newsfacts.cli import app
try:
    app({args!r}, standalone_mode=False)
except SystemExit:
    pass
heavy = sorted(m for m in ("spacy", "thinc", "dateparser", "numpy") if m in sys.modules)
print("HEAVY:" + ",".join(heavy))
"""


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["--version"], ["schema"]])
def test_help_does_not_import_spacy_or_dateparser(args: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "HEAVY:\n" in proc.stdout, proc.stdout[-500:]


def test_importing_the_package_and_cli_is_light() -> None:
    code = (
        "import newsfacts, newsfacts.cli, newsfacts.load, sys; "
        "print(sorted(m for m in ('spacy', 'dateparser') if m in sys.modules))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert proc.stdout.strip() == "[]"


def test_extract_help_lists_the_robustness_options() -> None:
    from typer.testing import CliRunner

    from newsfacts.cli import app

    out = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"}).output
    for opt in ("--jobs", "--quiet", "--max-bytes", "--cache", "--no-cache"):
        assert opt in out
