"""Shared fixtures. Sections: spaCy pipeline (one per test session), corpus paths, golden-file switch."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

# -- spaCy pipeline: loaded once per session ---------------------------------------------------------


@pytest.fixture(scope="session")
def nlp():
    from newsfacts.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    return CORPUS


# -- golden files: `pytest --update-golden` (`make golden`) rewrites them instead of comparing --------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/data/golden/*.json from the current extraction instead of comparing with them",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


# -- robustness / CLI tests (issue 6): no test touches the user's real cache ---------------------------


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Point $NEWSFACTS_CACHE at a throw-away file for the whole session (subprocesses inherit it)."""
    import os

    path = tmp_path_factory.mktemp("newsfacts-cache") / "cache.sqlite3"
    old = os.environ.get("NEWSFACTS_CACHE")
    os.environ["NEWSFACTS_CACHE"] = str(path)
    yield path
    if old is None:
        os.environ.pop("NEWSFACTS_CACHE", None)
    else:
        os.environ["NEWSFACTS_CACHE"] = old


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]):
    """Run the real console entry (``newsfacts.cli:main``) in-process → (exit code, stdout, stderr)."""
    import io
    import sys

    def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
        from newsfacts.cli import main

        monkeypatch.setattr(sys, "argv", ["newsfacts", *args])
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsysbinary.readouterr()
        with pytest.raises(SystemExit) as exit_info:
            main()
        out, err = capsysbinary.readouterr()
        code = exit_info.value.code
        return (code if isinstance(code, int) else 0), out.decode("utf-8"), err.decode("utf-8")

    return run
