"""Opening a store made by an older newsgraph: indexes added since then are created."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from newsgraph.store import open_store
from newsgraph.store.engine import database_url
from newsgraph.store.schema import attributions


def _article_indexes(store_url: str) -> set[str]:
    with open_store(store_url) as store:
        return {index["name"] or "" for index in inspect(store.engine).get_indexes("articles")}


def test_an_index_missing_from_an_older_store_is_added_on_open(store_url: str) -> None:
    with open_store(store_url) as store, store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_articles_listing"))
    assert "ix_articles_listing" in _article_indexes(store_url)


def test_a_column_missing_from_an_older_store_is_added_on_open(store_url: str) -> None:
    """An attributions table from before nesting, without `within_id`, gains it."""
    engine = create_engine(database_url(store_url))
    older = [c for c in attributions.columns if c.name != "within_id"]
    columns = ", ".join(f"{c.name} {c.type.compile(dialect=engine.dialect)}" for c in older)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE TABLE attributions ({columns})"))
    engine.dispose()
    with open_store(store_url) as store:
        found = inspect(store.engine)
        names = {column["name"] for column in found.get_columns("attributions")}
        indexes = {index["name"] for index in found.get_indexes("attributions")}
    assert "within_id" in names and "ix_attributions_within_id" in indexes
