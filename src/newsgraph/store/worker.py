"""Analysis in worker processes: each loads its own `Analyzer` once, the parent writes.

A worker process needs somewhere to keep its pipeline between tasks; `_STATE` is that
place and exists only inside pool processes (the parent never fills it).
"""

from __future__ import annotations

import importlib.util
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.pool import Pool
from typing import Any

from newsgraph.analyze import Analyzer
from newsgraph.document import Document, ErrorRecord
from newsgraph.errors import NewsgraphError
from newsgraph.read import RawDocument
from newsgraph.settings import Settings

Analysed = Document | ErrorRecord
Outcome = tuple[bool, str]
_STATE: dict[str, Any] = {}


def _init(settings: Settings) -> None:
    """Load the pipeline; a failure is kept for `_analyse` to report (a pool would respawn)."""
    try:
        _STATE["analyzer"] = Analyzer(settings)
    except Exception as exc:
        _STATE["error"] = exc


def _analyse(batch: Sequence[RawDocument]) -> list[Outcome]:
    """JSON travels back instead of pickled models: smaller and checked on arrival."""
    if "error" in _STATE:
        raise RuntimeError(str(_STATE["error"]))
    analyzer = _STATE["analyzer"]
    return [(isinstance(r, Document), r.model_dump_json()) for r in analyzer.stream(batch)]


def decode(outcomes: list[Outcome]) -> list[Analysed]:
    return [
        Document.model_validate_json(data) if ok else ErrorRecord.model_validate_json(data)
        for ok, data in outcomes
    ]


Submit = Callable[[Sequence[RawDocument]], Callable[[], list[Analysed]]]


@contextmanager
def analysis(
    settings: Settings, workers: int, analyzer: Analyzer | None = None
) -> Iterator[Submit]:
    """A `submit(batch)` that returns a `wait()` for the results, in order.

    With one worker the analysis runs in this process (with `analyzer` if given)
    when `wait()` is called.
    """
    if workers <= 1:
        local_analyzer = analyzer or Analyzer(settings)

        def local(batch: Sequence[RawDocument]) -> Callable[[], list[Analysed]]:
            return lambda: list(local_analyzer.stream(batch))

        yield local
        return
    if importlib.util.find_spec(settings.model) is None:
        raise NewsgraphError(f"spaCy model {settings.model!r} is not installed; run `make install`")
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init, initargs=(settings,)) as pool:
        yield _pooled(pool)


def _pooled(pool: Pool) -> Submit:
    def submit(batch: Sequence[RawDocument]) -> Callable[[], list[Analysed]]:
        pending = pool.apply_async(_analyse, (list(batch),))

        def wait() -> list[Analysed]:
            try:
                return decode(pending.get())
            except Exception as exc:
                raise NewsgraphError(f"analysis worker failed: {exc}") from None

        return wait

    return submit
