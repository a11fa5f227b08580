"""One analysed `Document` into the normalised tables, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, bindparam, insert, update

from newsgraph.document import Attribution, Document, Span
from newsgraph.store.clusters import Assigned
from newsgraph.store.dedup import Copy
from newsgraph.store.schema import articles, attributions, counts, entities, mentions, times


@dataclass(frozen=True)
class Written:
    """Ids of what one document became: its article and its entities by document id."""

    article_id: int
    entity_ids: dict[str, int]
    attribution_ids: list[int]


def outlet(doc: Document) -> str | None:
    """Who published it: the site name, else the URL's host without 'www.'."""
    if doc.site_name:
        return doc.site_name
    host = urlsplit(doc.url).hostname if doc.url else None
    return host.removeprefix("www.") if host else None


def _article_row(doc: Document, content_hash: str) -> dict[str, Any]:
    return {
        "doc_id": doc.id,
        "content_hash": content_hash,
        "title": doc.title,
        "published": doc.published,
        "url": doc.url,
        "author": doc.author,
        "site_name": doc.site_name,
        "outlet": outlet(doc),
        "text": doc.text,
        "document": doc.model_dump_json(),
        "ingested_at": dt.datetime.now(dt.UTC),
    }


def _span(prefix: str, span: Span | None) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}text": None, f"{prefix}start": None, f"{prefix}end": None}
    return {f"{prefix}text": span.text, f"{prefix}start": span.start, f"{prefix}end": span.end}


def _attribution_row(
    article_id: int,
    attribution: Attribution,
    entity_ids: dict[str, int],
    cluster: Assigned | None,
) -> dict[str, Any]:
    source = attribution.source
    entity = entity_ids.get(source.entity) if source and source.entity else None
    return {
        "cluster_id": cluster.cluster_id if cluster else None,
        "minhash": cluster.signature.to_bytes() if cluster else None,
        "shingle_count": cluster.signature.size if cluster else None,
        "article_id": article_id,
        "kind": attribution.kind.value,
        **_span("source_", source),
        "source_entity_id": entity,
        "source_anonymous": bool(source and source.anonymous),
        **_span("cue_", attribution.cue),
        **_span("content_", attribution.content),
    }


def write_article(conn: Connection, doc: Document, content_hash: str, copy: Copy) -> int:
    """Insert the article row (with the whole document as JSON); returns its id."""
    row = _article_row(doc, content_hash) | {
        "duplicate_of": copy.original,
        "duplicate_similarity": copy.similarity,
        "minhash": copy.signature.to_bytes() if copy.signature else None,
    }
    return int(conn.execute(insert(articles).returning(articles.c.id), row).scalar_one())


def write_rows(
    conn: Connection,
    article_id: int,
    doc: Document,
    corpus_ids: dict[str, int],
    clusters: list[Assigned | None],
) -> Written:
    """Insert every entity (linked to its corpus entity), mention, attribution, time, count."""
    entity_ids = _write_entities(conn, article_id, doc, corpus_ids)
    attribution_ids = _write_attributions(conn, article_id, doc, entity_ids, clusters)
    _write_times_counts(conn, article_id, doc)
    return Written(article_id, entity_ids, attribution_ids)


def _write_attributions(
    conn: Connection,
    article_id: int,
    doc: Document,
    entity_ids: dict[str, int],
    clusters: list[Assigned | None],
) -> list[int]:
    """One row for each attribution, nested ones too (in `Document.all_attributions`
    order, so the document's own come first), each pointing to the one it is nested in."""
    found = doc.all_attributions()
    if not found:
        return []
    rows = [
        _attribution_row(article_id, a, entity_ids, c)
        for (a, _), c in zip(found, clusters, strict=True)
    ]
    result = conn.execute(
        insert(attributions).returning(attributions.c.id, sort_by_parameter_order=True), rows
    )
    ids = list(result.scalars())
    nested = [
        {"row": ids[k], "within": ids[at]} for k, (_, at) in enumerate(found) if at is not None
    ]
    if nested:
        conn.execute(
            update(attributions)
            .where(attributions.c.id == bindparam("row"))
            .values(within_id=bindparam("within")),
            nested,
        )
    return ids


def _write_entities(
    conn: Connection, article_id: int, doc: Document, corpus_ids: dict[str, int]
) -> dict[str, int]:
    if not doc.entities:
        return {}
    rows = [
        {
            "article_id": article_id,
            "local_id": e.id,
            "name": e.name,
            "type": e.type,
            "corpus_entity_id": corpus_ids.get(e.id),
            "mention_count": len(e.mentions),
        }
        for e in doc.entities
    ]
    result = conn.execute(
        insert(entities).returning(entities.c.id, sort_by_parameter_order=True), rows
    )
    ids = dict(zip((e.id for e in doc.entities), result.scalars(), strict=True))
    spans = [
        {
            "article_id": article_id,
            "entity_id": ids[e.id],
            "start_char": m.start,
            "end_char": m.end,
            "text": m.text,
        }
        for e in doc.entities
        for m in e.mentions
    ]
    if spans:
        conn.execute(insert(mentions), spans)
    return ids


def _write_times_counts(conn: Connection, article_id: int, doc: Document) -> None:
    if doc.times:
        conn.execute(
            insert(times),
            [
                {
                    "article_id": article_id,
                    "start_char": t.start,
                    "end_char": t.end,
                    "text": t.text,
                    "type": t.type.value,
                    "value": t.value,
                }
                for t in doc.times
            ],
        )
    if doc.counts:
        conn.execute(
            insert(counts),
            [
                {
                    "article_id": article_id,
                    "start_char": c.start,
                    "end_char": c.end,
                    "text": c.text,
                    "kind": c.kind.value,
                    "value": c.value,
                    "low": c.low,
                    "high": c.high,
                    "unit": c.unit,
                    "modifiers": json.dumps(c.modifiers),
                }
                for c in doc.counts
            ],
        )
