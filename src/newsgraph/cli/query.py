"""Corpus query commands: `quotes`, `entities`, `entity`, `clusters`, `search`, `export`.

Each one opens the store named by `--db` and calls `newsgraph.store.queries`.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError

from newsgraph.cli import tables
from newsgraph.cli.ingest import DbOption
from newsgraph.cli.output import fail
from newsgraph.errors import NewsgraphError
from newsgraph.store import Store, open_store
from newsgraph.store import queries as q
from newsgraph.store.export import write_jsonl, write_parquet
from newsgraph.store.models import QuoteFilter

JsonOption = Annotated[bool, typer.Option("--json", help="JSON for scripts instead of a table.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", help="How many rows at most.")]


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    PARQUET = "parquet"


@contextmanager
def _store(db: str | None) -> Iterator[Store]:
    """The corpus, with database problems turned into one-line errors."""
    try:
        with open_store(db, create=False) as store:
            yield store
    except NewsgraphError as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"database error: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}")


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date (YYYY-MM-DD)")


def _positive(limit: int) -> int:
    if limit < 1:
        fail("--limit must be positive")
    return limit


def quotes(
    db: DbOption = None,
    speaker: Annotated[str | None, typer.Option(help="Said by this person or source.")] = None,
    about: Annotated[str | None, typer.Option(help="Mentioning this entity in the quote.")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    search: Annotated[str | None, typer.Option(help="Words in the quote.")] = None,
    duplicates: Annotated[
        bool, typer.Option("--include-duplicates", help="Also quotes in wire copies.")
    ] = False,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Quotes in the corpus, filtered by speaker, subject, date and words."""
    flt = QuoteFilter(
        speaker=speaker,
        about=about,
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        search=search,
        include_duplicates=duplicates,
        limit=_positive(limit),
    )
    with _store(db) as store:
        found = q.list_quotes(store, flt)
    if as_json:
        tables.print_json(found)
    else:
        Console().print(tables.quotes_table(found))


def entities(
    db: DbOption = None,
    type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG, GPE, ...")] = None,
    top: Annotated[int, typer.Option(help="How many, most widely reported first.")] = 25,
    as_json: JsonOption = False,
) -> None:
    """People, organisations and places across the corpus, with aliases and roles."""
    with _store(db) as store:
        found = q.list_entities(store, type=type, top=_positive(top))
    if as_json:
        tables.print_json(found)
    else:
        Console().print(tables.entities_table(found))


def entity(
    name: Annotated[str, typer.Argument(help="A name or alias, e.g. 'Putin'.")],
    db: DbOption = None,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """One entity: roles, aliases, quotes by and about it, timeline of mentions."""
    with _store(db) as store:
        matches = q.find_entities(store, name)
        if not matches:
            fail(f"no entity called {name!r} in the corpus")
        detail = q.entity_detail(store, matches[0].id, limit=_positive(limit))
    assert detail is not None
    if as_json:
        tables.print_json(detail)
        return
    console = Console()
    tables.print_entity(detail, console)
    others = [m.name for m in matches[1:6]]
    if others:
        console.print("[dim]other matches: " + "; ".join(others) + "[/]")


def clusters(
    db: DbOption = None,
    min_articles: Annotated[int, typer.Option(help="Carried by at least this many.")] = 2,
    limit: LimitOption = 25,
    as_json: JsonOption = False,
) -> None:
    """Quotes carried by several articles: first seen where and when, and every outlet."""
    with _store(db) as store:
        found = q.list_clusters(store, min_articles=min_articles, limit=_positive(limit))
    if as_json:
        tables.print_json(found)
    else:
        Console().print(tables.clusters_table(found))


def search(
    text: Annotated[str, typer.Argument(help='Words to find; "a phrase" in quotes.')],
    db: DbOption = None,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over article titles and text, best match first."""
    with _store(db) as store:
        hits = q.search(store, text, limit=_positive(limit))
    if as_json:
        tables.print_json(hits)
    else:
        Console().print(tables.hits_table(hits))


def export(
    db: DbOption = None,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl (as analyze prints) or parquet.")
    ] = ExportFormat.JSONL,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (needed for parquet).")
    ] = None,
) -> None:
    """Every stored document, in ingest order."""
    if fmt is ExportFormat.PARQUET and output is None:
        fail("--format parquet needs --output FILE")
    with _store(db) as store:
        if fmt is ExportFormat.PARQUET:
            assert output is not None
            write_parquet(store, output)
        elif output is None:
            write_jsonl(store, sys.stdout)
        else:
            with output.open("w", encoding="utf-8") as out:
                write_jsonl(store, out)
