"""Request and response bodies of the API that the store's records do not already cover."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsgraph.store.models import ArticleSummary, EntitySummary, Quote, QuoteCluster


class AnalyzeRequest(BaseModel):
    """One article as text or HTML; the same input contract as a JSONL line, without paths."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=500, description="Kept in the output; else a hash.")
    text: str | None = Field(None, description="Plain text of the article.")
    html: str | None = Field(None, description="An HTML page; the article body is extracted.")
    published: dt.date | None = Field(None, description="Anchors relative dates.")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _one_body(self) -> AnalyzeRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class Failure(BaseModel):
    id: str
    error: str


class IngestResult(BaseModel):
    """What one `POST /ingest` did."""

    seen: int
    ingested: int
    skipped: int = Field(description="Already stored (same content).")
    near_duplicates: int
    failed: list[Failure]


class Paging(BaseModel):
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page; null on the last.")


class ArticlePage(Paging):
    items: list[ArticleSummary]


class EntityPage(Paging):
    items: list[EntitySummary]


class QuotePage(Paging):
    items: list[Quote]


class ClusterDetail(BaseModel):
    """A quote cluster with every attribution in it, first published first."""

    cluster: QuoteCluster
    quotes: list[Quote]


def next_offset(offset: int, limit: int, got: int) -> int | None:
    """Pages are fetched one row over the limit, so a full page says whether more follow."""
    return offset + limit if got > limit else None
