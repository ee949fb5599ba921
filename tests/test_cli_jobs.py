"""--jobs N: several processes, the same bytes as one; the progress bar only where it belongs."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from newsfacts.export import to_json
from newsfacts.pipeline import run
from newsfacts.progress import HANDFUL, progress_bar, wanted
from newsfacts.reconcile import reconcile


@pytest.fixture(scope="module")
def articles(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dozen real articles (and one bad file) in a folder of their own."""
    root = tmp_path_factory.mktemp("jobs")
    for p in sorted((corpus / "celebrity" / "legit").glob("*.txt"))[:12]:
        shutil.copy(p, root / p.name)
    (root / "zz-empty.txt").write_text("")
    return root


@pytest.mark.skipif(os.name != "posix", reason="fork")
def test_jobs_2_gives_the_same_bytes_as_jobs_1(articles: Path, nlp) -> None:
    one, probs1 = run([str(articles)], jobs=1, batch=3)
    two, probs2 = run([str(articles)], jobs=2, batch=3)  # 5 batches spread over 2 worker processes
    assert len(one) == 12
    assert probs1 == probs2 and [p.message for p in probs1] == ["empty file; skipped"]
    assert to_json(reconcile(two)) == to_json(reconcile(one))


@pytest.mark.skipif(os.name != "posix", reason="fork")
def test_cli_jobs_2(articles: Path, run_cli) -> None:
    rc1, out1, err1 = run_cli("extract", str(articles), "-f", "json", "--no-cache", "-q")
    rc2, out2, err2 = run_cli("extract", str(articles), "-f", "json", "--no-cache", "-q", "--jobs", "2")
    assert rc1 == rc2 == 1 and err1 == err2 == ""
    assert out1 == out2


def test_progress_reports_every_file(articles: Path, nlp) -> None:
    seen: list[tuple[int, int, int]] = []
    results, _ = run([str(articles)], progress=lambda *a: seen.append(a), batch=4)
    assert seen[0] == (0, 13, 0) and seen[-1] == (13, 13, 12)
    assert [s[0] for s in seen] == sorted(s[0] for s in seen)
    assert len(results) == 12


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_only_on_a_terminal_and_not_when_quiet() -> None:
    assert wanted(quiet=False, stream=Tty()) is True
    assert wanted(quiet=True, stream=Tty()) is False
    assert wanted(quiet=False, stream=io.StringIO()) is False
    with progress_bar(False) as cb:
        assert cb is None


def test_bar_draws_for_many_files_and_stays_silent_for_a_handful() -> None:
    tty = Tty()
    with progress_bar(True, stream=tty) as cb:
        assert cb is not None
        for n in range(HANDFUL + 1):
            cb(n, HANDFUL, n)
    assert tty.getvalue() == ""
    with progress_bar(True, stream=tty) as cb:
        assert cb is not None
        for n in range(41):
            cb(n, 40, n * 2)
    assert "40/40" in tty.getvalue() and "80 articles" in tty.getvalue()


def test_cli_prints_no_bar_when_stderr_is_not_a_terminal(articles: Path, run_cli) -> None:
    _rc, _out, err = run_cli("extract", str(articles), "-f", "json", "--no-cache")
    assert "━" not in err and "files ·" not in err
