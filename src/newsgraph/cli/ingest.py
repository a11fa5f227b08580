"""`newsgraph ingest`: analyse files, folders, globs, JSONL and WARC into a corpus database."""

from __future__ import annotations

import glob
import gzip
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from sqlalchemy.exc import SQLAlchemyError

from newsgraph.cli.output import fail
from newsgraph.errors import NewsgraphError
from newsgraph.read import read_paths
from newsgraph.read.files import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from newsgraph.read.warc import WARC_SUFFIXES
from newsgraph.settings import DEFAULT_MODEL, Settings
from newsgraph.store import StoreSettings, open_store
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


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
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
    try:
        with open_store(db) as store, _progress(not quiet) as progress:
            task = progress.add_task("ingest", total=count_documents(found), rate="-")

            def update(summary: Summary) -> None:
                elapsed = progress.tasks[0].elapsed or 0.0
                done = summary.ingested + summary.skipped + len(summary.failed)
                rate = f"{summary.ingested / elapsed:.1f}" if elapsed else "-"
                progress.update(task, completed=done, rate=rate)

            summary = ingest_documents(store, read_paths(found, max_bytes), settings, update)
    except NewsgraphError as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"database error: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")
    except KeyboardInterrupt:
        fail("interrupted: finished batches are stored; run again to resume", 130)
    _report(summary, quiet)
    if summary.failed:
        raise typer.Exit(1)
