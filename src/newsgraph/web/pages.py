"""Server-rendered pages: home, article, entity and search, readable without JavaScript."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from newsgraph.document import Attribution, Entity
from newsgraph.store import queries
from newsgraph.store.fulltext import SNIPPET_MATCH
from newsgraph.store.models import Article, Outlet, QuoteCluster, QuoteFilter
from newsgraph.web import corpus
from newsgraph.web.chart import timeline_chart
from newsgraph.web.render import Links, blocks
from newsgraph.web.security import PRINTABLE
from newsgraph.web.state import settings_of, store_of

TEMPLATES = Path(__file__).resolve().parent / "templates"

router = APIRouter(include_in_schema=False)


def make_templates() -> Jinja2Templates:
    """Autoescaping is on for every .html template (Starlette's default, kept)."""
    templates = Jinja2Templates(directory=TEMPLATES)
    templates.env.filters["snippet"] = snippet
    return templates


def snippet(value: str) -> Markup:
    """A search snippet with its [matches] marked: escaped first, then marked."""
    return Markup(SNIPPET_MATCH.sub(r"<mark>\1</mark>", str(escape(value))))


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context, status_code=status)


def _missing(request: Request, what: str) -> HTMLResponse:
    return _page(request, "error.html", 404, title="Not found", message=f"No such {what}.")


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """Corpus figures, most-quoted speakers, latest articles."""
    store = store_of(request)
    return _page(
        request,
        "home.html",
        stats=queries.stats(store),
        speakers=corpus.top_speakers(store, 10),
        named=queries.list_entities(store, top=10),
        latest=corpus.list_articles(store, corpus.ArticleFilter(limit=10)),
    )


@dataclass(frozen=True)
class InnerQuote:
    """An attribution inside a quote's content: who it says said what."""

    speaker: str | None
    speaker_id: int | None
    cue: str | None
    content: str


@dataclass(frozen=True)
class QuoteCard:
    """What a click on a quote shows: its speaker, kind, cue, the attributions it holds
    (the sourcing chain) and the other outlets."""

    number: int
    kind: str
    speaker: str | None
    speaker_id: int | None
    cue: str | None
    content: str
    nested: list[InnerQuote]
    elsewhere: list[Outlet]


def _speaker_of(
    attribution: Attribution, entity_of: dict[str, Entity], links: corpus.ArticleLinks
) -> tuple[str | None, int | None]:
    """The speaker's name (the entity's, else the source as written) and corpus entity id."""
    source = attribution.source
    local = entity_of.get(source.entity) if source and source.entity else None
    if local is not None:
        return local.name, links.entities.get(local.id)
    return (source.text if source else None), None


def _cards(request: Request, article: Article, links: corpus.ArticleLinks) -> list[QuoteCard]:
    store = store_of(request)
    doc = article.document
    entity_of = {e.id: e for e in doc.entities}
    cards = []
    found: dict[int, QuoteCluster | None] = {}
    clusters = links.clusters + [None] * (len(doc.attributions) - len(links.clusters))
    for number, (attribution, cluster_id) in enumerate(
        zip(doc.attributions, clusters, strict=True)
    ):
        if cluster_id is not None and cluster_id not in found:
            found[cluster_id] = queries.get_cluster(store, cluster_id)
        cluster = found.get(cluster_id) if cluster_id is not None else None
        elsewhere = [o for o in cluster.outlets if o.article_id != article.id] if cluster else []
        speaker, speaker_id = _speaker_of(attribution, entity_of, links)
        nested = [
            InnerQuote(
                *_speaker_of(inner, entity_of, links),
                cue=inner.cue.text if inner.cue else None,
                content=inner.content.text,
            )
            for outer in attribution.nested
            for inner in outer.chain()
        ]
        cards.append(
            QuoteCard(
                number=number,
                kind=attribution.kind.value,
                speaker=speaker,
                speaker_id=speaker_id,
                cue=attribution.cue.text if attribution.cue else None,
                content=attribution.content.text,
                nested=nested,
                elsewhere=elsewhere,
            )
        )
    return cards


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: int) -> HTMLResponse:
    """The text with quotes, speakers, cues, entities, dates and counts marked."""
    store = store_of(request)
    found = queries.get_article(store, article_id) if 0 < article_id < 2**31 else None
    if found is None:
        return _missing(request, "article")
    links = corpus.article_links(store, article_id)
    doc = found.document
    return _page(
        request,
        "article.html",
        article=found,
        headline=doc.headline.text if doc.headline else found.title or found.doc_id,
        blocks=blocks(doc, Links(entities=links.entities)),
        cards=_cards(request, found, links),
        entities=sorted(doc.entities, key=lambda e: -len(e.mentions)),
        entity_links=links.entities,
    )


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: int) -> HTMLResponse:
    """A speaker or entity: names, roles, quotes by and about, mentions over time."""
    limit = settings_of(request).page_size * 2
    found = (
        queries.entity_detail(store_of(request), entity_id, limit)
        if 0 < entity_id < 2**31
        else None
    )
    if found is None:
        return _missing(request, "entity")
    return _page(request, "entity.html", detail=found, chart=timeline_chart(found.timeline))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    q: Annotated[str, Query(max_length=200, pattern=PRINTABLE)] = "",
    speaker: Annotated[str, Query(max_length=200, pattern=PRINTABLE)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    until: Annotated[str, Query(max_length=10)] = "",
) -> HTMLResponse:
    """Quotes and articles matching words, narrowed by speaker and dates."""
    store = store_of(request)
    size = settings_of(request).page_size
    flt = QuoteFilter(
        search=q.strip() or None,
        speaker=speaker.strip() or None,
        since=_date(since),
        until=_date(until),
        limit=size,
    )
    searched = bool(flt.search or flt.speaker or flt.since or flt.until)
    quotes = queries.list_quotes(store, flt) if searched else []
    hits = queries.search(store, q, limit=size) if q.strip() else []
    return _page(
        request,
        "search.html",
        q=q,
        speaker=speaker,
        since=since,
        until=until,
        searched=searched,
        quotes=quotes,
        hits=[h for h in hits if _within(h.article.published, flt)],
    )


def _within(published: dt.date | None, flt: QuoteFilter) -> bool:
    if published is None:
        return flt.since is None and flt.until is None
    return (flt.since is None or published >= flt.since) and (
        flt.until is None or published <= flt.until
    )
