"""The read API over a corpus: what `newsgraph quotes|entities|entity|search` and the web call.

Every function takes an open `Store` and returns records from `newsgraph.store.models`.
Quotes in near-duplicate articles (wire copies) are left out unless asked for, so a
story that ran in ten papers is not counted as ten pieces of evidence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.engine import RowMapping

from newsgraph.document import Document
from newsgraph.store import fulltext
from newsgraph.store.engine import Store
from newsgraph.store.models import (
    Article,
    ArticleSummary,
    CorpusStats,
    EntityDetail,
    EntitySummary,
    Outlet,
    Quote,
    QuoteCluster,
    QuoteFilter,
    RelatedEntity,
    SearchHit,
    TimelinePoint,
)
from newsgraph.store.names import name_key
from newsgraph.store.schema import (
    articles,
    attributions,
    corpus_entities,
    corpus_entity_keys,
    entities,
    mentions,
    quote_clusters,
)

_SUMMARY_COLUMNS = (
    articles.c.id,
    articles.c.doc_id,
    articles.c.title,
    articles.c.published,
    articles.c.url,
    articles.c.outlet,
    articles.c.duplicate_of,
)
_speaker = entities.alias("speaker")
_speaker_ce = corpus_entities.alias("speaker_ce")


def _rows(store: Store, query: Any, **params: Any) -> Sequence[RowMapping]:
    with store.engine.connect() as conn:
        return conn.execute(query, params).mappings().all()


def list_articles(store: Store, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
    """Articles, newest first."""
    query = (
        select(*_SUMMARY_COLUMNS)
        .order_by(articles.c.published.desc(), articles.c.id)
        .limit(limit)
        .offset(offset)
    )
    return [ArticleSummary.model_validate(dict(r)) for r in _rows(store, query)]


def get_article(store: Store, article_id: int) -> Article | None:
    """One article with its analysed document."""
    query = select(*_SUMMARY_COLUMNS, articles.c.document).where(articles.c.id == article_id)
    rows = _rows(store, query)
    if not rows:
        return None
    row = dict(rows[0])
    row["document"] = Document.model_validate_json(row["document"])
    return Article.model_validate(row)


def _entity(row: RowMapping) -> EntitySummary:
    data = dict(row)
    data["aliases"] = json.loads(data["aliases"])
    data["roles"] = json.loads(data["roles"])
    return EntitySummary.model_validate(data)


def list_entities(
    store: Store, type: str | None = None, top: int = 50, offset: int = 0
) -> list[EntitySummary]:
    """Corpus entities by number of (independent) articles that mention them."""
    query = select(corpus_entities)
    if type:
        query = query.where(corpus_entities.c.type == type.upper())
    query = query.order_by(
        corpus_entities.c.article_count.desc(),
        corpus_entities.c.mention_count.desc(),
        corpus_entities.c.id,
    )
    return [_entity(r) for r in _rows(store, query.limit(top).offset(offset))]


def find_entities(store: Store, name: str, type: str | None = None) -> list[EntitySummary]:
    """Corpus entities a user means by `name`: exact name or alias, else names containing it."""
    keys = {name_key(name), name_key(name, person=False)}
    exact = select(corpus_entity_keys.c.corpus_entity_id).where(corpus_entity_keys.c.key.in_(keys))
    query = select(corpus_entities).where(corpus_entities.c.id.in_(exact))
    if type:
        query = query.where(corpus_entities.c.type == type.upper())
    order = (corpus_entities.c.article_count.desc(), corpus_entities.c.id)
    found = [_entity(r) for r in _rows(store, query.order_by(*order))]
    if found or not name.strip():
        return found
    loose = select(corpus_entities).where(
        func.lower(corpus_entities.c.name).contains(name.strip().lower())
    )
    if type:
        loose = loose.where(corpus_entities.c.type == type.upper())
    return [_entity(r) for r in _rows(store, loose.order_by(*order).limit(50))]


def get_entity(store: Store, entity_id: int) -> EntitySummary | None:
    rows = _rows(store, select(corpus_entities).where(corpus_entities.c.id == entity_id))
    return _entity(rows[0]) if rows else None


def _quote_select() -> Select[Any]:
    return select(
        attributions.c.id,
        attributions.c.kind,
        attributions.c.content_text.label("content"),
        attributions.c.source_text.label("speaker"),
        _speaker_ce.c.id.label("speaker_entity_id"),
        _speaker_ce.c.name.label("speaker_name"),
        attributions.c.cue_text.label("cue"),
        attributions.c.within_id,
        attributions.c.article_id,
        articles.c.doc_id,
        articles.c.title,
        articles.c.published,
        articles.c.outlet,
        attributions.c.cluster_id,
    ).select_from(
        attributions.join(articles, attributions.c.article_id == articles.c.id)
        .outerjoin(_speaker, attributions.c.source_entity_id == _speaker.c.id)
        .outerjoin(_speaker_ce, _speaker.c.corpus_entity_id == _speaker_ce.c.id)
    )


def _about(entity_ids: list[int]) -> Any:
    """The quote's content mentions one of these corpus entities.

    Driven from the entities' mentions to the quotes around them: a test per quote
    of every mention in its article took 200 ms for a name in most articles.
    """
    quote = attributions.alias("about_quote")
    around = (
        (quote.c.article_id == mentions.c.article_id)
        & (mentions.c.start_char >= quote.c.content_start)
        & (mentions.c.end_char <= quote.c.content_end)
    )
    inside = (
        select(quote.c.id)
        .select_from(
            entities.join(mentions, mentions.c.entity_id == entities.c.id).join(quote, around)
        )
        .where(entities.c.corpus_entity_id.in_(entity_ids))
    )
    return attributions.c.id.in_(inside)


def _filtered(store: Store, flt: QuoteFilter) -> Select[Any]:
    query = _quote_select()
    if not flt.include_duplicates:
        query = query.where(articles.c.duplicate_of.is_(None))
    if flt.speaker:
        ids = [e.id for e in find_entities(store, flt.speaker)]
        written = func.lower(attributions.c.source_text) == flt.speaker.lower()
        query = query.where(or_(_speaker_ce.c.id.in_(ids), written) if ids else written)
    if flt.about:
        query = query.where(_about([e.id for e in find_entities(store, flt.about)]))
    if flt.since:
        query = query.where(articles.c.published >= flt.since)
    if flt.until:
        query = query.where(articles.c.published <= flt.until)
    return query


def list_quotes(store: Store, flt: QuoteFilter | None = None) -> list[Quote]:
    """Quotes matching the filter, newest article first, in text order within an article."""
    flt = flt or QuoteFilter()
    query = _filtered(store, flt)
    params: dict[str, Any] = {}
    if flt.search:
        params["search"] = fulltext.search_param(store.dialect, flt.search)
        if not params["search"]:
            return []
        query = query.where(fulltext.quote_filter(store.dialect))
    query = query.order_by(articles.c.published.desc(), articles.c.id, attributions.c.content_start)
    rows = _rows(store, query.limit(flt.limit).offset(flt.offset), **params)
    return [Quote.model_validate(dict(r)) for r in rows]


def entity_detail(store: Store, entity_id: int, limit: int = 50) -> EntityDetail | None:
    """Roles, aliases, quotes by and about, timeline of mentions and related entities."""
    entity = get_entity(store, entity_id)
    if entity is None:
        return None
    order = (articles.c.published.desc(), articles.c.id, attributions.c.content_start)
    independent = articles.c.duplicate_of.is_(None)
    by = _quote_select().where(_speaker_ce.c.id == entity_id, independent)
    about = _quote_select().where(_about([entity_id]), independent)
    return EntityDetail(
        entity=entity,
        quotes_by=[
            Quote.model_validate(dict(r)) for r in _rows(store, by.order_by(*order).limit(limit))
        ],
        quotes_about=[
            Quote.model_validate(dict(r)) for r in _rows(store, about.order_by(*order).limit(limit))
        ],
        timeline=_timeline(store, entity_id),
        related=_related(store, entity_id, limit=10),
    )


def _timeline(store: Store, entity_id: int) -> list[TimelinePoint]:
    query = (
        select(
            articles.c.published.label("date"),
            func.count(func.distinct(articles.c.id)).label("articles"),
            func.sum(entities.c.mention_count).label("mentions"),
        )
        .select_from(entities.join(articles, entities.c.article_id == articles.c.id))
        .where(entities.c.corpus_entity_id == entity_id, articles.c.duplicate_of.is_(None))
        .group_by(articles.c.published)
        .order_by(articles.c.published)
    )
    return [TimelinePoint.model_validate(dict(r)) for r in _rows(store, query)]


def _related(store: Store, entity_id: int, limit: int) -> list[RelatedEntity]:
    mine = select(entities.c.article_id).where(entities.c.corpus_entity_id == entity_id)
    shared = func.count(func.distinct(entities.c.article_id)).label("shared_articles")
    query = (
        select(corpus_entities.c.id, corpus_entities.c.name, corpus_entities.c.type, shared)
        .select_from(
            entities.join(corpus_entities, entities.c.corpus_entity_id == corpus_entities.c.id)
        )
        .where(entities.c.article_id.in_(mine), corpus_entities.c.id != entity_id)
        .group_by(corpus_entities.c.id, corpus_entities.c.name, corpus_entities.c.type)
        .order_by(shared.desc(), corpus_entities.c.id)
        .limit(limit)
    )
    return [RelatedEntity.model_validate(dict(r)) for r in _rows(store, query)]


def list_clusters(
    store: Store, min_articles: int = 2, limit: int = 50, offset: int = 0
) -> list[QuoteCluster]:
    """Quote clusters carried by at least `min_articles` articles, most widely carried first."""
    query = (
        select(quote_clusters)
        .where(quote_clusters.c.article_count >= min_articles)
        .order_by(quote_clusters.c.article_count.desc(), quote_clusters.c.id)
        .limit(limit)
        .offset(offset)
    )
    return [_cluster(store, row) for row in _rows(store, query)]


def get_cluster(store: Store, cluster_id: int) -> QuoteCluster | None:
    rows = _rows(store, select(quote_clusters).where(quote_clusters.c.id == cluster_id))
    return _cluster(store, rows[0]) if rows else None


def cluster_quotes(store: Store, cluster_id: int) -> list[Quote]:
    """Every attribution in a cluster, first published first."""
    query = _quote_select().where(attributions.c.cluster_id == cluster_id)
    order = (articles.c.published, articles.c.id, attributions.c.content_start)
    return [Quote.model_validate(dict(r)) for r in _rows(store, query.order_by(*order))]


def _cluster(store: Store, row: RowMapping) -> QuoteCluster:
    query = (
        select(
            articles.c.id.label("article_id"),
            articles.c.doc_id,
            articles.c.outlet,
            articles.c.published,
        )
        .where(
            articles.c.id.in_(
                select(attributions.c.article_id).where(attributions.c.cluster_id == row["id"])
            )
        )
        .order_by(articles.c.published, articles.c.id)
    )
    outlets = [Outlet.model_validate(dict(r)) for r in _rows(store, query)]
    return QuoteCluster.model_validate(dict(row) | {"outlets": outlets})


def search(store: Store, value: str, limit: int = 20) -> list[SearchHit]:
    """Articles whose title or text match, best first (FTS5 or PostgreSQL full text)."""
    param = fulltext.search_param(store.dialect, value)
    if not param:
        return []
    hits = _rows(store, fulltext.article_search(store.dialect), search=param, limit=limit)
    ids = [h["id"] for h in hits]
    summaries = {
        r["id"]: ArticleSummary.model_validate(dict(r))
        for r in _rows(store, select(*_SUMMARY_COLUMNS).where(articles.c.id.in_(ids)))
    }
    return [
        SearchHit(article=summaries[h["id"]], snippet=h["snippet"] or "", rank=float(h["rank"]))
        for h in hits
        if h["id"] in summaries
    ]


def stats(store: Store) -> CorpusStats:
    """Counts over the whole corpus."""
    count = func.count()
    with store.engine.connect() as conn:
        one = conn.execute(
            select(
                count,
                func.count(articles.c.duplicate_of),
                func.min(articles.c.published),
                func.max(articles.c.published),
            )
        ).one()

        def scalar(query: Any) -> int:
            return int(conn.execute(query).scalar_one())

        return CorpusStats(
            articles=one[0],
            near_duplicates=one[1],
            first_published=one[2],
            last_published=one[3],
            corpus_entities=scalar(select(count).select_from(corpus_entities)),
            people=scalar(select(count).where(corpus_entities.c.type == "PERSON")),
            attributions=scalar(select(count).select_from(attributions)),
            quote_clusters=scalar(select(count).select_from(quote_clusters)),
            shared_quote_clusters=scalar(select(count).where(quote_clusters.c.article_count >= 2)),
        )


def iter_documents(store: Store, batch: int = 200) -> Iterator[Document]:
    """Every stored document in ingest order, read in batches so memory stays flat."""
    last = 0
    while True:
        query = (
            select(articles.c.id, articles.c.document)
            .where(articles.c.id > last)
            .order_by(articles.c.id)
            .limit(batch)
        )
        rows = _rows(store, query)
        if not rows:
            return
        for row in rows:
            yield Document.model_validate_json(row["document"])
        last = rows[-1]["id"]
