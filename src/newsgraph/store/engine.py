"""Database URLs and engines: SQLite (WAL) or PostgreSQL through one SQLAlchemy code path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from newsgraph.errors import NewsgraphError
from newsgraph.store import fulltext
from newsgraph.store.schema import metadata
from newsgraph.store.settings import DEFAULT_DB


class StoreError(NewsgraphError):
    """The database cannot be opened or used; reaches the user as one line."""


def database_url(value: str | None) -> str:
    """A SQLAlchemy URL from `--db`: a URL as given, a plain path as a SQLite file."""
    value = value or DEFAULT_DB
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    scheme = value.split("://", 1)[0]
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL so readers never block the writer; foreign keys on; durable commits."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn: Connection) -> None:
    """Open SQLite's transaction ourselves, so a batch is one transaction.

    Left to itself, Python's sqlite3 begins only before an INSERT: a SAVEPOINT issued
    first then opens the transaction, and releasing it commits each document apart.
    """
    conn.exec_driver_sql("BEGIN")


@dataclass
class Store:
    """An open corpus database: the engine and which SQL dialect it speaks."""

    engine: Engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"--db {url!r} is not a database URL or path") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not Path(database).parent.is_dir():
            raise StoreError(f"no such folder for the database: {Path(database).parent}")
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r}: sqlite or postgresql"
        )
    return create_engine(parsed, pool_pre_ping=True)


def open_store(db: str | None = None, create: bool = True) -> Store:
    """Open (and by default create) the corpus at `db`: a URL or a SQLite file path."""
    url = database_url(db)
    if not create and url.startswith("sqlite:///") and not Path(url[10:]).exists():
        raise StoreError(f"no corpus at {url[10:]}: run `newsgraph ingest` first")
    engine = _engine(url)
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            _add_missing_columns(conn)
            _add_missing_indexes(conn)
            fulltext.create(conn)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open {engine.url.render_as_string()}: {_reason(exc)}") from None
    return Store(engine)


def _add_missing_columns(conn: Connection) -> None:
    """Columns added since a store was created, as nullable columns without their
    constraints (`attributions.within_id`): create_all only makes missing tables."""
    inspector = inspect(conn)
    for table in metadata.sorted_tables:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=conn.dialect)
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))


def _add_missing_indexes(conn: Connection) -> None:
    """Indexes added since a store was created (create_all only makes missing tables)."""
    for table in metadata.sorted_tables:
        for index in table.indexes:
            index.create(conn, checkfirst=True)


def _reason(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
