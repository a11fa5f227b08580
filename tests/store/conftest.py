"""A fresh corpus per test, on SQLite always and on PostgreSQL when a server is reachable."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from newsgraph.document import Attribution, AttributionKind, Document, Entity, Source, Span
from newsgraph.store import Store, database_url, open_store

PG_ENV = "NEWSGRAPH_TEST_PG_URL"
PG_DEFAULT = "postgresql://newsgraph:newsgraph@127.0.0.1/newsgraph_test"


def _server() -> str:
    """The test server's URL, or a skip that says how to get one (never a silent pass)."""
    url = os.environ.get(PG_ENV) or PG_DEFAULT
    engine = create_engine(database_url(url))
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        shown = make_url(url).render_as_string(hide_password=True)
        message = f"no PostgreSQL server at {shown} ({reason}); set {PG_ENV}"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (.ci/run starts one)")
        pytest.skip(f"PostgreSQL tests skipped: {message}")
    finally:
        engine.dispose()
    return url


@contextmanager
def _pg_schema() -> Iterator[str]:
    """A schema of its own per test, so concurrent test runs never share tables."""
    url = _server()
    schema = f"ng_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    joiner = "&" if "?" in url else "?"
    try:
        yield f"{url}{joiner}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    with _pg_schema() as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start=start, end=start + len(part), text=part)


@dataclass
class Article:
    """Builds a `Document` by hand: entities and quotes located in the text by search."""

    id: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    def entity(
        self, name: str, type: str = "PERSON", *aliases: str, roles: tuple[str, ...] = ()
    ) -> str:
        mentions = [_span(self.text, name)] + [_span(self.text, a) for a in aliases]
        local = f"E{len(self.entities) + 1}"
        self.entities.append(
            Entity(
                id=local,
                name=name,
                type=type,
                aliases=list(aliases),
                roles=list(roles),
                mentions=mentions,
            )
        )
        return local

    def quote(self, speaker: str, content: str, entity: str | None = None) -> None:
        cue = "said" if "said" in self.text else None
        source = _span(self.text, speaker)
        self.attributions.append(
            Attribution(
                kind=AttributionKind.DIRECT,
                source=Source(**source.model_dump(), entity=entity),
                cue=_span(self.text, cue) if cue else None,
                content=_span(self.text, content),
            )
        )

    def build(self) -> Document:
        return Document(
            id=self.id,
            text=self.text,
            published=self.published,
            url=self.url,
            entities=self.entities,
            attributions=self.attributions,
        )
