"""The spaCy pipeline is found in one place; a missing one is one clear line and exit 3."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(*args: str, env_model: str | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ)
    env.pop("NEWSFACTS_MODEL", None)
    if env_model:
        env["NEWSFACTS_MODEL"] = env_model
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *args], capture_output=True, text=True, env=env, check=False
    )


def test_missing_model_option_is_one_line_and_exit_3() -> None:
    out = run("extract", str(SEEDS), "--model", "no_such_pipeline_xyz", "--no-cache")
    assert out.returncode == 3
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "no_such_pipeline_xyz" in lines[0] and "pip install" in lines[0]
    assert "Traceback" not in out.stderr


def test_model_from_environment_variable() -> None:
    out = run("extract", str(SEEDS), "--no-cache", env_model="no_such_pipeline_xyz")
    assert out.returncode == 3 and "no_such_pipeline_xyz" in out.stderr


def test_model_resolution_order(monkeypatch) -> None:
    from newsfacts import nlp

    monkeypatch.delenv("NEWSFACTS_MODEL", raising=False)
    assert nlp.model_name("explicit_one") == "explicit_one"
    monkeypatch.setenv("NEWSFACTS_MODEL", "from_env")
    assert nlp.model_name() == "from_env"
    monkeypatch.delenv("NEWSFACTS_MODEL")
    assert nlp.model_name() in nlp.DEFAULT_MODELS
