"""Analysis in worker processes: each loads its own `Analyzer` once, the parent writes.

A worker process needs somewhere to keep its pipeline between tasks; `_STATE` is that
place and exists only inside pool processes (the parent never fills it).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.pool import Pool

from newsgraph.analyze import Analyzer
from newsgraph.document import Document, ErrorRecord
from newsgraph.read import RawDocument
from newsgraph.settings import Settings

Analysed = Document | ErrorRecord
Outcome = tuple[bool, str]
_STATE: dict[str, Analyzer] = {}


def _init(settings: Settings) -> None:
    _STATE["analyzer"] = Analyzer(settings)


def _analyse(batch: Sequence[RawDocument]) -> list[Outcome]:
    """JSON travels back instead of pickled models: smaller and checked on arrival."""
    analyzer = _STATE["analyzer"]
    return [(isinstance(r, Document), r.model_dump_json()) for r in analyzer.stream(batch)]


def decode(outcomes: list[Outcome]) -> list[Analysed]:
    return [
        Document.model_validate_json(data) if ok else ErrorRecord.model_validate_json(data)
        for ok, data in outcomes
    ]


Submit = Callable[[Sequence[RawDocument]], Callable[[], list[Analysed]]]


@contextmanager
def analysis(settings: Settings, workers: int) -> Iterator[Submit]:
    """A `submit(batch)` that returns a `wait()` for the results, in order.

    With one worker the analysis runs in this process when `wait()` is called.
    """
    if workers <= 1:
        analyzer = Analyzer(settings)

        def local(batch: Sequence[RawDocument]) -> Callable[[], list[Analysed]]:
            return lambda: list(analyzer.stream(batch))

        yield local
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init, initargs=(settings,)) as pool:
        yield _pooled(pool)


def _pooled(pool: Pool) -> Submit:
    def submit(batch: Sequence[RawDocument]) -> Callable[[], list[Analysed]]:
        pending = pool.apply_async(_analyse, (list(batch),))
        return lambda: decode(pending.get())

    return submit
