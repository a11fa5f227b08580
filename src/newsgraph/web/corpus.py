"""Small reads the store's query API does not offer, over its documented tables.

Kept here (not in `store/`) because only the web needs them: filtered article lists,
the corpus ids behind one article's entities and quotes, and an article's raw JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from newsgraph.store import Store
from newsgraph.store.models import ArticleSummary
from newsgraph.store.schema import articles, attributions, corpus_entities, entities

_NAMES = ("id", "doc_id", "title", "published", "url", "outlet", "duplicate_of")
_SUMMARY = tuple(articles.c[name] for name in _NAMES)


@dataclass(frozen=True)
class ArticleFilter:
    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True)
class ArticleLinks:
    """Corpus ids for one article: its entities by document id, its quotes in text order."""

    entities: dict[str, int]
    quote_ids: list[int]
    clusters: list[int | None]


def _where(query: Any, flt: ArticleFilter) -> Any:
    if flt.outlet:
        query = query.where(func.lower(articles.c.outlet) == flt.outlet.lower())
    if flt.since:
        query = query.where(articles.c.published >= flt.since)
    if flt.until:
        query = query.where(articles.c.published <= flt.until)
    return query


def list_articles(store: Store, flt: ArticleFilter) -> list[ArticleSummary]:
    """Articles newest first, filtered by outlet and publication dates."""
    query = _where(select(*_SUMMARY), flt).order_by(articles.c.published.desc(), articles.c.id)
    with store.engine.connect() as conn:
        rows = conn.execute(query.limit(flt.limit).offset(flt.offset)).mappings().all()
    return [ArticleSummary.model_validate(dict(row)) for row in rows]


def article_json(store: Store, article_id: int) -> bytes | None:
    """An `Article` as JSON with the stored document spliced in as is, not re-validated.

    The stored text was written by `Document.model_dump_json`, so it already conforms;
    parsing and re-serialising it would be most of the cost of a read.
    """
    query = select(*_SUMMARY, articles.c.document).where(articles.c.id == article_id)
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    if row is None:
        return None
    summary = {name: row[name] for name in _NAMES}
    summary["published"] = row["published"].isoformat() if row["published"] else None
    head = json.dumps(summary, ensure_ascii=False, separators=(",", ":"))
    return f'{head[:-1]},"document":{row["document"]}}}'.encode()


def outlets(store: Store) -> list[str]:
    """Every outlet in the corpus, for the search form's filter."""
    query = select(articles.c.outlet).where(articles.c.outlet.is_not(None)).distinct()
    with store.engine.connect() as conn:
        return sorted(str(name) for name in conn.execute(query).scalars())


def article_links(store: Store, article_id: int) -> ArticleLinks:
    """The document's own attributions are stored first and in order (nested ones come
    after them, with `within_id` set), so their ids sorted match `doc.attributions`."""
    with store.engine.connect() as conn:
        linked = conn.execute(
            select(entities.c.local_id, entities.c.corpus_entity_id).where(
                entities.c.article_id == article_id, entities.c.corpus_entity_id.is_not(None)
            )
        ).all()
        quotes = conn.execute(
            select(attributions.c.id, attributions.c.cluster_id)
            .where(attributions.c.article_id == article_id, attributions.c.within_id.is_(None))
            .order_by(attributions.c.id)
        ).all()
    return ArticleLinks(
        entities={str(local): int(corpus) for local, corpus in linked},
        quote_ids=[int(row[0]) for row in quotes],
        clusters=[row[1] for row in quotes],
    )


@dataclass(frozen=True)
class Speaker:
    id: int
    name: str
    quotes: int


def top_speakers(store: Store, limit: int = 10) -> list[Speaker]:
    """Corpus entities credited with the most quotes in independent articles."""
    total = func.count(attributions.c.id).label("quotes")
    query = (
        select(corpus_entities.c.id, corpus_entities.c.name, total)
        .select_from(
            attributions.join(entities, attributions.c.source_entity_id == entities.c.id)
            .join(corpus_entities, entities.c.corpus_entity_id == corpus_entities.c.id)
            .join(articles, attributions.c.article_id == articles.c.id)
        )
        .where(articles.c.duplicate_of.is_(None))
        .group_by(corpus_entities.c.id, corpus_entities.c.name)
        .order_by(total.desc(), corpus_entities.c.id)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    return [Speaker(id=int(r[0]), name=str(r[1]), quotes=int(r[2])) for r in rows]
