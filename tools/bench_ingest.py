"""Ingest throughput against `analyze --format jsonl` on the same input, store size, clusters.

Both commands run end to end as a user runs them (a child process each, model loading
included), so the ratio is what a user sees. `make bench` calls `bench_ingest()`;
run this file alone for the ingest figures only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from bench import stream_file  # a sibling script: tools/ is on the path when run
from rich.console import Console
from rich.table import Table
from sqlalchemy import create_engine, text

from newsgraph.analyze import Analyzer
from newsgraph.document import Document
from newsgraph.read import read_paths
from newsgraph.settings import Settings
from newsgraph.store import StoreSettings, database_url, open_store
from newsgraph.store import queries as q
from newsgraph.store.ingest import add_documents, ingest

CLI = [sys.executable, "-c", "from newsgraph.cli import main; main()"]


@dataclass(frozen=True)
class Run:
    """One timed command: what ran, how many documents, how long, and what it left."""

    label: str
    docs: int
    seconds: float
    size_mb: float | None = None
    quote_clusters: int | None = None
    shared_clusters: int | None = None
    near_duplicates: int | None = None

    @property
    def rate(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([*CLI, *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def analyze_run(feed: Path, docs: int) -> Run:
    seconds = _timed(["analyze", str(feed), "--format", "jsonl", "-q", "-o", os.devnull])
    return Run("analyze --format jsonl", docs, seconds)


def _pg_schema(url: str) -> tuple[str, str]:
    schema = f"ng_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    joiner = "&" if "?" in url else "?"
    return schema, f"{url}{joiner}options=-csearch_path%3D{schema}"


def _pg_size_mb(url: str, schema: str) -> float:
    """Tables, indexes and TOAST of the run's schema; the schema is dropped afterwards."""
    engine = create_engine(database_url(url))
    query = text(
        "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :s AND c.relkind = 'r'"
    )
    with engine.begin() as conn:
        size = int(conn.execute(query, {"s": schema}).scalar_one())
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()
    return size / 1e6


def ingest_run(feed: Path, docs: int, db: str, workers: int, label: str) -> Run:
    """Ingest into `db` (a SQLite path or a PostgreSQL URL, in a fresh schema)."""
    schema = None
    if db.startswith("postgres"):
        schema, db = _pg_schema(db)
    seconds = _timed(["ingest", str(feed), "--db", db, "--workers", str(workers), "-q"])
    with open_store(db) as store:
        stats = q.stats(store)
    if schema is not None:
        size = _pg_size_mb(db.split("?")[0], schema)
    else:
        size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*")) / 1e6
    return Run(
        label, docs, seconds, size, stats.quote_clusters, stats.shared_quote_clusters,
        stats.near_duplicates,
    )  # fmt: skip


def _limited(source: Path, limit: int, folder: Path) -> tuple[Path, int]:
    with source.open(encoding="utf-8") as handle:
        lines = [line for line in islice(handle, limit or None) if line.strip()]
    target = folder / "input.jsonl"
    target.write_text("".join(lines), encoding="utf-8")
    return target, len(lines)


def bench_ingest(
    feed: Path,
    pg_url: str | None = None,
    workers: int = 2,
    limit: int = 0,
    keep: Path | None = None,
) -> list[Run]:
    """analyze, then ingest into SQLite (1 and `workers` processes) and PostgreSQL.

    The SQLite stores are left in `keep` when given (to query them afterwards).
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stores = keep or folder
        source, docs = _limited(feed, limit, folder)
        runs = [analyze_run(source, docs)]
        runs.append(ingest_run(source, docs, str(stores / "w1.db"), 1, "ingest SQLite, 1 worker"))
        if workers > 1:
            label = f"ingest SQLite, {workers} workers"
            runs.append(ingest_run(source, docs, str(stores / "wn.db"), workers, label))
        if pg_url:
            label = f"ingest PostgreSQL, {workers} worker(s)"
            runs.append(ingest_run(source, docs, pg_url, workers, label))
    return runs


def alternating(feed: Path, pg_url: str | None, docs: int, chunk: int = 50) -> list[Run]:
    """The ratio on a noisy machine: one loaded pipeline, analyze and ingest take turns.

    Each chunk is analysed and written as JSON (what `analyze --format jsonl` does), then
    ingested (one worker, the same pipeline) into each store; the stores keep growing.
    """
    items = list(islice(read_paths([feed], 5_000_000), docs or None))
    analyzer = Analyzer(Settings())
    list(analyzer.stream(items[:5]))
    settings = StoreSettings(analysis=analyzer.settings, workers=1)
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        targets = {"ingest SQLite (alternating)": str(Path(tmp) / "alt.db")}
        schema = None
        if pg_url:
            schema, targets["ingest PostgreSQL (alternating)"] = _pg_schema(pg_url)
        stores = {k: stack.enter_context(open_store(v)) for k, v in targets.items()}
        seconds = dict.fromkeys(["analyze (alternating)", *stores], 0.0)
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for start in range(0, len(items), chunk):
                part = items[start : start + chunk]
                began = time.perf_counter()
                for result in analyzer.stream(part):
                    sink.write(result.model_dump_json() + "\n")
                seconds["analyze (alternating)"] += time.perf_counter() - began
                for label, store in stores.items():
                    began = time.perf_counter()
                    ingest(store, part, settings, analyzer=analyzer)
                    seconds[label] += time.perf_counter() - began
        stack.close()
        if pg_url and schema:
            _pg_size_mb(pg_url, schema)
    return [Run(label, len(items), spent) for label, spent in seconds.items()]


def _status_mb(pid: int) -> tuple[float, float]:
    """Resident and peak resident memory of a live process, from /proc."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _articles(db: Path) -> int:
    """Articles committed so far (0 before the schema exists); WAL lets us read alongside."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def memory_curve(
    feed: Path, n_docs: int, every: int, folder: Path
) -> list[tuple[int, float, float]]:
    """RSS and peak RSS of one `ingest` process (1 worker) each time `every` more are stored.

    The stream repeats the feed with made-up words in every article (as `bench.py`'s
    memory run), so each is a new document with new strings and new quotes to cluster.
    """
    with feed.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    stream, db = folder / "stream.jsonl", folder / "memory.db"
    stream_file(texts, n_docs, stream)
    args = ["ingest", str(stream), "--db", str(db), "--workers", "1", "-q"]
    child = subprocess.Popen([*CLI, *args], stdout=subprocess.DEVNULL)
    curve: list[tuple[int, float, float]] = []
    while child.poll() is None:
        time.sleep(2)
        stored = _articles(db)
        if stored >= (len(curve) + 1) * every and child.poll() is None:
            curve.append((stored, *_status_mb(child.pid)))
            print(
                f"{curve[-1][0]:>6} stored  RSS {curve[-1][1]:.0f} MB  peak {curve[-1][2]:.0f} MB",
                flush=True,
            )
    if child.returncode:
        raise SystemExit(f"ingest exited with {child.returncode}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return [*curve, (_articles(db), curve[-1][1] if curve else peak, peak)]


def _reprinted(analysed: Path, n_docs: int) -> Iterator[Document]:
    """n_docs analysed documents cycled from `analysed`, each with words no other has."""
    with analysed.open(encoding="utf-8") as handle:
        lines = [line for line in handle if '"text":' in line]  # error records have none
    for i in range(n_docs):
        doc = Document.model_validate_json(lines[i % len(lines)])
        extra = f"\n\nReported by Zorvak{i} Quellin{i * 7919 % 1_000_003}."
        yield doc.model_copy(update={"id": f"bench-{i}", "text": doc.text + extra})


def store_memory_curve(
    analysed: Path, n_docs: int, every: int, folder: Path
) -> list[tuple[int, float, float]]:
    """The store side alone: RSS while already-analysed documents are written, `every` at a time.

    Analysis is left out (its memory is `bench.py`'s), so 10,000 documents take minutes
    and what grows, if anything, is the store's: indexes, clusters, corpus entities.
    """
    curve: list[tuple[int, float, float]] = []
    docs = _reprinted(analysed, n_docs)
    with open_store(str(folder / "store-memory.db")) as store:
        for stored in range(every, n_docs + every, every):
            add_documents(store, islice(docs, every))
            curve.append((min(stored, n_docs), *_status_mb(os.getpid())))
            print(
                f"{curve[-1][0]:>6} stored  RSS {curve[-1][1]:.0f} MB  peak {curve[-1][2]:.0f} MB",
                flush=True,
            )
    return curve


def report(runs: list[Run], title: str) -> Table:
    base = runs[0].rate
    table = Table(title=title)
    for column in ("command", "docs", "seconds", "docs/s", "vs analyze", "store MB", "clusters"):
        table.add_column(column, justify="right")
    for run in runs:
        clusters = (
            ""
            if run.quote_clusters is None
            else f"{run.quote_clusters} ({run.shared_clusters} shared)"
        )
        table.add_row(
            run.label, str(run.docs), f"{run.seconds:.1f}", f"{run.rate:.2f}",
            f"{run.rate / base:.0%}" if base else "-",
            "" if run.size_mb is None else f"{run.size_mb:.1f}", clusters,
        )  # fmt: skip
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--pg", default=os.environ.get("NEWSGRAPH_TEST_PG_URL"))
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--docs", type=int, default=0, help="only the first N documents")
    parser.add_argument(
        "--alternate", type=int, default=0, help="instead: N documents, analyze and ingest in turn"
    )
    parser.add_argument(
        "--memory", type=int, default=0, help="instead: RSS over a stream of N new articles"
    )
    parser.add_argument("--keep", type=Path, help="leave the SQLite stores in this folder")
    parser.add_argument("--every", type=int, default=1000, help="memory sample interval (docs)")
    parser.add_argument(
        "--analysed", type=Path, help="with --memory: write this analyze --format jsonl output only"
    )
    args = parser.parse_args(argv)
    feed = args.shared / "eval" / "data" / "polnear-train" / "input.jsonl"
    console = Console(width=120)
    if not feed.exists():
        console.print(f"[yellow]{feed} is absent: no ingest benchmark[/]")
        return 0
    if args.memory:
        with tempfile.TemporaryDirectory() as tmp:
            if args.analysed:
                curve = store_memory_curve(args.analysed, args.memory, args.every, Path(tmp))
            else:
                curve = memory_curve(feed, args.memory, args.every, Path(tmp))
        peak = max((p for _, _, p in curve), default=0.0)
        console.print(f"peak RSS over {args.memory:,} new articles: {peak:.0f} MB")
    elif args.alternate:
        title = "ingest vs analyze, in turns on one loaded pipeline (no model loading)"
        console.print(report(alternating(feed, args.pg, args.alternate), title))
    else:
        title = "ingest vs analyze (end to end, model loading included)"
        runs = bench_ingest(feed, args.pg, args.workers, args.docs, args.keep)
        console.print(report(runs, title))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
