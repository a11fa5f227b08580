"""Documents that could not be read, analysed or stored, kept so that users can see them.

One row per input id, the latest reason: a re-run that fails again replaces the row,
and a document stored later clears it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select

from newsgraph.store.engine import Store
from newsgraph.store.schema import failures


@dataclass(frozen=True)
class Failure:
    """One document that is not in the store, and why."""

    doc_id: str
    reason: str
    failed_at: dt.datetime


def update(conn: Connection, failed: Sequence[tuple[str, str]], stored: Iterable[str]) -> None:
    """Record this batch's failures and forget earlier ones of documents now stored."""
    done = set(stored) | {doc_id for doc_id, _ in failed}
    if done:
        conn.execute(delete(failures).where(failures.c.doc_id.in_(done)))
    if failed:
        now = dt.datetime.now(dt.UTC)
        rows = [{"doc_id": d, "reason": r, "failed_at": now} for d, r in dict(failed).items()]
        conn.execute(insert(failures), rows)


def listed(store: Store, limit: int) -> list[Failure]:
    """The most recent failures first."""
    query = (
        select(failures.c.doc_id, failures.c.reason, failures.c.failed_at)
        .order_by(failures.c.failed_at.desc(), failures.c.id.desc())
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [Failure(*row) for row in conn.execute(query)]


def total(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(failures)).scalar_one())
