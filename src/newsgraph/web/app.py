"""The app factory: settings in, a FastAPI application out, with its corpus and analyzer."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from newsgraph.analyze import Analyzer
from newsgraph.store import Store, open_store
from newsgraph.web import errors, pages
from newsgraph.web.api import read, write
from newsgraph.web.security import BodyLimit
from newsgraph.web.settings import SETTINGS_ENV, ServeSettings
from newsgraph.web.state import Analysis

STATIC = Path(__file__).resolve().parent / "static"


def create_app(
    settings: ServeSettings | None = None,
    *,
    store: Store | None = None,
    analyzer: Analyzer | None = None,
) -> FastAPI:
    """Build the app; a given `store` or `analyzer` is used as is (tests pass their own).

    Otherwise the corpus opens when the app starts and the pipeline loads on first use.
    """
    settings = settings or ServeSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        to_thread.current_default_thread_limiter().total_tokens = settings.threads
        app.state.store = open_store(settings.db) if owned else store
        try:
            yield
        finally:
            if owned:
                app.state.store.close()

    app = FastAPIOffline(
        title="newsgraph",
        summary="Who said what, about whom, when, and according to whom, across a news corpus.",
        version="1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.analysis = Analysis(settings, analyzer)
    errors.install(app)
    app.include_router(read.router)
    app.include_router(write.router)
    app.state.templates = pages.make_templates()
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app


def from_environment() -> FastAPI:
    """The factory uvicorn's worker processes call: settings arrive as JSON in the environment."""
    return create_app(ServeSettings.model_validate_json(os.environ[SETTINGS_ENV]))
