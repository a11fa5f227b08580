"""Rich tables for the corpus query commands, and JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsgraph.store.fulltext import SNIPPET_MATCH
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


def _highlighted(snippet: str) -> Text:
    """A search snippet with its [matches] in bold; brackets in the news text stay as written."""
    out = Text()
    last = 0
    for match in SNIPPET_MATCH.finditer(snippet):
        out.append(snippet[last : match.start()])
        out.append(match.group(1), style="bold yellow")
        last = match.end()
    out.append(snippet[last:])
    return out


def quotes_table(quotes: Sequence[Quote], title: str = "Quotes") -> Table:
    """Cells are `Text`, not markup: news text is full of [brackets]."""
    table = Table(title=Text(title), show_lines=True, title_justify="left")
    for column in ("date", "speaker", "quote", "outlet", "article"):
        table.add_column(column, overflow="fold")
    for q in quotes:
        speaker = q.speaker_name or q.speaker or "—"
        cells = (speaker, f"“{q.content}”", q.outlet or "—", q.doc_id)
        table.add_row(_date(q.published), *map(Text, cells))
    return table


def entities_table(rows: Sequence[EntitySummary]) -> Table:
    table = Table(title="Entities", title_justify="left")
    for column in ("id", "name", "type", "articles", "mentions", "roles", "aliases"):
        table.add_column(column, overflow="fold")
    for e in rows:
        table.add_row(
            str(e.id),
            Text(e.name),
            e.type,
            str(e.article_count),
            str(e.mention_count),
            Text(", ".join(e.roles[:3])),
            Text(", ".join(e.aliases[:4])),
        )
    return table


def print_entity(detail: EntityDetail, console: Console) -> None:
    e = detail.entity
    console.print(
        Text.assemble(
            (e.name, "bold"),
            f" ({e.type}) · {e.article_count} articles · "
            f"{e.mention_count} mentions · {_date(e.first_seen)} to {_date(e.last_seen)}",
        )
    )
    if e.roles:
        console.print(Text("roles: " + "; ".join(e.roles)))
    if e.aliases:
        console.print(Text("also: " + "; ".join(e.aliases)))
    if detail.related:
        seen = ", ".join(f"{r.name} ({r.shared_articles})" for r in detail.related)
        console.print(Text("seen with: " + seen))
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
            str(c.id),
            Text(f"“{c.representative}”"),
            Text(seen),
            str(c.article_count),
            Text(", ".join(outlets)),
        )
    return table


def hits_table(hits: Sequence[SearchHit]) -> Table:
    table = Table(title="Articles", show_lines=True, title_justify="left")
    for column in ("date", "title", "outlet", "snippet", "article"):
        table.add_column(column, overflow="fold")
    for h in hits:
        a = h.article
        cells = (Text(a.title or "—"), Text(a.outlet or "—"), _highlighted(h.snippet))
        table.add_row(_date(a.published), *cells, Text(a.doc_id))
    return table
