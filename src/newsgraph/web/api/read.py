"""Reads over the corpus: articles, entities, quotes and quote clusters, paged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel

from newsgraph.store import queries
from newsgraph.store.models import Article, CorpusStats, EntityDetail, QuoteFilter
from newsgraph.web import corpus
from newsgraph.web.api.models import (
    ArticlePage,
    ClusterDetail,
    EntityPage,
    Paging,
    QuotePage,
    next_offset,
)
from newsgraph.web.security import PRINTABLE
from newsgraph.web.state import store_of

router = APIRouter(tags=["read"])

Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
Limit = Annotated[int, Query(ge=1, le=200, description="Rows on this page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
Text = Annotated[str | None, Query(max_length=200, pattern=PRINTABLE)]
Kind = Annotated[str | None, Query(max_length=32, pattern=PRINTABLE, description="PERSON, ORG...")]
Search = Annotated[
    str | None, Query(max_length=200, pattern=PRINTABLE, description="Full-text search.")
]
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such record"}}


T = TypeVar("T")


def _found(value: T | None, what: str) -> T:
    if value is None:
        raise HTTPException(404, f"no such {what}")
    return value


def _page(model: type[Paging], rows: Sequence[Any], limit: int, offset: int) -> Response:
    """One page of `rows`, fetched one row over `limit` to know whether another follows."""
    page = model(
        items=rows[:limit],
        limit=limit,
        offset=offset,
        next_offset=next_offset(offset, limit, len(rows)),
    )
    return _json(page)


def _json(model: BaseModel) -> Response:
    """Serialised once by pydantic; FastAPI would otherwise validate the model again."""
    return Response(model.model_dump_json(), media_type="application/json")


@router.get("/stats", response_model=CorpusStats)
def stats(request: Request) -> Response:
    """Counts over the whole corpus."""
    return _json(queries.stats(store_of(request)))


@router.get("/articles", response_model=ArticlePage)
def articles(
    request: Request,
    outlet: Text = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Response:
    """Articles newest first, filtered by outlet and publication dates."""
    flt = corpus.ArticleFilter(outlet, since, until, limit + 1, offset)
    rows = corpus.list_articles(store_of(request), flt)
    return _page(ArticlePage, rows, limit, offset)


@router.get("/articles/{article_id}", response_model=Article, responses=_NOT_FOUND)
def article(request: Request, article_id: Id) -> Response:
    """One article with its analysed document."""
    body = _found(corpus.article_json(store_of(request), article_id), "article")
    return Response(body, media_type="application/json")


@router.get("/entities", response_model=EntityPage)
def entities(
    request: Request,
    name: Text = None,
    type: Kind = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Response:
    """Corpus entities by how many articles mention them, or those matching `name`."""
    store = store_of(request)
    if name:
        found = queries.find_entities(store, name, type)[offset : offset + limit + 1]
    else:
        found = queries.list_entities(store, type, top=limit + 1, offset=offset)
    return _page(EntityPage, found, limit, offset)


@router.get("/entities/{entity_id}", response_model=EntityDetail, responses=_NOT_FOUND)
def entity(request: Request, entity_id: Id, limit: Limit = 50) -> Response:
    """Roles, aliases, quotes by and about, mentions over time, related entities."""
    return _json(_found(queries.entity_detail(store_of(request), entity_id, limit), "entity"))


@router.get("/quotes", response_model=QuotePage)
def quotes(
    request: Request,
    speaker: Text = None,
    about: Text = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    q: Search = None,
    include_duplicates: bool = False,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Response:
    """Quotes newest first: by a speaker, about an entity, in a date range, matching words."""
    flt = QuoteFilter(
        speaker=speaker or None,
        about=about or None,
        since=since,
        until=until,
        search=q or None,
        include_duplicates=include_duplicates,
        limit=limit + 1,
        offset=offset,
    )
    found = queries.list_quotes(store_of(request), flt)
    return _page(QuotePage, found, limit, offset)


@router.get("/quotes/clusters/{cluster_id}", response_model=ClusterDetail, responses=_NOT_FOUND)
def cluster(request: Request, cluster_id: Id) -> Response:
    """The same quote across outlets, first published first."""
    store = store_of(request)
    found = _found(queries.get_cluster(store, cluster_id), "quote cluster")
    return _json(ClusterDetail(cluster=found, quotes=queries.cluster_quotes(store, cluster_id)))
