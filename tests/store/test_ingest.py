"""`ingest` with the real pipeline: ids kept, duplicates skipped, failures recorded, workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.analyze import Analyzer
from newsgraph.read import RawDocument, ReadError
from newsgraph.store import Store, StoreSettings, open_store
from newsgraph.store import queries as q
from newsgraph.store.ingest import Summary, ingest

pytestmark = pytest.mark.model

MARKET = (
    "Fish Market Moves to the Quay\n\n"
    "The city's fish market will move to the old quay in April, the harbour board said on "
    'Monday. Board chair Lucia Ferrante said "traders have waited twenty years for a proper '
    'roof" and that rents would stay the same.'
)
RAIL = (
    "Night Trains Return\n\n"
    "Night trains between Norhaven and the capital will run again from May. Transport "
    'minister Arjun Mehta said "people want to travel without flying" and promised cheaper '
    "sleeper tickets."
)


def _items() -> list[RawDocument | ReadError]:
    return [
        RawDocument(id="market", text=MARKET),
        RawDocument(id="rail", html=f"<html><body><article><p>{RAIL}</p></article></body></html>"),
        RawDocument(id="market-again", text=MARKET),
        RawDocument(id="blank", text="  \n "),
        ReadError("missing.txt", "no such file or directory"),
    ]


@pytest.fixture
def settings(analyzer: Analyzer) -> StoreSettings:
    return StoreSettings(analysis=analyzer.settings, batch_size=2, workers=1)


def test_summary_counts_every_outcome(
    store: Store, settings: StoreSettings, analyzer: Analyzer
) -> None:
    summary = ingest(store, _items(), settings, analyzer=analyzer)
    assert (summary.seen, summary.ingested, summary.skipped) == (5, 2, 1)
    assert sorted(summary.failed) == [
        ("blank", "empty document"),
        ("missing.txt", "no such file or directory"),
    ]


def test_ids_are_kept_and_documents_are_whole(
    store: Store, settings: StoreSettings, analyzer: Analyzer
) -> None:
    ingest(store, _items(), settings, analyzer=analyzer)
    docs = {d.id: d for d in q.iter_documents(store)}
    assert set(docs) == {"market", "rail"}
    assert "Norhaven" in docs["rail"].text
    assert any(e.name == "Lucia Ferrante" for e in docs["market"].entities)


def test_progress_is_reported_per_batch(
    store: Store, settings: StoreSettings, analyzer: Analyzer
) -> None:
    seen: list[int] = []

    def progress(summary: Summary) -> None:
        seen.append(summary.seen)

    ingest(store, _items(), settings, progress, analyzer)
    assert seen[0] == 2 and seen[-1] == 5


def test_worker_processes_give_the_same_corpus(tmp_path: Path, settings: StoreSettings) -> None:
    with open_store(str(tmp_path / "one.db")) as one, open_store(str(tmp_path / "two.db")) as two:
        ingest(one, _items(), settings)
        summary = ingest(two, _items(), settings.model_copy(update={"workers": 2}))
        assert summary.ingested == 2
        assert list(q.iter_documents(one)) == list(q.iter_documents(two))
