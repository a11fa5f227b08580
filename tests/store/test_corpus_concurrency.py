"""Two ingests writing to one PostgreSQL corpus at once count every mention."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from newsgraph.store import Store
from newsgraph.store import queries as q
from newsgraph.store.ingest import add_documents
from newsgraph.store.settings import StoreSettings
from tests.store.conftest import Article

PER_WRITER = 12


def _flood(writer: int, day: int) -> Article:
    article = Article(
        f"w{writer}-{day}", f"Day {day}: rain closed three roads in Lagos, writer {writer} said."
    )
    article.entity("Lagos", "GPE")
    return article


def _write(store: Store, writer: int) -> None:
    docs = [_flood(writer, day).build() for day in range(PER_WRITER)]
    add_documents(store, docs, StoreSettings(batch_size=1))


def test_concurrent_ingests_lose_no_mention_counts(store: Store) -> None:
    if store.dialect != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL: SQLite runs one writer at a time")
    add_documents(store, [_flood(0, 0).build()])
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda w: _write(store, w), [1, 2]))
    [lagos] = q.find_entities(store, "Lagos")
    assert (lagos.article_count, lagos.mention_count) == (1 + 2 * PER_WRITER, 1 + 2 * PER_WRITER)
