"""A fresh corpus of our own stories per module, and a client for the app over it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsgraph.store import Store, open_store
from newsgraph.web import ServeSettings, create_app
from tests.web.corpus import store_corpus


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return store_corpus(tmp_path_factory.mktemp("web") / "corpus.db")


@pytest.fixture(scope="module")
def store(corpus_db: str) -> Iterator[Store]:
    with open_store(corpus_db) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(ServeSettings(db=str(store.engine.url)), store=store))
