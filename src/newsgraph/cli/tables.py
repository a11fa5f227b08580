"""Rich tables for the corpus query commands, and JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from newsgraph.store.models import EntityDetail, EntitySummary, Quote, QuoteCluster, SearchHit


def print_json(records: BaseModel | Sequence[BaseModel]) -> None:
    """A JSON object, or a JSON array of records, on stdout."""
    if isinstance(records, BaseModel):
        data: object = records.model_dump(mode="json")
    else:
        data = [r.model_dump(mode="json") for r in records]
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _date(value: object) -> str:
    return str(value) if value else "—"


def quotes_table(quotes: Sequence[Quote], title: str = "Quotes") -> Table:
    table = Table(title=title, show_lines=True, title_justify="left")
    for column in ("date", "speaker", "quote", "outlet", "article"):
        table.add_column(column, overflow="fold")
    for q in quotes:
        speaker = q.speaker_name or q.speaker or "—"
        table.add_row(_date(q.published), speaker, f"“{q.content}”", q.outlet or "—", q.doc_id)
    return table


def entities_table(rows: Sequence[EntitySummary]) -> Table:
    table = Table(title="Entities", title_justify="left")
    for column in ("id", "name", "type", "articles", "mentions", "roles", "aliases"):
        table.add_column(column, overflow="fold")
    for e in rows:
        table.add_row(
            str(e.id),
            e.name,
            e.type,
            str(e.article_count),
            str(e.mention_count),
            ", ".join(e.roles[:3]),
            ", ".join(e.aliases[:4]),
        )
    return table


def print_entity(detail: EntityDetail, console: Console) -> None:
    e = detail.entity
    console.print(
        f"[bold]{e.name}[/] ({e.type}) · {e.article_count} articles · "
        f"{e.mention_count} mentions · {_date(e.first_seen)} to {_date(e.last_seen)}"
    )
    if e.roles:
        console.print("roles: " + "; ".join(e.roles))
    if e.aliases:
        console.print("also: " + "; ".join(e.aliases))
    if detail.related:
        console.print(
            "seen with: " + ", ".join(f"{r.name} ({r.shared_articles})" for r in detail.related)
        )
    if detail.quotes_by:
        console.print(quotes_table(detail.quotes_by, f"Quotes by {e.name}"))
    if detail.quotes_about:
        console.print(quotes_table(detail.quotes_about, f"Quotes about {e.name}"))
    timeline = Table(title="Timeline of mentions", title_justify="left")
    for column in ("date", "articles", "mentions"):
        timeline.add_column(column)
    for point in detail.timeline:
        timeline.add_row(_date(point.date), str(point.articles), str(point.mentions))
    console.print(timeline)


def clusters_table(clusters: Sequence[QuoteCluster]) -> Table:
    table = Table(title="Quote clusters", show_lines=True, title_justify="left")
    for column in ("id", "quote", "first seen", "articles", "outlets"):
        table.add_column(column, overflow="fold")
    for c in clusters:
        first = next((o for o in c.outlets if o.article_id == c.first_article_id), None)
        seen = f"{_date(c.first_published)} {first.outlet or first.doc_id}" if first else "—"
        outlets = sorted({o.outlet or o.doc_id for o in c.outlets})
        table.add_row(
            str(c.id), f"“{c.representative}”", seen, str(c.article_count), ", ".join(outlets)
        )
    return table


def hits_table(hits: Sequence[SearchHit]) -> Table:
    table = Table(title="Articles", show_lines=True, title_justify="left")
    for column in ("date", "title", "outlet", "snippet", "article"):
        table.add_column(column, overflow="fold")
    for h in hits:
        a = h.article
        table.add_row(_date(a.published), a.title or "—", a.outlet or "—", h.snippet, a.doc_id)
    return table
