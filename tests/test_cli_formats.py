"""One CLI test per output format of `newsfacts extract` (issue 2), through the real entry point."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.schema import Result

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")


def extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", "extract", SEEDS, "--no-cache", "-q", *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def as_json() -> Result:
    out = extract("-f", "json")
    assert out.returncode == 0, out.stderr
    return Result.model_validate_json(out.stdout)


def test_json_is_the_contract(as_json: Result) -> None:
    assert as_json.schema_version == 1 and as_json.tool.name == "newsfacts"
    assert as_json.facts and all(f.evidence and f.sources for f in as_json.facts)


def test_json_is_the_default_when_piped(as_json: Result) -> None:
    out = extract()
    assert Result.model_validate_json(out.stdout) == as_json


def test_jsonl_one_fact_per_line_with_people_inlined(as_json: Result) -> None:
    lines = extract("-f", "jsonl").stdout.splitlines()
    assert len(lines) == len(as_json.facts)
    first = json.loads(lines[0])
    who = first.get("people") or first.get("parents") or [first.get("person")]
    assert isinstance(who[0], dict) and {"id", "name"} <= set(who[0])


def test_csv_one_row_per_fact(as_json: Result) -> None:
    rows = list(csv.DictReader(io.StringIO(extract("-f", "csv").stdout)))
    assert len(rows) == len(as_json.facts)
    assert {"id", "type", "people", "date", "confidence", "sources", "quote"} <= set(rows[0])


def test_markdown_has_the_sections() -> None:
    text = extract("-f", "markdown").stdout
    for heading in ("## People", "## Facts", "## Timeline", "## Conflicts"):
        assert heading in text


def test_table_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    out = extract("-f", "table", "-o", str(target))
    assert out.returncode == 0 and out.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert "People" in text and "Timeline" in text


def test_output_is_byte_identical_run_to_run() -> None:
    assert extract("-f", "json").stdout == extract("-f", "json").stdout


def test_schema_command_is_the_models_schema() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsfacts", "schema"], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == json.loads(json.dumps(Result.model_json_schema(), sort_keys=True))


def test_version() -> None:
    from newsfacts import __version__

    out = subprocess.run(
        [sys.executable, "-m", "newsfacts", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"newsfacts {__version__}"
