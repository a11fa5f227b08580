"""Tunables of the corpus store, kept apart from analysis settings but carrying them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from newsgraph.settings import Settings

DEFAULT_DB = "newsgraph.db"


class StoreSettings(BaseModel):
    """Everything an ingest run can be tuned with; the CLI builds one of these."""

    model_config = ConfigDict(frozen=True)

    analysis: Settings = Field(default_factory=Settings)
    batch_size: int = Field(64, gt=0, description="Documents written in one transaction.")
    workers: int = Field(1, ge=1, description="Analysis processes; 1 analyses in-process.")
    quote_perm: int = Field(64, gt=0, description="MinHash permutations for quotes.")
    quote_candidate: float = Field(0.3, gt=0, lt=1, description="LSH threshold for candidates.")
    quote_jaccard: float = Field(0.6, gt=0, le=1, description="Jaccard that joins a cluster.")
    quote_containment: float = Field(
        0.85, gt=0, le=1, description="Share of a partial quote found in a longer one."
    )
    quote_indexed_below: float = Field(
        0.9, gt=0, le=1, description="A quote closer than this to a stored one is not indexed."
    )
    quote_min_words: int = Field(6, gt=0, description="Shorter quotes are never clustered.")
    article_perm: int = Field(64, gt=0, description="MinHash permutations for articles.")
    article_jaccard: float = Field(0.8, gt=0, le=1, description="Near-duplicate article cutoff.")
    article_min_words: int = Field(40, gt=0, description="Shorter articles are never linked.")
