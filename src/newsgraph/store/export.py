"""Export the stored documents: JSONL exactly as `analyze --format jsonl` prints, or Parquet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.engine import RowMapping

from newsgraph.store.engine import Store
from newsgraph.store.schema import articles

_COLUMNS = ("doc_id", "title", "published", "url", "outlet", "text", "document")


def _batches(store: Store, size: int) -> Iterator[list[RowMapping]]:
    """Rows in ingest order, a batch at a time, so memory stays flat on a large corpus."""
    last = 0
    columns = [articles.c.id, *(articles.c[name] for name in _COLUMNS)]
    while True:
        query = select(*columns).where(articles.c.id > last).order_by(articles.c.id).limit(size)
        with store.engine.connect() as conn:
            rows = list(conn.execute(query).mappings())
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]


def write_jsonl(store: Store, out: IO[str], batch: int = 500) -> int:
    """One stored document per line; returns how many were written."""
    written = 0
    for rows in _batches(store, batch):
        for row in rows:
            out.write(row["document"])
            out.write("\n")
        written += len(rows)
    return written


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("title", pa.string()),
            ("published", pa.date32()),
            ("url", pa.string()),
            ("outlet", pa.string()),
            ("text", pa.string()),
            ("document", pa.string()),
        ]
    )


def write_parquet(store: Store, path: Path, batch: int = 500) -> int:
    """A Parquet file: metadata columns, the text, and the full document as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    written = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for rows in _batches(store, batch):
            data = {name: [r[name] for r in rows] for name in _COLUMNS}
            data["id"] = data.pop("doc_id")
            writer.write_table(pa.Table.from_pydict(data, schema=schema))
            written += len(rows)
    return written
