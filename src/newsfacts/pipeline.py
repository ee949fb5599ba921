"""load → anchor → nlp.pipe → people → extractors → per-article results. No printing here.

Streaming: documents are read, parsed and reduced to plain per-article records one batch at a time,
so memory stays flat however large the corpus is — no spaCy ``Doc`` outlives its batch, and only the
small ``ArticleResult`` records are kept (reconciliation needs all of them at the end).

Robustness: an article that makes the analysis fail (a bug, or text spaCy chokes on) becomes one
``InputProblem`` naming the file; the other articles are analysed as usual.

spaCy and the extractors are imported on first use, so importing this module (for ``decide_anchor``,
or a run served entirely from the cache) stays cheap.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from newsfacts.errors import NewsfactsError
from newsfacts.load import DEFAULT_MAX_BYTES, Document, expand, read_source
from newsfacts.schema import Article, FactBase, InputProblem, Result
from newsfacts.temporal import choose_anchor

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future

    from spacy.language import Language
    from spacy.tokens import Doc

    from newsfacts.cache import Cache
    from newsfacts.people import PersonRec

log = logging.getLogger(__name__)
CHUNK_CHARS = 60_000  # longer texts are parsed in paragraph-aligned pieces (flat memory)
BATCH_SIZE = 32  # articles per batch: read, parse, extract, cache together
PIPE_BATCH = 64  # texts per nlp.pipe mini-batch …
PIPE_CHARS = 50_000  # … and at most this much text in one (spaCy's working memory grows with it)

# progress(files done, files in total, articles analysed)
ProgressFn = Callable[[int, int, int], None]


@dataclass(slots=True)
class ArticleResult:
    """One article's own view: its people (keyed by lowercased fullest name) and facts."""

    article: Article
    people: dict[str, PersonRec] = field(default_factory=dict)
    facts: list[FactBase] = field(default_factory=list)
    dropped: int = 0  # candidate facts that failed validation (counted, reported with --verbose)
    error: str | None = None  # the analysis failed: run() reports it and leaves the article out


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


# Space characters the parser does not read as spaces: a no-break space between words ("The\xa0Voice")
# glues them into one token for spaCy's English tokenizer and splits names and titles. One character
# for one, so every offset stays the file's; quotes are taken from the file's own text.
SPACE_LIKE = str.maketrans(
    dict.fromkeys("\xa0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f", " ")
)
# A hyphen between spaces is a dash ("Ivy - her daughter with Y - is 11"); the tagger reads a hyphen as
# one joining words and glues the names on either side into one phrase. One character for one.
SPACED_HYPHEN = re.compile(r"(?<=\s)-(?=\s)")
# A curly apostrophe inside a word ("America’s", "don’t") is the straight one the tagger learnt from; with
# the curly one it reads "America’s Got Talent" as a place and a name apart. Quotation marks stay.
WORD_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u2018](?=\w)")


def as_parsed(text: str) -> str:
    """The text the parser reads: odd spaces made spaces, a spaced hyphen made a dash, an apostrophe
    inside a word made straight; one character for one, so every offset is the file's."""
    return WORD_APOSTROPHE.sub("'", SPACED_HYPHEN.sub("\u2013", text.translate(SPACE_LIKE)))


def _shift(fact: FactBase, base: int, text: str) -> FactBase:
    """Offsets of a piece's fact in the whole text; each quote as the text has it."""
    for ev in fact.evidence:
        ev.start += base
        ev.end += base
        ev.quote = text[ev.start : ev.end]
    return fact


def _failure(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())[:200]  # one line, however the exception words it
    return f"internal error while analysing ({type(exc).__name__}: {msg}); article skipped — please report it"


def _parse(nlp: Language, texts: list[str]) -> Iterator[Doc]:
    """``nlp.pipe`` in mini-batches of at most PIPE_BATCH texts and PIPE_CHARS characters (a batch of
    long articles would otherwise hold hundreds of MB of network activations at once). The parse of
    a text does not depend on what it is batched with."""
    start = 0
    while start < len(texts):
        end, size = start, 0
        while (
            end < len(texts)
            and end - start < PIPE_BATCH
            and (end == start or size + len(texts[end]) <= PIPE_CHARS)
        ):
            size += len(texts[end])
            end += 1
        yield from nlp.pipe(texts[start:end], batch_size=end - start)
        start = end


def _analyse(nlp: Language, items: Sequence[tuple[Document, Article]]) -> list[ArticleResult]:
    from pydantic import ValidationError

    from newsfacts.context import Ctx
    from newsfacts.extractors import EXTRACTORS
    from newsfacts.extractors.child_details import settle_children
    from newsfacts.extractors.children import birth_spouses, settle_counts
    from newsfacts.extractors.project_kinds import settle_kinds
    from newsfacts.extractors.relations import drop_kin_couples
    from newsfacts.people import resolve_people
    from newsfacts.temporal import find_timexes

    pieces: list[tuple[int, int, str]] = []  # (item index, base offset, text)
    for n, (doc, _) in enumerate(items):
        for base, piece in chunks(doc.text, doc.body_start):
            pieces.append((n, base, as_parsed(piece)))
    results = [ArticleResult(article=art) for _, art in items]
    for (n, base, piece), sdoc in zip(pieces, _parse(nlp, [p[2] for p in pieces]), strict=True):
        res = results[n]
        if res.error is not None:
            continue
        art = res.article
        try:
            anchor = date.fromisoformat(art.published) if art.published else None
            title = as_parsed(art.title or "")  # as the piece reads it
            headline_end = piece.find(title) + len(title) if title and piece.lstrip().startswith(title) else 0
            cast = resolve_people(sdoc, headline_end)  # names seen only in a title-cased headline are weak
            ctx = Ctx(article=art.id, doc=sdoc, cast=cast, anchor=anchor, timexes=find_timexes(piece, anchor))
            for key, person in cast.people.items():
                if key in res.people:
                    res.people[key].aliases |= person.aliases
                    res.people[key].mentions += person.mentions
                else:
                    res.people[key] = person
            found = []
            for sent in sdoc.sents:
                for extractor in EXTRACTORS:
                    try:
                        for fact in extractor(ctx, sent):
                            found.append(_shift(fact, base, items[n][0].text))
                    except ValidationError as exc:  # a malformed candidate: counted, never fatal
                        res.dropped += 1
                        log.debug("%s: dropped a candidate fact: %s", art.id, exc)
            # a work's kind, a child's age and sex from every mention of its title or name
            res.facts += settle_children(ctx, settle_kinds(sdoc, found))
        except Exception as exc:  # one article's failure must not cost the corpus; reported by run()
            log.debug("%s: analysis failed", art.id, exc_info=True)
            res.error = _failure(exc)
        finally:
            ctx = cast = sdoc = None  # type: ignore[assignment]  # keep no Doc alive past its turn
    for res in results:
        # a newborn of a married parent is the spouse's too; counted children named; no kin couples
        res.facts = drop_kin_couples(settle_counts(birth_spouses(res.facts)))
    return results


def analyse_chunks(nlp: Language, items: Sequence[tuple[Document, Article]]) -> list[ArticleResult]:
    """Parse every piece of every document with one ``nlp.pipe`` stream and extract its facts.

    If spaCy itself fails on the batch, the articles are retried one at a time so that only the one
    that breaks it is lost (marked with ``error``).
    """
    try:
        return _analyse(nlp, items)
    except Exception as exc:  # raised inside nlp.pipe: isolate the culprit
        if len(items) <= 1:
            log.debug("analysis failed", exc_info=True)
            return [ArticleResult(article=art, error=_failure(exc)) for _, art in items]
        return [r for item in items for r in analyse_chunks(nlp, [item])]


# -- streaming, cache and worker processes --------------------------------------------------------

# one planned batch: (document, its Article, cache key or None, cached result or None)
Planned = list[tuple[Document, Article, str | None, ArticleResult | None]]


def _plan(
    documents: Iterable[Document], today: date | None, cache: Cache | None, batch: int
) -> Iterator[Planned]:
    """Batches of documents with their anchors decided and their cached results looked up."""
    buf: list[tuple[Document, Article]] = []

    def flush() -> Planned:
        if cache is None or not cache.enabled:
            return [(d, a, None, None) for d, a in buf]
        keys = [cache.key(d, a) for d, a in buf]
        hits = cache.get_many(keys)
        return [(d, a, k, hits.get(k)) for (d, a), k in zip(buf, keys, strict=True)]

    for doc in documents:
        buf.append((doc, decide_anchor(doc, today)))
        if len(buf) >= batch:
            yield flush()
            buf = []
    if buf:
        yield flush()


def _merge(plan: Planned, fresh: Iterable[ArticleResult], cache: Cache | None) -> Iterator[ArticleResult]:
    """Cached and freshly computed results back in input order; fresh ones are stored."""
    it = iter(fresh)
    out: list[ArticleResult] = []
    store: list[tuple[str, ArticleResult]] = []
    for _, _, key, hit in plan:
        if hit is not None:
            out.append(hit)
            continue
        res = next(it)
        if key is not None and res.error is None:
            store.append((key, res))
        out.append(res)
    if cache is not None and store:
        cache.put_many(store)
    return iter(out)


def _todo(plan: Planned) -> list[tuple[Document, Article]]:
    return [(d, a) for d, a, _, hit in plan if hit is None]


_worker_model: str | None = None


def _init_worker(model: str | None) -> None:
    global _worker_model
    _worker_model = model


def _work(items: list[tuple[Document, Article]]) -> list[ArticleResult]:
    from newsfacts.nlp import load_nlp

    return analyse_chunks(load_nlp(_worker_model), items)


def analyse_stream(
    documents: Iterable[Document],
    model: str | None = None,
    jobs: int = 1,
    today: date | None = None,
    cache: Cache | None = None,
    batch: int = BATCH_SIZE,
) -> Iterator[ArticleResult]:
    """Documents → ArticleResults in input order, batch by batch, over ``jobs`` processes.

    Results found in ``cache`` are reused and new ones stored. spaCy is loaded only when some article
    actually needs parsing. With ``jobs > 1`` at most ``2 × jobs`` batches are in flight (flat memory).
    """
    plans = _plan(documents, today, cache, batch)
    if jobs <= 1:
        for plan in plans:
            todo = _todo(plan)
            if todo:
                from newsfacts.nlp import load_nlp

                fresh: list[ArticleResult] = analyse_chunks(load_nlp(model), todo)
            else:
                fresh = []
            yield from _merge(plan, fresh, cache)
        return

    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from newsfacts.nlp import model_name

    model_name(model)  # no pipeline installed: say so before starting any process
    # fork: workers run exactly the code the parent imported (and share an already loaded model)
    ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(model,))
    window: deque[tuple[Planned, Future[list[ArticleResult]] | None]] = deque()
    try:

        def drain_one() -> Iterator[ArticleResult]:
            plan, fut = window.popleft()
            yield from _merge(plan, fut.result() if fut is not None else [], cache)

        for plan in plans:
            todo = _todo(plan)
            window.append((plan, pool.submit(_work, todo) if todo else None))
            while len(window) > 2 * jobs:
                yield from drain_one()
        while window:
            yield from drain_one()
    except BrokenProcessPool as exc:
        raise NewsfactsError(f"a worker process died ({exc}); try fewer --jobs or more memory") from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def analyse_documents(
    documents: Iterable[Document],
    model: str | None = None,
    batch: int = BATCH_SIZE,
    today: date | None = None,
) -> Iterator[ArticleResult]:
    """Documents → ArticleResults, streaming in batches (memory stays flat on big corpora)."""
    return analyse_stream(documents, model, jobs=1, today=today, batch=batch)


def analyse_parallel(
    documents: Iterable[Document],
    model: str | None,
    jobs: int,
    today: date | None = None,
    batch: int = BATCH_SIZE,
) -> Iterator[ArticleResult]:
    """Like ``analyse_documents`` over ``jobs`` processes; results come back in input order."""
    return analyse_stream(documents, model, jobs=jobs, today=today, batch=batch)


def _content_key(doc: Document) -> bytes:
    """What makes two inputs the same article: the text and what the input said about its date/title."""
    head = f"{doc.header_date}|{doc.header_source}|{doc.title}|{doc.body_start}|".encode()
    return hashlib.blake2b(head + doc.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def run(
    paths: Sequence[str],
    model: str | None = None,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    today: date | None = None,
    cache: Cache | None = None,
    progress: ProgressFn | None = None,
    batch: int = BATCH_SIZE,
) -> tuple[list[ArticleResult], list[InputProblem]]:
    """Every input path → per-article results + the problems met on the way (in input order).

    An article read twice (the same text and header from two files or records, e.g. a copied folder)
    is analysed once; the copy kept gets a warning naming the others.
    """
    ordered: list[tuple[tuple[int, int, int], InputProblem]] = []
    expand_problems: list[InputProblem] = []
    sources = expand(paths, expand_problems)
    ordered += [((-1, 0, i), p) for i, p in enumerate(expand_problems)]
    seen_ids: dict[str, int] = {}
    source_of: deque[int] = deque()  # the source index of every document handed on, in order
    first_copy: dict[bytes, int] = {}  # content hash → number of the document kept
    copies: dict[int, list[str]] = {}  # number of a kept document → where else its text was read

    def documents() -> Iterator[Document]:
        for n, src in enumerate(sources):
            for item in read_source(src, max_bytes):
                if isinstance(item, InputProblem):
                    ordered.append(((n, 0, len(ordered)), item))
                    continue
                content = _content_key(item)
                kept = first_copy.get(content)
                if kept is not None:
                    copies.setdefault(kept, []).append(item.path)
                    continue
                first_copy[content] = len(first_copy)
                k = seen_ids.get(item.id, 0)
                seen_ids[item.id] = k + 1
                if k:
                    item.id = f"{item.id}~{k + 1}"
                source_of.append(n)
                yield item

    total = len(sources)
    results: list[ArticleResult] = []
    if progress is not None:
        progress(0, total, 0)
    for number, res in enumerate(analyse_stream(documents(), model, jobs, today, cache, batch)):
        n = source_of.popleft()
        if res.error is not None:
            ordered.append(((n, 1, len(ordered)), InputProblem(path=res.article.path, message=res.error)))
        else:
            if number in copies:
                where = ", ".join(copies[number])
                res.article.warnings.append(f"the same article was also read from {where}; counted once")
            results.append(res)
        if progress is not None:
            progress(n, total, len(results))
    if progress is not None:
        progress(total, total, len(results))
    ordered.sort(key=lambda t: t[0])
    return results, [p for _, p in ordered]


def extract(
    paths: Sequence[str] | str,
    model: str | None = None,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: Cache | None = None,
    progress: ProgressFn | None = None,
) -> Result:
    """The library's main entry: paths → one reconciled ``Result`` (what ``newsfacts extract`` prints).

    ``cache`` (``newsfacts.cache.open_cache()``) reuses per-article results of earlier runs; the
    library uses none unless given one (the CLI does, unless ``--no-cache``).
    """
    from newsfacts.reconcile import reconcile

    if isinstance(paths, str):
        paths = [paths]
    results, problems = run(
        paths, model=model, jobs=jobs, max_bytes=max_bytes, today=date.today(), cache=cache, progress=progress
    )
    result = reconcile(results)
    result.errors = problems
    return result
