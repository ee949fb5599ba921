"""Golden files: the whole extraction of fixed inputs, checked with ``newsfacts check`` as CI does.

The extractors are still improving, so these files drift on purpose. A failing test prints the
readable diff (facts added / removed / changed, with people's names). When the change is intended,
regenerate them and commit the new files:

    make golden                       # = pytest -q tests/test_golden.py --update-golden

or one by one, from the repository root:

    newsfacts check seeds/ --expected tests/data/golden/seeds.json --update
    newsfacts check $(.venv/bin/python tests/test_golden.py) \\
        --expected tests/data/golden/corpus_sample.json --update --redact

The corpus sample is 20 fixed articles of ``../shared/corpus/celebrity`` (read from there, never
copied: its golden file is redacted, holding no article text). It is chosen by a rule fixed in
advance: in each of ``legit/`` and ``fake/``, the file names sorted, 10 files at index
7, 7 + k, 7 + 2k, … with k = n // 10 (n files in the folder); a check-set article
(``tests/data/celebrity_check*.jsonl``) gives way to the next file, so that no golden diff shows the
system's output on the articles kept for measuring it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
CELEBRITY = ROOT.parent / "shared" / "corpus" / "celebrity"
PER_FOLDER = 10
START = 7


def held_out() -> set[str]:
    """The check sets' articles: their output stays out of the goldens, so that nobody reading a golden
    diff sees what the system does on articles kept for measuring it."""
    return {
        json.loads(line)["article"]
        for check in sorted((ROOT / "tests" / "data").glob("celebrity_check*.jsonl"))
        for line in check.read_text(encoding="utf-8").splitlines()
        if line
    }


def corpus_sample(root: Path = CELEBRITY) -> list[str]:
    """The 20 sample articles, as paths relative to the repository root (as CI passes them)."""
    out = []
    skip = held_out()
    for folder in ("legit", "fake"):
        names = sorted(p.name for p in (root / folder).iterdir() if p.suffix == ".txt")
        step = len(names) // PER_FOLDER
        for i in range(PER_FOLDER):
            j = START + i * step
            while f"{folder}/{names[j]}" in skip:
                j += 1  # a check-set article: the next file in order
            out.append(f"../shared/corpus/celebrity/{folder}/{names[j]}")
    return out


def run_check(paths: list[str], golden: Path, update: bool, redact: bool = False) -> tuple[int, str]:
    args = ["check", *paths, "--expected", str(golden.relative_to(ROOT)), "--no-cache"]
    if update:
        args += ["--update"] + (["--redact"] if redact else [])
    res = CliRunner().invoke(app, args, catch_exceptions=False)
    return res.exit_code, res.output


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)  # paths in the goldens are as CI gives them: relative to the root
    return ROOT


def _check(paths: list[str], name: str, update_golden: bool, redact: bool = False) -> None:
    golden = GOLDEN / name
    if update_golden or not golden.exists():
        code, out = run_check(paths, golden, update=True, redact=redact)
        assert code == 0, out
        if not update_golden:
            pytest.fail(f"{golden} did not exist; written now: review it and commit it")
        return
    code, out = run_check(paths, golden, update=False)
    if code != 0:
        pytest.fail(
            f"the extraction differs from {golden.name}:\n{out}\n"
            "If the change is intended, regenerate the golden files with `make golden`.",
            pytrace=False,
        )


@pytest.mark.usefixtures("at_root")
def test_seeds_golden(update_golden: bool) -> None:
    _check(["seeds/"], "seeds.json", update_golden)


@pytest.mark.slow
@pytest.mark.usefixtures("at_root")
def test_corpus_sample_golden(update_golden: bool) -> None:
    if not CELEBRITY.is_dir():
        pytest.skip("../shared/corpus/celebrity is not beside the repository")
    _check(corpus_sample(), "corpus_sample.json", update_golden, redact=True)


def test_corpus_golden_holds_no_article_text() -> None:
    golden = GOLDEN / "corpus_sample.json"
    if not golden.exists():
        pytest.skip("no corpus golden yet")
    from newsfacts.check import is_redacted, read_golden

    result = read_golden(golden)
    assert is_redacted(result)
    assert all(ev.quote == "" for f in result.facts for ev in f.evidence)
    assert all(a.title is None or a.title.startswith("sha1:") for a in result.articles)


if __name__ == "__main__":  # print the sample's paths, for the command in the module docstring
    sys.stdout.write(" ".join(corpus_sample()) + "\n")
