"""Opening a store made by an older newsgraph: indexes added since then are created."""

from __future__ import annotations

from sqlalchemy import inspect, text

from newsgraph.store import open_store


def _article_indexes(store_url: str) -> set[str]:
    with open_store(store_url) as store:
        return {index["name"] or "" for index in inspect(store.engine).get_indexes("articles")}


def test_an_index_missing_from_an_older_store_is_added_on_open(store_url: str) -> None:
    with open_store(store_url) as store, store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_articles_listing"))
    assert "ix_articles_listing" in _article_indexes(store_url)
