"""What the app holds for its lifetime: settings, the open corpus, the analyzer (loaded once)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

from anyio import CapacityLimiter, to_thread
from fastapi import Request

from newsgraph.analyze import Analyzer, Input, Result
from newsgraph.read import RawDocument, ReadError
from newsgraph.store import Store
from newsgraph.store.ingest import Summary, ingest
from newsgraph.store.settings import StoreSettings
from newsgraph.web.settings import ServeSettings

T = TypeVar("T")


class Analysis:
    """The spaCy pipeline, loaded on first use and run by one thread at a time."""

    def __init__(self, settings: ServeSettings, analyzer: Analyzer | None = None) -> None:
        self._settings = settings
        self._analyzer = analyzer
        self._lock = threading.Lock()
        self._turns: CapacityLimiter | None = None

    async def in_turn(self, call: Callable[[], T]) -> T:
        """Run pipeline work in a thread of its own, one at a time.

        Requests waiting to analyse wait here, in the event loop, so they never hold
        the threads that answer reads.
        """
        if self._turns is None:
            self._turns = CapacityLimiter(1)
        return await to_thread.run_sync(call, limiter=self._turns)

    def run(self, items: Iterable[Input]) -> list[Result]:
        """Analyse in order; the lock keeps one pipeline safe under a thread pool."""
        with self._lock:
            return list(self._loaded().stream(items))

    def ingest(self, store: Store, items: list[RawDocument | ReadError]) -> Summary:
        """The CLI's ingest on this pipeline: same content hashes, skips and failures table."""
        with self._lock:
            settings = StoreSettings(analysis=self._settings.analysis)
            return ingest(store, items, settings, analyzer=self._loaded())

    def _loaded(self) -> Analyzer:
        if self._analyzer is None:
            self._analyzer = Analyzer(self._settings.analysis)
        return self._analyzer


def settings_of(request: Request) -> ServeSettings:
    settings: ServeSettings = request.app.state.settings
    return settings


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def analysis_of(request: Request) -> Analysis:
    analysis: Analysis = request.app.state.analysis
    return analysis
