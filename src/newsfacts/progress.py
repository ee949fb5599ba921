"""A progress bar on stderr for long runs — only on a terminal, only for more than a handful of files.

The pipeline reports ``(files done, files in total, articles analysed)`` through a plain callback; this
module turns that into a rich bar. It refreshes from the caller's thread (no background thread), at
most ten times a second, and disappears when the run ends so warnings print on a clean line.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

HANDFUL = 5  # up to this many files: no bar
REFRESH_SECONDS = 0.1

ProgressFn = Callable[[int, int, int], None]


def wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    """A bar only when stderr is a terminal and the user did not ask for quiet."""
    stream = stream if stream is not None else sys.stderr
    if quiet:
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced stream
        return False


@contextmanager
def progress_bar(enabled: bool, stream: TextIO | None = None) -> Iterator[ProgressFn | None]:
    """Yield a progress callback, or None when no bar is wanted."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=stream if stream is not None else sys.stderr)
    bar = Progress(
        TextColumn("[bold]newsfacts[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[articles]} articles"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        auto_refresh=False,
    )
    task = None
    last = 0.0
    started = False

    def update(done: int, total: int, articles: int) -> None:
        nonlocal task, last, started
        if total <= HANDFUL:
            return
        if not started:
            bar.start()
            started = True
            task = bar.add_task("files", total=total, articles=0)
        assert task is not None
        bar.update(task, completed=done, articles=articles)
        now = time.monotonic()
        if now - last >= REFRESH_SECONDS or done >= total:
            bar.refresh()
            last = now

    try:
        yield update
    finally:
        if started:
            bar.stop()
