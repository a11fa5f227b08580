"""The corpus store: ingest analysed documents into SQLite or PostgreSQL and query them.

`open_store(url)` opens a corpus; `ingest(store, items, settings)` writes documents;
`newsgraph.store.queries` reads them back as records from `newsgraph.store.models`.
"""

from newsgraph.store.engine import Store, StoreError, database_url, open_store
from newsgraph.store.settings import DEFAULT_DB, StoreSettings

__all__ = ["DEFAULT_DB", "Store", "StoreError", "StoreSettings", "database_url", "open_store"]
