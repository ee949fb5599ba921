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
