"""load → anchor → nlp.pipe → people → extractors → per-article results. No printing here."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from pydantic import ValidationError

from newsfacts.context import Ctx
from newsfacts.extractors import EXTRACTORS
from newsfacts.load import DEFAULT_MAX_BYTES, Document, load_articles
from newsfacts.people import PersonRec, resolve_people
from newsfacts.schema import Article, FactBase, InputProblem, Result
from newsfacts.temporal import choose_anchor, find_timexes

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

log = logging.getLogger(__name__)
CHUNK_CHARS = 60_000  # longer texts are parsed in paragraph-aligned pieces (flat memory)
BATCH_SIZE = 32


@dataclass(slots=True)
class ArticleResult:
    """One article's own view: its people (keyed by lowercased fullest name) and facts."""

    article: Article
    people: dict[str, PersonRec] = field(default_factory=dict)
    facts: list[FactBase] = field(default_factory=list)
    dropped: int = 0  # candidate facts that failed validation (counted, reported with --verbose)


def decide_anchor(doc: Document, today: date | None = None) -> Article:
    """The publication date used as anchor: header, corrected by the text, or inferred from it."""
    warnings = list(doc.warnings)
    header = doc.header_date
    if header is not None and today is not None and header > today:
        warnings.append(f"header date {header.isoformat()} is in the future; used as given")
    decision = choose_anchor(doc.body, header)
    warnings.extend(w for w in decision.warnings if w not in warnings)
    source = decision.source
    if source == "header" and doc.header_source == "record":
        source = "record"
    overridden = header is not None and decision.published != header
    return Article(
        id=doc.id,
        path=doc.path,
        title=doc.title,
        published=decision.published.isoformat() if decision.published else None,
        published_source=source,  # type: ignore[arg-type]
        header_date=header.isoformat() if overridden and header else None,
        warnings=warnings,
    )


def chunks(text: str, start: int, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of text[start:], cut at paragraph (else line, else space) boundaries."""
    out: list[tuple[int, str]] = []
    pos = start
    n = len(text)
    while pos < n:
        end = min(n, pos + limit)
        if end < n:
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, pos + limit // 2, end)
                if cut > pos:
                    end = cut + len(sep)
                    break
        out.append((pos, text[pos:end]))
        pos = end
    return out


def _shift(fact: FactBase, base: int) -> FactBase:
    if base:
        for ev in fact.evidence:
            ev.start += base
            ev.end += base
    return fact


def analyse_chunks(nlp: Language, items: Sequence[tuple[Document, Article]]) -> Iterator[ArticleResult]:
    """Parse every piece of every document with one ``nlp.pipe`` stream and extract its facts."""
    pieces: list[tuple[int, int, str]] = []  # (item index, base offset, text)
    for n, (doc, _) in enumerate(items):
        for base, piece in chunks(doc.text, doc.body_start):
            pieces.append((n, base, piece))
    results = [ArticleResult(article=art) for _, art in items]
    texts = (p[2] for p in pieces)
    for (n, base, piece), sdoc in zip(pieces, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
        res = results[n]
        art = res.article
        anchor = date.fromisoformat(art.published) if art.published else None
        title = art.title or ""
        headline_end = piece.find(title) + len(title) if title and piece.lstrip().startswith(title) else 0
        cast = resolve_people(sdoc, headline_end)
        ctx = Ctx(article=art.id, doc=sdoc, cast=cast, anchor=anchor, timexes=find_timexes(piece, anchor))
        for key, person in cast.people.items():
            if key in res.people:
                res.people[key].aliases |= person.aliases
                res.people[key].mentions += person.mentions
            else:
                res.people[key] = person
        for sent in sdoc.sents:
            for extractor in EXTRACTORS:
                try:
                    for fact in extractor(ctx, sent):
                        res.facts.append(_shift(fact, base))
                except ValidationError as exc:  # a malformed candidate: counted, never fatal
                    res.dropped += 1
                    log.debug("%s: dropped a candidate fact: %s", art.id, exc)
    yield from results


def analyse_documents(
    documents: Iterable[Document], model: str | None = None, batch: int = BATCH_SIZE, today: date | None = None
) -> Iterator[ArticleResult]:
    """Documents → ArticleResults, streaming in batches (memory stays flat on big corpora)."""
    from newsfacts.nlp import load_nlp

    nlp = load_nlp(model)
    buf: list[tuple[Document, Article]] = []
    for doc in documents:
        buf.append((doc, decide_anchor(doc, today)))
        if len(buf) >= batch:
            yield from analyse_chunks(nlp, buf)
            buf = []
    if buf:
        yield from analyse_chunks(nlp, buf)


def _worker(args: tuple[list[Document], str | None, date | None]) -> list[ArticleResult]:
    docs, model, today = args
    return list(analyse_documents(docs, model, today=today))


def analyse_parallel(
    documents: Iterable[Document], model: str | None, jobs: int, today: date | None = None, batch: int = BATCH_SIZE
) -> Iterator[ArticleResult]:
    """Like ``analyse_documents`` over ``jobs`` processes; results come back in input order."""
    if jobs <= 1:
        yield from analyse_documents(documents, model, batch, today)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    def batches() -> Iterator[tuple[list[Document], str | None, date | None]]:
        buf: list[Document] = []
        for d in documents:
            buf.append(d)
            if len(buf) >= batch:
                yield (buf, model, today)
                buf = []
        if buf:
            yield (buf, model, today)

    ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        for part in pool.map(_worker, batches()):
            yield from part


def run(
    paths: Sequence[str],
    model: str | None = None,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    today: date | None = None,
) -> tuple[list[ArticleResult], list[InputProblem]]:
    """Every input path → per-article results + the problems met on the way."""
    problems: list[InputProblem] = []
    seen_ids: dict[str, int] = {}

    def documents() -> Iterator[Document]:
        for item in load_articles(paths, max_bytes):
            if isinstance(item, InputProblem):
                problems.append(item)
                continue
            n = seen_ids.get(item.id, 0)
            seen_ids[item.id] = n + 1
            if n:
                item.id = f"{item.id}~{n + 1}"
            yield item

    results = list(analyse_parallel(documents(), model, jobs, today))
    return results, problems


def extract(
    paths: Sequence[str] | str, model: str | None = None, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES
) -> Result:
    """The library's main entry: paths → one reconciled ``Result`` (what ``newsfacts extract`` prints)."""
    from newsfacts.reconcile import reconcile

    if isinstance(paths, str):
        paths = [paths]
    results, problems = run(paths, model=model, jobs=jobs, max_bytes=max_bytes, today=date.today())
    result = reconcile(results)
    result.errors = problems
    return result
