"""`newsgraph analyze`: one document or a stream in, JSON or a readable report out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.analyze import Analyzer, Result
from newsgraph.cli.output import Format, default_format, fail, summary, write_json
from newsgraph.cli.render import render
from newsgraph.document import ErrorRecord
from newsgraph.errors import NewsgraphError
from newsgraph.read import RawDocument, ReadError, read_paths, read_stdin
from newsgraph.read.files import JSONL_SUFFIXES
from newsgraph.settings import DEFAULT_MODEL, Settings

Item = RawDocument | ReadError


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--published {value!r} is not a date (YYYY-MM-DD)")


def _is_single(paths: list[str]) -> bool:
    if len(paths) != 1:
        return False
    if paths[0] == "-":
        return True
    path = Path(paths[0])
    return not path.is_dir() and not path.name.lower().endswith(JSONL_SUFFIXES)


def _items(paths: list[str], settings: Settings, published: dt.date | None) -> Iterator[Item]:
    if paths == ["-"]:
        items: Iterator[Item] = iter([read_stdin(settings.max_bytes)])
    else:
        items = read_paths((Path(p) for p in paths), settings.max_bytes)
    for item in items:
        if published and isinstance(item, RawDocument) and item.published is None:
            item = dataclasses.replace(item, published=published)
        yield item


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]analysing"),
        BarColumn(),
        TextColumn("{task.completed} docs · {task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not enabled,
        transient=True,
    )


def _emit(results: Iterator[Result], out: IO[str], fmt: Format, quiet: bool, array: bool) -> int:
    """Write every result as it comes; return how many were errors.

    `json` on a stream writes one JSON array, still item by item.
    """
    errors = done = 0
    console = Console(file=out) if fmt is Format.PRETTY else None
    show = not quiet and fmt is not Format.PRETTY and out is not sys.stdout and sys.stderr.isatty()
    with _progress(show) as progress:
        task = progress.add_task("analyse", total=None, rate="-")
        for result in results:
            done += 1
            errors += isinstance(result, ErrorRecord)
            if console is not None and not isinstance(result, ErrorRecord):
                render(result, console)
            else:
                if array:
                    out.write("[\n" if done == 1 else ",\n")
                write_json(result, out, indent=2 if fmt is Format.JSON else None)
            elapsed = progress.tasks[0].elapsed or 0.0
            progress.update(task, advance=1, rate=f"{done / elapsed:.1f}" if elapsed else "-")
    if array:
        out.write("[]\n" if done == 0 else "]\n")
    summary(done, errors, quiet)
    return errors


def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(help="A .txt, .html(.gz) or .jsonl file, a folder, several paths, or -"),
    ],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD) for documents that carry none."),
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="pretty (default on a terminal), json or jsonl."),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest document accepted.")] = 5_000_000,
    model: Annotated[str, typer.Option(help="spaCy model package.")] = DEFAULT_MODEL,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Analyse news articles: quotes and their sources, entities, dates, counts."""
    when = _published(published)
    if max_bytes <= 0:
        fail("--max-bytes must be positive")
    settings = Settings(model=model, max_bytes=max_bytes)
    single = _is_single(paths)
    with ExitStack() as stack:
        out = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        chosen = fmt or default_format(out)
        try:
            analyzer = Analyzer(settings)
        except NewsgraphError as exc:
            fail(str(exc))
        results = analyzer.stream(_items(paths, settings, when))
        if single:
            result = next(results)
            if isinstance(result, ErrorRecord):
                fail(f"{result.id}: {result.error}")
            results = iter([result])
        array = chosen is Format.JSON and not single
        errors = _emit(results, out, chosen, quiet=quiet or single, array=array)
    if errors:
        raise typer.Exit(1)
