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
from typing import Annotated

import typer

from newsfacts import __version__
from newsfacts.errors import NewsfactsError, UsageError

app = typer.Typer(
    name="newsfacts",
    help="Turn celebrity-news articles into checked, dated, sourced facts and one reconciled timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class DatesFormat(str, Enum):
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


PathsArg = Annotated[list[str], typer.Argument(help="Files or folders (recursive; *.txt, *.json, *.jsonl), or - for stdin.")]
ModelOpt = Annotated[
    str | None, typer.Option("--model", envvar="NEWSFACTS_MODEL", help="Installed spaCy pipeline to use.")
]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or progress on stderr.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Skip input files larger than this.")]


def _default_format(fmt: Format | None, output: Path | None) -> Format:
    if fmt is not None:
        return fmt
    return Format.table if output is None and sys.stdout.isatty() else Format.json


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc


def _report(result, quiet: bool) -> int:
    if not quiet:
        for a in result.articles:
            for w in a.warnings:
                _err(f"warning: {a.path}: {w}")
        for p in result.errors:
            where = f"{p.path}:{p.line}" if p.line is not None else p.path
            _err(f"error: {where}: {p.message}")
    return 1 if result.errors else 0


def _run_extract(paths: list[str], model: str | None, jobs: int, max_bytes: int):
    from newsfacts.pipeline import extract

    result = extract(paths, model=model, jobs=jobs, max_bytes=max_bytes)
    if not result.articles and result.errors and not any(p.path == "-" for p in result.errors):
        if all(p.message == "no such file or folder" for p in result.errors):
            raise UsageError("nothing to read: " + ", ".join(p.path for p in result.errors) + " not found")
    return result


@app.command()
def extract(
    paths: PathsArg,
    fmt: Annotated[Format | None, typer.Option("--format", "-f", help="Default: table on a terminal, else json.")] = None,
    output: OutOpt = None,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    quiet: QuietOpt = False,
    max_bytes: MaxBytesOpt = 20_000_000,
) -> None:
    """Read articles and print their people, facts, timeline and conflicts."""
    result = _run_extract(paths, model, jobs, max_bytes)
    chosen = _default_format(fmt, output)
    if chosen is Format.table:
        from rich.console import Console

        from newsfacts.render import render_result

        if output is None:
            render_result(result, Console())
        else:
            with output.open("w", encoding="utf-8") as fh:
                render_result(result, Console(file=fh, width=160, color_system=None))
    else:
        from newsfacts.export import WRITERS

        _write(WRITERS[chosen.value](result), output)
    raise typer.Exit(_report(result, quiet))


@app.command()
def timeline(
    paths: PathsArg,
    person: Annotated[str | None, typer.Option("--person", help="Only entries about this person (name or id).")] = None,
    fmt: Annotated[Format | None, typer.Option("--format", "-f", help="table, json or markdown.")] = None,
    output: OutOpt = None,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    quiet: QuietOpt = False,
    max_bytes: MaxBytesOpt = 20_000_000,
) -> None:
    """One timeline of every dated event across the articles."""
    result = _run_extract(paths, model, jobs, max_bytes)
    if person:
        from newsfacts.timeline_view import filter_person

        result = filter_person(result, person)
    chosen = _default_format(fmt, output)
    if chosen is Format.table:
        from rich.console import Console

        from newsfacts.render import render_timeline

        render_timeline(result, Console() if output is None else Console(file=output.open("w"), color_system=None))
    elif chosen is Format.json:
        import json

        data = {"timeline": [e.model_dump(mode="json") for e in result.timeline],
                "conflicts": [c.model_dump(mode="json") for c in result.conflicts]}
        _write(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
    else:
        from newsfacts.export import WRITERS

        _write(WRITERS[chosen.value](result), output)
    raise typer.Exit(_report(result, quiet))


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

        _write(json.dumps([x.model_dump(mode="json") for x in items], ensure_ascii=False, indent=2) + "\n", output)
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

    try:
        rc = app(standalone_mode=False)
    except NewsfactsError as exc:
        _err(f"error: {exc}")
        sys.exit(exc.exit_code)
    except click.exceptions.ClickException as exc:  # bad options or arguments
        exc.show()
        sys.exit(2)
    except (click.exceptions.Abort, KeyboardInterrupt):
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:  # `newsfacts … | head`
        sys.exit(0)
    sys.exit(rc if isinstance(rc, int) else 0)
