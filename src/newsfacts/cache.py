"""A content-hash cache of per-article results in one local SQLite file.

Re-running on an unchanged folder reuses what was computed before. A result is found again only when
everything it depends on is the same: the article text, what the input said about it (id, path, title,
header/published date, warnings — the whole ``Article`` record), the spaCy pipeline (name + version,
spaCy's own version) and the newsfacts code itself (its version and a hash of its source files, so an
edited extractor never serves stale facts). Values are ``ArticleResult``s as JSON (helpers below).

The file lives outside the inputs: ``--cache PATH``, else ``$NEWSFACTS_CACHE``, else
``$XDG_CACHE_HOME/newsfacts/cache.sqlite3`` (``~/.cache/newsfacts/cache.sqlite3``). Concurrent runs
share it safely: WAL journal, a busy timeout and one short transaction per batch. A cache that cannot
be opened or written is switched off with one warning; it never fails a run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsfacts import __version__

if TYPE_CHECKING:  # pragma: no cover
    from newsfacts.load import Document
    from newsfacts.pipeline import ArticleResult
    from newsfacts.schema import Article

ENV_VAR = "NEWSFACTS_CACHE"
FORMAT = 1  # bump when the stored JSON changes shape
MAX_AGE_DAYS = 60  # rows not written for this long are dropped when the cache is opened
PACKAGE_DIR = Path(__file__).resolve().parent


def default_path() -> Path:
    """``$NEWSFACTS_CACHE``, else the user's cache folder (never a folder of the inputs)."""
    explicit = os.environ.get(ENV_VAR, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base).expanduser() if base else Path.home() / ".cache"
    return root / "newsfacts" / "cache.sqlite3"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every source and data file of the installed newsfacts package (cheap: ~100 KB)."""
    h = hashlib.sha256(__version__.encode())
    for p in sorted(PACKAGE_DIR.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".json", ".txt", ".tsv", ".csv"):
            h.update(str(p.relative_to(PACKAGE_DIR)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:20]


# -- (de)serialization of ArticleResult -----------------------------------------------------------


def dump_result(res: ArticleResult) -> str:
    """ArticleResult → compact JSON (people keep their order; alias sets are stored sorted)."""
    people = [
        {
            "key": key,
            "rec_key": p.key,
            "name": p.name,
            "aliases": sorted(p.aliases),
            "gender": p.gender,
            "descriptors": list(p.descriptors),
            "mentions": p.mentions,
            "first_token": p.first_token,
        }
        for key, p in res.people.items()
    ]
    data = {
        "article": res.article.model_dump(mode="json"),
        "people": people,
        "facts": [f.model_dump(mode="json") for f in res.facts],
        "dropped": res.dropped,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1)
def _facts_adapter() -> Any:
    from pydantic import TypeAdapter

    from newsfacts.schema import Fact

    return TypeAdapter(list[Fact])


def load_result(text: str) -> ArticleResult:
    """The inverse of ``dump_result``; raises ValueError (or pydantic's ValidationError) if malformed."""
    from newsfacts.people import PersonRec
    from newsfacts.pipeline import ArticleResult
    from newsfacts.schema import Article

    data = json.loads(text)
    people = {
        p["key"]: PersonRec(
            key=p["rec_key"],
            name=p["name"],
            aliases=set(p["aliases"]),
            gender=p["gender"],
            descriptors=list(p["descriptors"]),
            mentions=p["mentions"],
            first_token=p["first_token"],
        )
        for p in data["people"]
    }
    return ArticleResult(
        article=Article.model_validate(data["article"]),
        people=people,
        facts=_facts_adapter().validate_python(data["facts"]),
        dropped=int(data["dropped"]),
    )


# -- the SQLite store -----------------------------------------------------------------------------


class Cache:
    """``key → ArticleResult`` in SQLite. Every failure turns the cache off and leaves one warning."""

    def __init__(self, path: Path | str, model_fingerprint: str) -> None:
        self.path = Path(path)
        self.stamp = f"{FORMAT}|{__version__}|{code_fingerprint()}|{model_fingerprint}"
        self.warnings: list[str] = []
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                "written REAL NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS results_written ON results (written)")
            db.execute("DELETE FROM results WHERE written < ?", (time.time() - MAX_AGE_DAYS * 86400,))
            self._db = db
        except OSError as exc:
            why = exc.strerror or str(exc)
            if exc.filename and str(exc.filename) != str(self.path):
                why += f": {exc.filename}"
            self._disable(f"cannot open {self.path} ({why}); running without it")
        except sqlite3.Error as exc:
            self._disable(f"cannot open {self.path} ({exc}); running without it")

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def _disable(self, why: str) -> None:
        self.warnings.append(f"cache: {why}")
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):  # closing a broken handle
                self._db.close()
        self._db = None

    def key(self, doc: Document, article: Article) -> str:
        """The content hash an article's result is stored under."""
        payload = json.dumps(
            [self.stamp, doc.text, doc.body_start, article.model_dump(mode="json")],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()

    def get_many(self, keys: Sequence[str]) -> dict[str, ArticleResult]:
        """The stored results among ``keys`` (missing or unreadable ones are simply absent)."""
        out: dict[str, ArticleResult] = {}
        if self._db is None or not keys:
            return out
        try:
            rows: list[tuple[str, str]] = []
            for i in range(0, len(keys), 500):
                part = list(keys[i : i + 500])
                marks = ",".join("?" * len(part))
                rows += self._db.execute(
                    f"SELECT key, value FROM results WHERE key IN ({marks})", part
                ).fetchall()
        except sqlite3.Error as exc:
            self._disable(f"cannot read {self.path} ({exc}); running without it")
            return out
        for key, value in rows:
            try:
                out[key] = load_result(value)
            except (ValueError, KeyError, TypeError):  # unreadable row: recompute (and overwrite)
                continue
        self.hits += len(out)
        self.misses += len(set(keys)) - len(out)
        return out

    def put_many(self, items: Sequence[tuple[str, ArticleResult]]) -> None:
        """Store results in one short transaction."""
        if self._db is None or not items:
            return
        now = time.time()
        rows = [(key, dump_result(res), now) for key, res in items]
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO results (key, value, written) VALUES (?, ?, ?)", rows
                )
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            self._disable(f"cannot write {self.path} ({exc}); running without it")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_cache(path: Path | str | None = None, model: str | None = None) -> Cache:
    """The cache at ``path`` (default: ``default_path()``) for the pipeline ``model`` resolves to."""
    from newsfacts.nlp import model_fingerprint

    return Cache(path if path is not None else default_path(), model_fingerprint(model))
