"""Files, folders, stdin and JSON/JSONL records → ``Document`` (text + what the input says about it).

Every problem names the file (and line, for JSONL) and becomes an ``InputProblem``: one bad input never
costs the others. Nothing here imports spaCy.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsfacts.schema import InputProblem

SUFFIXES = (".txt", ".json", ".jsonl")
DEFAULT_MAX_BYTES = 20_000_000
HEADER_RE = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\S+)[ \t]?")
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(slots=True)
class Document:
    """One article as read. ``text`` is the whole decoded input; offsets everywhere refer to it."""

    id: str
    path: str
    text: str
    body_start: int = 0
    title: str | None = None
    header_date: date | None = None
    header_source: str | None = None  # "header" (seed line) or "record" (JSON field)
    url: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


def parse_iso_date(raw: str) -> date | None:
    """``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date) → date; None if impossible."""
    m = ISO_DATE_RE.match(raw.strip())
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(0))
    except ValueError:
        return None


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Bytes → (text, warning). Text is None for binary input. Handles BOMs and bad UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return data.decode("utf-16", errors="replace"), "invalid UTF-16 replaced"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192]:
        return None, None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return (
            text,
            f"not valid UTF-8 (first bad byte at offset {exc.start}); decoded with replacement characters",
        )


def looks_binary(text: str) -> bool:
    """Mostly control characters → not an article."""
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / len(sample) > 0.05


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def guess_title(text: str, start: int) -> str | None:
    """A short first non-blank line with no final punctuation, followed by a blank line, is a headline."""
    body = text[start:]
    first, sep, rest = body[len(body) - len(body.lstrip()) :].partition("\n")  # blank lines may lead
    line = first.strip()
    if not sep or not line or len(line) > 200 or line[-1] in ".!?:;,\"'”’)":
        return None
    if not rest.startswith("\n") and not rest.lstrip(" \t").startswith("\n"):
        return None
    return line


def from_text(text: str, doc_id: str, path: str) -> Document:
    """A seed-format or plain text → Document. The seed header line is blanked out of the body."""
    doc = Document(id=doc_id, path=path, text=text)
    m = HEADER_RE.match(text)
    if m:
        doc.body_start = m.end()
        doc.header_source = "header"
        parsed = parse_iso_date(m.group(1))
        if parsed is None:
            doc.warnings.append(f"header date {m.group(1)!r} is not a real calendar date; ignored")
        doc.header_date = parsed
    else:
        doc.warnings.append("no ' date YYYY-MM-DD' header: publication date unknown")
        doc.title = guess_title(text, 0)
    return doc


def from_record(rec: object, default_id: str, path: str) -> Document:
    """A JSON record ``{"id","text","published","title","url"}`` → Document; raises ValueError."""
    if not isinstance(rec, dict):
        raise ValueError("a record must be a JSON object with a 'text' field")
    text = rec.get("text")
    if not isinstance(text, str):
        raise ValueError("record has no 'text' string")
    rid = rec.get("id")
    doc = Document(
        id=str(rid) if rid not in (None, "") else default_id, path=path, text=normalise_newlines(text)
    )
    title = rec.get("title")
    doc.title = title.strip() if isinstance(title, str) and title.strip() else None
    url = rec.get("url")
    doc.url = url if isinstance(url, str) else None
    published = rec.get("published")
    if published not in (None, ""):
        parsed = parse_iso_date(str(published))
        if parsed is None:
            doc.warnings.append(f"'published' value {published!r} is not a YYYY-MM-DD date; ignored")
        else:
            doc.header_date = parsed
            doc.header_source = "record"
    if not doc.text.strip():
        raise ValueError("record text is empty")
    return doc


@dataclass(slots=True)
class Source:
    """One input path as given: a file, or ``-`` for stdin."""

    path: str
    display: str


def expand(paths: Iterable[str], problems: list[InputProblem]) -> list[Source]:
    """Files and folders (recursive, sorted) → sources; missing paths and loops become problems.

    A folder holding no article files is a problem too (so a typo'd folder is never a silent no-op).
    """
    out: list[Source] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            out.append(Source("-", "-"))
            continue
        p = Path(raw)
        try:
            is_dir = p.is_dir()
            is_file = not is_dir and p.exists()
        except OSError as exc:  # e.g. a path component is not a folder, or a name is too long
            problems.append(InputProblem(path=raw, message=f"cannot read: {exc.strerror or exc}"))
            continue
        if is_dir:
            found, n_files = _walk(raw, problems, seen)
            if not n_files and not any(pr.path.startswith(raw) for pr in problems):
                problems.append(InputProblem(path=raw, message=NO_ARTICLE_FILES))
            out.extend(found)
        elif is_file:
            key = os.path.realpath(p)
            if key not in seen:
                seen.add(key)
                out.append(Source(str(p), str(p)))
        elif p.is_symlink():
            problems.append(InputProblem(path=raw, message=_bad_link(raw)))
        else:
            problems.append(InputProblem(path=raw, message=NOT_FOUND))
    return out


NOT_FOUND = "no such file or folder"
NO_ARTICLE_FILES = "no *.txt, *.json or *.jsonl files in this folder"
PATH_PROBLEMS = (NOT_FOUND, NO_ARTICLE_FILES)  # a run with only these read nothing: a usage error


def _bad_link(path: str) -> str:
    """Why a symbolic link leads nowhere: a loop, or a missing target."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop; skipped"
        return f"broken symbolic link (target {os.readlink(path)!r} does not exist); skipped"
    return "not a regular file; skipped"


def _walk(root: str, problems: list[InputProblem], seen: set[str]) -> tuple[list[Source], int]:
    """Every article file under ``root`` (links followed, loops reported once), sorted by path, and how
    many article files were met (files already read through another path count, but are not repeated).

    One ``scandir`` per folder; a file's real path is only resolved when it is reached through a link,
    so 10,000 files cost 10,000 directory entries, not 10,000 path resolutions.
    """
    found: list[Source] = []
    n_files = 0  # article files met, including ones already read through another path
    real_root = os.path.realpath(root)
    stack: list[tuple[str, str, tuple[str, ...]]] = [(root, real_root, (real_root,))]
    linked: list[tuple[str, str, tuple[str, ...]]] = []  # folders reached through a link: read last
    visited: set[str] = set()
    while stack or linked:
        path, real, ancestors = stack.pop() if stack else linked.pop(0)
        if real in visited:
            continue
        visited.add(real)
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(InputProblem(path=path, message=f"cannot read folder: {exc.strerror or exc}"))
            continue
        subdirs: list[tuple[str, str, tuple[str, ...]]] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            full = os.path.join(path, name)
            link = entry.is_symlink()
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                sub_real = os.path.realpath(full) if link else os.path.join(real, name)
                if sub_real in ancestors:
                    problems.append(
                        InputProblem(
                            path=full,
                            message="symbolic link loop (points to a folder that contains it); skipped",
                        )
                    )
                elif sub_real not in visited:  # a second way to a folder already read: silently once
                    (linked if link else subdirs).append((full, sub_real, (*ancestors, sub_real)))
                continue
            if not name.lower().endswith(SUFFIXES):
                continue
            if link and not is_file:
                problems.append(InputProblem(path=full, message=_bad_link(full)))
                continue
            if not is_file:
                problems.append(InputProblem(path=full, message="not a regular file; skipped"))
                continue
            key = os.path.realpath(full) if link else os.path.join(real, name)
            n_files += 1
            if key in seen:  # the same file named twice (or reached through a link): read once
                continue
            seen.add(key)
            found.append(Source(full, full))
        stack.extend(reversed(subdirs))
    found.sort(key=lambda s: s.path)
    return found, n_files


def doc_id_for(path: str) -> str:
    return "-" if path == "-" else Path(path).stem


def read_source(src: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputProblem]:
    """One file (or stdin) → its documents and problems, in input order."""
    try:
        if src.path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            st = os.stat(src.path)
            if not stat.S_ISREG(st.st_mode):
                yield InputProblem(
                    path=src.display, message="not a regular file (a pipe or device?); skipped"
                )
                return
            size = st.st_size  # checked before reading a byte: a huge file costs nothing
            if size > max_bytes:
                yield InputProblem(
                    path=src.display,
                    message=f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
                    "(raise it with --max-bytes); skipped",
                )
                return
            with open(src.path, "rb") as fh:
                data = fh.read(max_bytes + 1)
    except OSError as exc:
        yield InputProblem(path=src.display, message=f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:
        yield InputProblem(
            path=src.display, message=f"input over the {max_bytes / 1e6:.0f} MB limit; skipped"
        )
        return
    text, warning = decode(data)
    if text is None or looks_binary(text):
        yield InputProblem(path=src.display, message="binary file, not text; skipped")
        return
    text = normalise_newlines(text)
    suffix = Path(src.path).suffix.lower()
    if suffix == ".jsonl" or (suffix == ".json" and _looks_like_jsonl(text)):
        yield from _read_jsonl(text, src.display, warning)
        return
    if suffix == ".json":
        yield from _read_json(text, src.display, warning)
        return
    if not text.strip():
        what = "empty file" if not text else "only whitespace, no text"
        yield InputProblem(path=src.display, message=f"{what}; skipped")
        return
    doc = from_text(text, doc_id_for(src.path), src.display)
    if warning:
        doc.warnings.insert(0, warning)
    yield doc


def _looks_like_jsonl(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:3])


def _read_jsonl(text: str, path: str, warning: str | None) -> Iterator[Document | InputProblem]:
    stem = doc_id_for(path)
    any_line = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        any_line = True
        try:
            doc = from_record(json.loads(line), f"{stem}-{lineno}", path)
        except json.JSONDecodeError as exc:
            yield InputProblem(path=path, line=lineno, message=f"not valid JSON ({exc.msg}); line skipped")
            continue
        except ValueError as exc:
            yield InputProblem(path=path, line=lineno, message=f"{exc}; line skipped")
            continue
        if warning:
            doc.warnings.insert(0, warning)
        yield doc
    if not any_line:
        yield InputProblem(path=path, message="empty file (no records); skipped")


def _read_json(text: str, path: str, warning: str | None) -> Iterator[Document | InputProblem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputProblem(path=path, line=exc.lineno, message=f"not valid JSON ({exc.msg}); skipped")
        return
    records = data if isinstance(data, list) else [data]
    stem = doc_id_for(path)
    for i, rec in enumerate(records, start=1):
        try:
            doc = from_record(rec, stem if len(records) == 1 else f"{stem}-{i}", path)
        except ValueError as exc:
            yield InputProblem(path=path, message=f"record {i}: {exc}; skipped")
            continue
        if warning:
            doc.warnings.insert(0, warning)
        yield doc


def load_articles(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputProblem]:
    """Every document of every input path, in a stable order, with problems in line."""
    problems: list[InputProblem] = []
    sources = expand(paths, problems)
    yield from problems
    for src in sources:
        yield from read_source(src, max_bytes)
