"""Tunables of the web server, carrying the analysis settings `POST /analyze` uses."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from newsgraph.settings import Settings
from newsgraph.store import DEFAULT_DB

TOKEN_ENV = "NEWSGRAPH_TOKEN"
SETTINGS_ENV = "NEWSGRAPH_SERVE_SETTINGS"


class ServeSettings(BaseModel):
    """Everything `newsgraph serve` can be tuned with; the CLI builds one of these."""

    model_config = ConfigDict(frozen=True)

    analysis: Settings = Field(default_factory=Settings)
    db: str = Field(DEFAULT_DB, description="Corpus database: a SQLite path or a URL.")
    host: str = Field("127.0.0.1", description="Address to bind; loopback unless told.")
    port: int = Field(8000, ge=0, le=65535)
    token: str | None = Field(
        None, min_length=8, description="Bearer token the write endpoints require."
    )
    max_body_bytes: int = Field(
        2_000_000, gt=0, description="Largest request body accepted (413 beyond)."
    )
    workers: int = Field(1, ge=1, le=32, description="Server processes answering requests.")
    threads: int = Field(
        4, gt=0, le=64, description="Requests handled at once; more only fight over the GIL."
    )
    page_size: int = Field(20, gt=0, le=200, description="Rows on one page of a list.")
