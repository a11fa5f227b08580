"""Ingest: read → skip what is stored → analyse (in workers) → write, one transaction a batch.

A document is identified by the hash of its content, which is unique in `articles`:
re-running skips stored documents before analysing them, and a run killed at any
moment leaves only whole batches behind, so the next run stores each document once.
"""

from __future__ import annotations

import contextlib
import hashlib
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Connection, select
from sqlalchemy.exc import DataError, IntegrityError

from newsgraph.analyze import Analyzer
from newsgraph.document import Document, ErrorRecord
from newsgraph.read import RawDocument, ReadError
from newsgraph.store import failures, fulltext
from newsgraph.store.clusters import Clusterer
from newsgraph.store.corpus import Linker
from newsgraph.store.dedup import Deduper
from newsgraph.store.engine import Store
from newsgraph.store.schema import articles
from newsgraph.store.settings import StoreSettings
from newsgraph.store.worker import Analysed, analysis
from newsgraph.store.write import write_article, write_rows


@dataclass
class Summary:
    """What a run did; updated after every batch for the progress display."""

    seen: int = 0
    ingested: int = 0
    skipped: int = 0
    near_duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def plus(self, other: Summary) -> Summary:
        """Both counts together: the reader's and the writer thread's."""
        return Summary(
            self.seen + other.seen,
            self.ingested + other.ingested,
            self.skipped + other.skipped,
            self.near_duplicates + other.near_duplicates,
            self.failed + other.failed,
        )


@dataclass(frozen=True)
class _Indexes:
    """The run's LSH indexes: wire copies and quote clusters."""

    copies: Deduper
    quotes: Clusterer

    @classmethod
    def build(cls, settings: StoreSettings) -> _Indexes:
        return cls(Deduper(settings), Clusterer(settings))


@dataclass(frozen=True)
class _Batch:
    """Documents to analyse, with their hashes, and the inputs that could not be read."""

    raws: list[RawDocument]
    hashes: list[str]
    unread: list[tuple[str, str]] = field(default_factory=list)


def content_hash(raw: RawDocument) -> str:
    """Identity of a document: its text or HTML, not its name or path."""
    kind, body = ("html", raw.html) if raw.html is not None else ("text", raw.text or "")
    return hashlib.sha256(f"{kind}\0{body}".encode("utf-8", "surrogatepass")).hexdigest()


def _stored(conn: Connection, hashes: Iterable[str]) -> set[str]:
    wanted = set(hashes)
    if not wanted:
        return set()
    query = select(articles.c.content_hash).where(articles.c.content_hash.in_(wanted))
    return set(conn.execute(query).scalars())


def _batches(
    store: Store, items: Iterable[RawDocument | ReadError], size: int, summary: Summary
) -> Iterator[_Batch]:
    """Batches of documents not yet stored nor seen in this run; read errors are counted."""
    stream = iter(items)
    submitted: set[str] = set()
    while chunk := list(islice(stream, size)):
        summary.seen += len(chunk)
        raws = [r for r in chunk if isinstance(r, RawDocument)]
        unread = [(r.id, r.error) for r in chunk if isinstance(r, ReadError)]
        summary.failed += unread
        hashes = [content_hash(r) for r in raws]
        with store.engine.connect() as conn:
            known = _stored(conn, hashes) | submitted
        fresh = _Batch([], [], unread)
        for raw, digest in zip(raws, hashes, strict=True):
            if digest in known:
                summary.skipped += 1
                continue
            known.add(digest)
            submitted.add(digest)
            fresh.raws.append(raw)
            fresh.hashes.append(digest)
        yield fresh


def _write(
    store: Store, indexes: _Indexes, batch: _Batch, results: Sequence[Analysed], summary: Summary
) -> None:
    """Write one batch in one transaction: all of it lands, or none of it (failures too)."""
    first_failure = len(summary.failed)
    with store.engine.begin() as conn:
        stored = _stored(conn, batch.hashes)
        linker = Linker(conn)
        written: list[str] = []
        for result, digest in zip(results, batch.hashes, strict=True):
            if isinstance(result, ErrorRecord):
                summary.failed.append((result.id, result.error))
            elif digest in stored:
                summary.skipped += 1
            else:
                if _write_guarded(conn, linker, indexes, result, digest, summary):
                    written.append(result.id)
                stored.add(digest)
        failures.update(conn, batch.unread + summary.failed[first_failure:], written)


def _write_guarded(
    conn: Connection,
    linker: Linker,
    indexes: _Indexes,
    doc: Document,
    digest: str,
    summary: Summary,
) -> bool:
    """One document in a savepoint: a row the database refuses fails that document only."""
    try:
        with conn.begin_nested():
            _write_one(conn, linker, indexes, doc, digest, summary)
    except IntegrityError:
        summary.skipped += 1
    except DataError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        summary.failed.append((doc.id, f"cannot store: {reason}"))
    else:
        return True
    return False


def _write_one(
    conn: Connection,
    linker: Linker,
    indexes: _Indexes,
    doc: Document,
    digest: str,
    summary: Summary,
) -> None:
    copy = indexes.copies.check(conn, doc)
    article_id = write_article(conn, doc, digest, copy)
    indexes.copies.record(conn, article_id, copy)
    corpus_ids = linker.link(doc, independent=copy.original is None)
    clusters = indexes.quotes.assign(conn, article_id, doc)
    written = write_rows(conn, article_id, doc, corpus_ids, clusters)
    indexes.quotes.record(conn, written.attribution_ids, clusters)
    article = {"id": written.article_id, "title": doc.title, "text": doc.text}
    quotes = [
        {"id": i, "content_text": a.content.text}
        for i, (a, _) in zip(written.attribution_ids, doc.all_attributions(), strict=True)
    ]
    fulltext.index_rows(conn, [article], quotes)
    summary.ingested += 1
    summary.near_duplicates += copy.original is not None


def ingest(
    store: Store,
    items: Iterable[RawDocument | ReadError],
    settings: StoreSettings | None = None,
    progress: Callable[[Summary], None] | None = None,
    analyzer: Analyzer | None = None,
) -> Summary:
    """Analyse and store every new document; a writer thread of this process does the writing.

    With one worker, a loaded `analyzer` may be passed in (a server keeps one).
    """
    settings = settings or StoreSettings()
    summary = Summary()
    pending: deque[tuple[_Batch, Callable[[], list[Analysed]]]] = deque()
    in_flight = settings.workers - 1 + (settings.workers > 1)
    writer = _Writer(store, _Indexes.build(settings))
    with analysis(settings.analysis, settings.workers, analyzer) as submit, writer:
        for batch in _batches(store, items, settings.batch_size, summary):
            if batch.raws or batch.unread:
                pending.append((batch, submit(batch.raws) if batch.raws else list))
            while len(pending) > in_flight:
                done, wait = pending.popleft()
                writer.put(done, wait())
            if progress:
                progress(summary.plus(writer.summary))
        while pending:
            done, wait = pending.popleft()
            writer.put(done, wait())
            if progress:
                progress(summary.plus(writer.summary))
    total = summary.plus(writer.summary)
    if progress:
        progress(total)
    return total


class _Writer:
    """Writes analysed batches in a thread, so that the next batch is analysed meanwhile.

    One batch waits at most, so memory stays bounded. An error in the thread is raised
    in the caller (at the next `put` or on leaving); leaving early lets the batch being
    written finish and drops the waiting one.
    """

    def __init__(self, store: Store, indexes: _Indexes) -> None:
        self.store, self.indexes = store, indexes
        self.summary = Summary()
        self._queue: queue.Queue[tuple[_Batch, list[Analysed]] | None] = queue.Queue(maxsize=1)
        self._thread = threading.Thread(target=self._run, name="newsgraph-writer", daemon=True)
        self._error: BaseException | None = None
        self._stop = threading.Event()

    def __enter__(self) -> _Writer:
        self._thread.start()
        return self

    def put(self, batch: _Batch, results: list[Analysed]) -> None:
        while True:
            self._raise()
            try:
                self._queue.put((batch, results), timeout=0.2)
                return
            except queue.Full:
                continue

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            self._stop.set()
            with contextlib.suppress(queue.Empty):
                self._queue.get_nowait()
        self._queue.put(None)
        self._thread.join()
        if kind is None:
            self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._stop.is_set() or self._error is not None:
                continue
            try:
                _write(self.store, self.indexes, item[0], item[1], self.summary)
            except BaseException as exc:
                self._error = exc


def add_documents(
    store: Store, docs: Iterable[Document], settings: StoreSettings | None = None
) -> Summary:
    """Store already-analysed documents (an `analyze --format jsonl` output, a test's).

    Identity is the hash of the document text, as for a text input.
    """
    settings = settings or StoreSettings()
    summary = Summary()
    indexes = _Indexes.build(settings)
    stream = iter(docs)
    while chunk := list(islice(stream, settings.batch_size)):
        summary.seen += len(chunk)
        batch = _Batch([], [content_hash(RawDocument(id=d.id, text=d.text)) for d in chunk])
        _write(store, indexes, batch, chunk, summary)
    return summary
