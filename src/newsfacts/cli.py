"""The ``newsfacts`` command: a thin typer layer; every command calls one library function.

Exit codes: 0 all inputs read, 1 some inputs failed (the others are still in the output),
2 usage error (bad option, nothing to read), 3 set-up problem (no spaCy pipeline installed).
spaCy and dateparser are imported only by the commands that need them, so ``--help`` is instant.
"""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsfacts import __version__
from newsfacts.errors import NewsfactsError, UsageError

if TYPE_CHECKING:  # pragma: no cover - spaCy-free at import, rich only when a table is printed
    from collections.abc import Callable

    from rich.console import Console

    from newsfacts.schema import Result

app = typer.Typer(
    name="newsfacts",
    help="Turn celebrity-news articles into checked, dated, sourced facts and one reconciled timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(str, Enum):  # noqa: UP042 - typer shows str enums' values as choices
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class DatesFormat(str, Enum):  # noqa: UP042 - as Format
    table = "table"
    json = "json"


def _err(message: str) -> None:
    typer.echo(f"newsfacts: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """newsfacts: celebrity-news articles in, dated and sourced facts out."""


PathsArg = Annotated[
    list[str], typer.Argument(help="Files or folders (recursive; *.txt, *.json, *.jsonl), or - for stdin.")
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", envvar="NEWSFACTS_MODEL", help="Installed spaCy pipeline to use.")
]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or progress on stderr.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Skip input files larger than this.")]
CacheOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        help="SQLite file of per-article results reused by later runs "
        "[default: $NEWSFACTS_CACHE, else ~/.cache/newsfacts/cache.sqlite3].",
    ),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Analyse everything again; use no cache.")]


def _default_format(fmt: Format | None, output: Path | None) -> Format:
    if fmt is not None:
        return fmt
    return Format.table if output is None and sys.stdout.isatty() else Format.json


def _print_table(render: Callable[[Result, Console], None], result: Result, output: Path | None) -> None:
    """A rich view on the terminal, or plain (no colour, 160 columns) into ``output``."""
    from rich.console import Console

    if output is None:
        render(result, Console())
        return
    with output.open("w", encoding="utf-8") as fh:
        render(result, Console(file=fh, width=160, color_system=None))


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc


REPEAT_LIMIT = 5  # a warning that many articles share is summarised in one line


def _report(result, quiet: bool) -> int:
    """Warnings and errors on stderr, one line each naming the file; the same warning on many
    articles (a corpus without date headers) becomes one line with a count and examples."""
    if not quiet:
        by_text: dict[str, list[str]] = {}
        for a in result.articles:
            for w in a.warnings:
                by_text.setdefault(w, []).append(a.path)
        for w, paths in by_text.items():
            if len(paths) > REPEAT_LIMIT:
                examples = ", ".join(paths[:3])
                _err(f"warning: {len(paths)} articles: {w} (e.g. {examples}; see the JSON 'warnings')")
            else:
                for path in paths:
                    _err(f"warning: {path}: {w}")
        for p in result.errors:
            where = f"{p.path}:{p.line}" if p.line is not None else p.path
            _err(f"error: {where}: {p.message}")
    return 1 if result.errors else 0


def _run_extract(
    paths: list[str],
    model: str | None,
    jobs: int,
    max_bytes: int,
    *,
    cache_path: Path | None = None,
    use_cache: bool = True,
    quiet: bool = False,
):
    """Run the pipeline (cache + progress bar as asked); nothing readable at all is a usage error."""
    from newsfacts.load import PATH_PROBLEMS
    from newsfacts.pipeline import extract
    from newsfacts.progress import progress_bar, wanted

    cache = None
    if use_cache:
        from newsfacts.cache import open_cache

        cache = open_cache(cache_path, model)
    try:
        with progress_bar(wanted(quiet)) as progress:
            result = extract(
                paths, model=model, jobs=jobs, max_bytes=max_bytes, cache=cache, progress=progress
            )
    finally:
        if cache is not None:
            cache.close()
    if cache is not None and not quiet:
        for w in cache.warnings:
            _err(f"warning: {w}")
    if not result.articles and result.errors and all(p.message in PATH_PROBLEMS for p in result.errors):
        raise UsageError("nothing to read: " + "; ".join(f"{p.path}: {p.message}" for p in result.errors))
    return result


@app.command()
def extract(
    paths: PathsArg,
    fmt: Annotated[
        Format | None, typer.Option("--format", "-f", help="Default: table on a terminal, else json.")
    ] = None,
    output: OutOpt = None,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    quiet: QuietOpt = False,
    max_bytes: MaxBytesOpt = 20_000_000,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Read articles and print their people, facts, timeline and conflicts.

    Facts are reconciled across all articles, so every format (jsonl too) is written once the last
    article is analysed; articles are parsed in streaming batches, so memory stays flat meanwhile.
    """
    result = _run_extract(
        paths, model, jobs, max_bytes, cache_path=cache, use_cache=not no_cache, quiet=quiet
    )
    chosen = _default_format(fmt, output)
    if chosen is Format.table:
        from newsfacts.render import render_result

        _print_table(render_result, result, output)
    else:
        from newsfacts.export import WRITERS

        _write(WRITERS[chosen.value](result), output)
    raise typer.Exit(_report(result, quiet))


class TimelineFormat(str, Enum):  # noqa: UP042 - same style as Format
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"


@app.command()
def timeline(
    paths: PathsArg,
    person: Annotated[
        str | None, typer.Option("--person", help="Only entries about this person (name, alias or id).")
    ] = None,
    fmt: Annotated[
        TimelineFormat | None,
        typer.Option("--format", "-f", help="table, json, markdown or html (one offline page with quotes)."),
    ] = None,
    output: OutOpt = None,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    quiet: QuietOpt = False,
    max_bytes: MaxBytesOpt = 20_000_000,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """One timeline of every event across the articles: date, event, people, sources, conflicts."""
    from newsfacts import timeline_view as tv

    result = _run_extract(
        paths, model, jobs, max_bytes, cache_path=cache, use_cache=not no_cache, quiet=quiet
    )
    if person:
        result = tv.filter_person(result, person)
    chosen = fmt or (TimelineFormat.table if output is None and sys.stdout.isatty() else TimelineFormat.json)
    if chosen is TimelineFormat.table:
        from newsfacts.render import render_timeline

        _print_table(render_timeline, result, output)
    elif chosen is TimelineFormat.html:
        from newsfacts.html import to_html

        title = f"Timeline: {tv.person_name(result, person)}" if person else "Timeline"
        _write(to_html(result, title), output)
    elif chosen is TimelineFormat.json:
        _write(tv.to_timeline_json(result), output)
    else:
        _write(tv.to_timeline_markdown(result), output)
    raise typer.Exit(_report(result, quiet))


@app.command()
def check(
    paths: PathsArg,
    expected: Annotated[
        Path, typer.Option("--expected", "-e", help="Golden JSON file (`newsfacts extract --format json`).")
    ],
    update: Annotated[bool, typer.Option("--update", help="Rewrite the golden file from this run.")] = False,
    redact: Annotated[
        bool, typer.Option("--redact", help="With --update: store no article text (quotes, titles).")
    ] = False,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    max_bytes: MaxBytesOpt = 20_000_000,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Show at most N records per section.")
    ] = None,
) -> None:
    """Compare the extraction of PATHS with a golden file (for CI). Exit 0 when equal, 1 with a
    readable diff when not; --update rewrites the golden file. What counts: see newsfacts.check."""
    from newsfacts.check import compare, format_changes, is_redacted, read_golden, write_golden

    golden = None if update else read_golden(expected)  # a missing or broken golden fails fast
    result = _run_extract(paths, model, jobs, max_bytes, cache_path=cache, use_cache=not no_cache, quiet=True)
    if golden is None:
        write_golden(result, expected, redacted=redact)
        counts = f"{len(result.articles)} articles, {len(result.people)} people, {len(result.facts)} facts"
        _err(f"wrote {expected}: {counts}")
        raise typer.Exit(0)
    changes = compare(golden, result)
    typer.echo(format_changes(changes, str(expected), limit), nl=False)
    if changes:
        how = "--update --redact" if is_redacted(golden) else "--update"
        _err(f"the extraction differs from {expected}; if that is intended, rerun the command with {how}")
    raise typer.Exit(1 if changes else 0)


@app.command()
def dates(
    file: Annotated[str, typer.Argument(help="A text file (or - for stdin).")],
    published: Annotated[str | None, typer.Option("--published", help="Anchor date YYYY-MM-DD.")] = None,
    fmt: Annotated[DatesFormat | None, typer.Option("--format", "-f")] = None,
    output: OutOpt = None,
) -> None:
    """List every temporal expression in a text, normalized against its publication date."""
    from newsfacts.load import Document, parse_iso_date
    from newsfacts.temporal_api import tag_document

    anchor: date | None = None
    if published is not None:
        anchor = parse_iso_date(published)
        if anchor is None:
            raise UsageError(f"--published {published!r} is not a real YYYY-MM-DD date")
    from newsfacts.load import Source, read_source

    doc = None
    for item in read_source(Source(file, file)):
        if isinstance(item, Document):
            doc = item
            break
        where = f"{item.path}:{item.line}" if item.line is not None else item.path
        _err(f"error: {where}: {item.message}")
        raise typer.Exit(1)
    if doc is None:
        raise UsageError(f"{file}: nothing to read")
    items, article = tag_document(doc, anchor)
    chosen = fmt or (DatesFormat.table if output is None and sys.stdout.isatty() else DatesFormat.json)
    if chosen is DatesFormat.json:
        import json

        records = [x.model_dump(mode="json") for x in items]
        _write(json.dumps(records, ensure_ascii=False, indent=2) + "\n", output)
    else:
        from rich.console import Console

        from newsfacts.render import render_timexes

        render_timexes(items, Console())
    for w in article.warnings:
        _err(f"warning: {file}: {w}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output (generated from the pydantic models)."""
    import json

    from newsfacts.schema import Result

    typer.echo(json.dumps(Result.model_json_schema(), indent=2, sort_keys=True))


def main() -> None:
    """Console-script entry: library errors become one line and an exit code, never a traceback."""
    import click

    # typer ≥ 0.2x raises its own vendored copies of click's exceptions: catch both families
    usage_errors: tuple[type[Exception], ...] = (click.exceptions.ClickException,)
    try:
        from typer._click.exceptions import ClickException as TyperClickException

        usage_errors += (TyperClickException,)
    except ImportError:  # pragma: no cover - a typer that uses click itself
        pass
    try:
        rc = app(standalone_mode=False)
    except NewsfactsError as exc:
        _err(f"error: {exc}")
        sys.exit(exc.exit_code)
    except usage_errors as exc:  # bad options or arguments
        exc.show()  # type: ignore[attr-defined]
        sys.exit(2)
    except (click.exceptions.Abort, typer.Abort, KeyboardInterrupt):
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:  # `newsfacts … | head`
        sys.exit(0)
    except Exception as exc:  # a bug: still one line, not a traceback (NEWSFACTS_DEBUG=1 shows it)
        import os

        if os.environ.get("NEWSFACTS_DEBUG"):
            raise
        msg = " ".join(str(exc).split())[:300]
        _err(f"internal error: {type(exc).__name__}: {msg} (NEWSFACTS_DEBUG=1 shows the traceback)")
        sys.exit(1)
    sys.exit(rc if isinstance(rc, int) else 0)
