"""`newsgraph ingest`: analyse files, folders, globs, JSONL and WARC into a corpus database."""

from __future__ import annotations

import glob
import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from newsgraph.cli.output import fail
from newsgraph.errors import NewsgraphError
from newsgraph.read import read_paths
from newsgraph.read.files import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from newsgraph.read.raw import RawDocument, ReadError
from newsgraph.read.warc import WARC_SUFFIXES, warc_pages
from newsgraph.settings import DEFAULT_MODEL, Settings
from newsgraph.store import StoreSettings, open_store
from newsgraph.store import failures as stored_failures
from newsgraph.store.ingest import Summary
from newsgraph.store.ingest import ingest as ingest_documents

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="sqlite:///file.db, postgresql://user@host/db, or a SQLite file path.",
        envvar="NEWSGRAPH_DB",
    ),
]
Item = RawDocument | ReadError
_KNOWN = HTML_SUFFIXES + JSONL_SUFFIXES + TEXT_SUFFIXES + WARC_SUFFIXES


def expand(paths: list[str]) -> list[Path]:
    """Paths as given; a pattern the shell left unexpanded (`'data/*.jsonl'`) is globbed here."""
    out: list[Path] = []
    for value in paths:
        matches = sorted(glob.glob(value, recursive=True)) if glob.has_magic(value) else []
        out += [Path(m) for m in matches] or [Path(value)]
    return out


def _files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from (p for p in path.rglob("*") if p.name.lower().endswith(_KNOWN))
        elif path.is_file():
            yield path


def count_documents(paths: list[Path]) -> int | None:
    """How many documents to expect, for the ETA; None when a WARC makes it unknown."""
    total = 0
    for path in _files(paths):
        name = path.name.lower()
        if name.endswith(WARC_SUFFIXES):
            return None
        if name.endswith(JSONL_SUFFIXES):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


@dataclass
class _Meter:
    """Bytes of input read so far: the progress of WARC inputs, whose document count is unknown."""

    finished: int = 0
    current: int = 0

    @property
    def read(self) -> int:
        return self.finished + self.current


def read_metered(found: list[Path], max_bytes: int, meter: _Meter) -> Iterator[Item]:
    """What `read_paths` reads, file by file, counting the bytes of each file as it goes."""
    for path in found:
        for file in list(_files([path])) or [path]:
            if file.name.lower().endswith(WARC_SUFFIXES):
                for item, offset in warc_pages(file, max_bytes):
                    meter.current = offset
                    yield item
            else:
                yield from read_paths([file], max_bytes)
            meter.finished += file.stat().st_size if file.is_file() else 0
            meter.current = 0


def _input_bytes(found: list[Path]) -> int:
    return sum(path.stat().st_size for path in _files(found))


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]ingesting"),
        BarColumn(),
        TextColumn("{task.fields[done]}"),
        TextColumn("· {task.fields[rate]} docs/s · ETA"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not enabled,
        transient=True,
    )


def _report(summary: Summary, quiet: bool) -> None:
    if quiet:
        return
    console = Console(stderr=True, highlight=False)
    style = "yellow" if summary.failed else "green"
    console.print(
        f"[{style}]ingested {summary.ingested}, skipped {summary.skipped} as duplicate, "
        f"linked {summary.near_duplicates} near-duplicate, failed {len(summary.failed)}[/]"
    )
    for doc_id, reason in summary.failed[:20]:
        console.print(f"  failed {doc_id}: {reason}", soft_wrap=True)
    if len(summary.failed) > 20:
        console.print(f"  … and {len(summary.failed) - 20} more")
    if summary.failed:
        console.print("  (kept in the store: `newsgraph failures` lists them)")


def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html(.gz), .jsonl(.gz), .warc(.gz)), folders, globs."),
    ],
    db: DbOption = None,
    workers: Annotated[
        int, typer.Option(help="Analysis processes (default: up to 2 cores).")
    ] = min(2, os.cpu_count() or 1),
    batch_size: Annotated[int, typer.Option(help="Documents per transaction.")] = 64,
    max_bytes: Annotated[int, typer.Option(help="Largest document accepted.")] = 5_000_000,
    model: Annotated[str, typer.Option(help="spaCy model package.")] = DEFAULT_MODEL,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Analyse articles into a corpus database; re-running skips what is stored."""
    if workers < 1 or batch_size < 1 or max_bytes < 1:
        fail("--workers, --batch-size and --max-bytes must be positive")
    settings = StoreSettings(
        analysis=Settings(model=model, max_bytes=max_bytes), batch_size=batch_size, workers=workers
    )
    found = expand(paths)
    expected = count_documents(found)
    meter = _Meter() if expected is None else None
    items = read_paths(found, max_bytes) if meter is None else read_metered(found, max_bytes, meter)
    total = expected if meter is None else _input_bytes(found)
    try:
        with open_store(db) as store, _progress(not quiet) as progress:
            task = progress.add_task("ingest", total=total, rate="-", done="")

            def update(summary: Summary) -> None:
                elapsed = progress.tasks[0].elapsed or 0.0
                done = summary.ingested + summary.skipped + len(summary.failed)
                rate = f"{summary.ingested / elapsed:.1f}" if elapsed else "-"
                if meter is None:
                    progress.update(task, completed=done, rate=rate, done=f"{done}/{total}")
                else:
                    read = f"{meter.read / 1e6:.1f}/{(total or 0) / 1e6:.1f} MB read"
                    progress.update(task, completed=meter.read, rate=rate, done=f"{done} · {read}")

            summary = ingest_documents(store, items, settings, update)
    except NewsgraphError as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"database error: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
    except KeyboardInterrupt:
        fail("interrupted: finished batches are stored; run again to resume", 130)
    _report(summary, quiet)
    if summary.failed:
        raise typer.Exit(1)


def failures(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many rows at most.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines for scripts.")] = False,
) -> None:
    """Documents that could not be read, analysed or stored, the latest first."""
    if limit < 1:
        fail("--limit must be positive")
    try:
        with open_store(db, create=False) as store:
            rows, count = stored_failures.listed(store, limit), stored_failures.total(store)
    except NewsgraphError as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"database error: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
    if as_json:
        for row in rows:
            typer.echo(json.dumps({**asdict(row), "failed_at": row.failed_at.isoformat()}))
        return
    table = Table(
        title=f"{count} failed document(s)" + (f", latest {limit}" if count > limit else "")
    )
    for column in ("document", "reason", "failed at"):
        table.add_column(column)
    for row in rows:
        table.add_row(row.doc_id, row.reason, row.failed_at.strftime("%Y-%m-%d %H:%M"))
    Console().print(table)
