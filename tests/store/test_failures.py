"""Failed documents are kept in the store, and the writer thread's errors reach the caller."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import DBAPIError

from newsgraph.analyze import Analyzer
from newsgraph.document import Document, ErrorRecord
from newsgraph.read import RawDocument, ReadError
from newsgraph.settings import Settings
from newsgraph.store import Store, StoreSettings, failures
from newsgraph.store.ingest import ingest
from newsgraph.store.schema import failures as failures_table
from tests.store.conftest import Article

FERRY = (
    "Ferry Fares Frozen\n\nThe island council froze ferry fares for a year on Tuesday. "
    'Harbour master Ines Okafor said "nobody should pay more to reach the mainland" after '
    "a vote of nine to two."
)


class _Replay:
    """Stands in for the pipeline: hands back prepared documents, an error for blank text."""

    settings = Settings()

    def stream(self, batch: Iterable[RawDocument]) -> Iterator[Document | ErrorRecord]:
        for raw in batch:
            if not (raw.text or "").strip():
                yield ErrorRecord(id=raw.id, error="empty document")
            else:
                yield Article(raw.id, raw.text or "").build()


def _ingest(store: Store, items: list[RawDocument | ReadError]) -> None:
    analyzer: Analyzer = _Replay()  # type: ignore[assignment]
    ingest(store, items, StoreSettings(batch_size=2, workers=1), analyzer=analyzer)


def _reasons(store: Store) -> dict[str, str]:
    return {f.doc_id: f.reason for f in failures.listed(store, 10)}


def test_read_and_analysis_failures_are_stored(store: Store) -> None:
    _ingest(store, [RawDocument(id="ferry", text=FERRY), RawDocument(id="blank", text=" ")])
    _ingest(store, [ReadError("gone.html", "no such file or directory")])
    assert _reasons(store) == {
        "blank": "empty document",
        "gone.html": "no such file or directory",
    }


def test_a_rerun_replaces_a_failure_and_storing_the_document_clears_it(store: Store) -> None:
    _ingest(store, [RawDocument(id="ferry", text=" ")])
    _ingest(store, [RawDocument(id="ferry", text="\n")])
    assert failures.total(store) == 1
    _ingest(store, [RawDocument(id="ferry", text=FERRY)])
    assert failures.total(store) == 0


def test_an_error_in_the_writer_thread_reaches_the_caller(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE failures"))
    items: list[RawDocument | ReadError] = [
        RawDocument(id=f"ferry-{i}", text=f"{FERRY} Sailing {i}." if i % 2 else "")
        for i in range(5)
    ]
    with pytest.raises(DBAPIError, match="failures"):
        _ingest(store, items)


def test_a_batch_is_one_transaction_even_with_a_savepoint_first(store: Store) -> None:
    row = {"doc_id": "ferry", "reason": "test", "failed_at": func.now()}
    with pytest.raises(RuntimeError), store.engine.begin() as conn:
        with conn.begin_nested():
            conn.execute(insert(failures_table).values(row))
        raise RuntimeError("the batch fails after its first document")
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(failures_table)).scalar_one() == 0
