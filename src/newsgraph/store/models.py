"""What the query API returns: plain pydantic records a CLI or a web layer can render."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from newsgraph.document import Document


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True)


class ArticleSummary(_Record):
    """One stored article without its text."""

    id: int
    doc_id: str = Field(description="The id the input gave (JSONL id, else the path).")
    title: str | None
    published: dt.date | None
    url: str | None
    outlet: str | None = Field(description="Site name, else the URL's host.")
    duplicate_of: int | None = Field(description="The article this one is a near-copy of.")


class Article(ArticleSummary):
    """One stored article with the full analysed document."""

    document: Document


class EntitySummary(_Record):
    """A corpus entity: one person or organisation across articles."""

    id: int
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    mention_count: int
    article_count: int
    first_seen: dt.date | None
    last_seen: dt.date | None


class Quote(_Record):
    """One attribution as stored, with where it appeared and who it is credited to."""

    id: int
    kind: str
    content: str
    speaker: str | None = Field(description="The source as written in the article.")
    speaker_entity_id: int | None = Field(description="The corpus entity the source resolves to.")
    speaker_name: str | None = Field(description="That corpus entity's name.")
    cue: str | None
    within_id: int | None = Field(
        None, description="The quote this one is nested in: 'According to the paper, X told …'."
    )
    article_id: int
    doc_id: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    cluster_id: int | None


class QuoteFilter(_Record):
    """Filters for `list_quotes`; unset fields do not filter."""

    speaker: str | None = None
    about: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    search: str | None = None
    include_duplicates: bool = Field(False, description="Also list quotes in wire copies.")
    limit: int = Field(50, gt=0)
    offset: int = Field(0, ge=0)


class TimelinePoint(_Record):
    """Mentions of an entity on one publication date."""

    date: dt.date | None
    articles: int
    mentions: int


class RelatedEntity(_Record):
    """A corpus entity that shares articles with another one."""

    id: int
    name: str
    type: str
    shared_articles: int


class EntityDetail(_Record):
    """Everything `newsgraph entity NAME` shows."""

    entity: EntitySummary
    quotes_by: list[Quote]
    quotes_about: list[Quote]
    timeline: list[TimelinePoint]
    related: list[RelatedEntity]


class Outlet(_Record):
    """One article that carried a quote cluster."""

    article_id: int
    doc_id: str
    outlet: str | None
    published: dt.date | None


class QuoteCluster(_Record):
    """The same quote reported across articles, verbatim or lightly edited."""

    id: int
    representative: str
    size: int = Field(description="How many attributions belong to it.")
    article_count: int
    first_article_id: int
    first_published: dt.date | None
    outlets: list[Outlet]


class SearchHit(_Record):
    """An article that matches a full-text search, with a highlighted snippet."""

    article: ArticleSummary
    snippet: str
    rank: float


class CorpusStats(_Record):
    """Counts over the whole store."""

    articles: int
    near_duplicates: int
    corpus_entities: int
    people: int
    attributions: int
    quote_clusters: int = Field(description="Clusters of quotes long enough to cluster.")
    shared_quote_clusters: int = Field(description="Clusters carried by two or more articles.")
    first_published: dt.date | None
    last_published: dt.date | None
