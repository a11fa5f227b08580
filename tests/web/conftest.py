"""A fresh corpus of our own stories per module, on SQLite and (when reachable) PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsgraph.store import Store, open_store
from newsgraph.store.ingest import add_documents
from newsgraph.web import ServeSettings, create_app
from tests.store.conftest import _pg_schema
from tests.web.corpus import documents, store_corpus


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file, for tests that start `newsgraph serve` as a process."""
    return store_corpus(tmp_path_factory.mktemp("web") / "corpus.db")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, corpus_db: str) -> Iterator[Store]:
    if request.param == "sqlite":
        with open_store(corpus_db) as opened:
            yield opened
        return
    with _pg_schema() as url, open_store(url) as opened:
        add_documents(opened, documents())
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(ServeSettings(db=str(store.engine.url)), store=store))
