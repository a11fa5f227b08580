"""Full-text search over article text and quote content: FTS5 in SQLite, tsvector in PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, TextClause, text

SNIPPET_MATCH = re.compile(r"\[([^\[\]]*)\]")
"""A matched word in a search snippet: both databases wrap matches in [ and ] (see below)."""

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='id')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
    "content_text, content='attributions', content_rowid='id')",
)
_POSTGRES_DDL = (
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || left(text, 500000))) STORED",
    "CREATE INDEX IF NOT EXISTS ix_articles_tsv ON articles USING gin (tsv)",
    "ALTER TABLE attributions ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', content_text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_attributions_tsv ON attributions USING gin (tsv)",
)
_TOKEN = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"\w+")


def create(conn: Connection) -> None:
    """Create the full-text indexes if missing (idempotent)."""
    ddl = _SQLITE_DDL if conn.dialect.name == "sqlite" else _POSTGRES_DDL
    for statement in ddl:
        conn.execute(text(statement))


def index_rows(
    conn: Connection, articles: Sequence[Mapping[str, Any]], quotes: Sequence[Mapping[str, Any]]
) -> None:
    """Add new rows to SQLite's external-content FTS tables; PostgreSQL's columns are generated."""
    if conn.dialect.name != "sqlite":
        return
    if articles:
        conn.execute(
            text("INSERT INTO articles_fts(rowid, title, text) VALUES (:id, :title, :text)"),
            [{"id": a["id"], "title": a["title"] or "", "text": a["text"]} for a in articles],
        )
    if quotes:
        conn.execute(
            text("INSERT INTO quotes_fts(rowid, content_text) VALUES (:id, :content_text)"),
            [{"id": q["id"], "content_text": q["content_text"]} for q in quotes],
        )


def fts5_query(value: str) -> str:
    """User text as a safe FTS5 query: every word required, "quoted phrases" kept together."""
    parts = []
    for phrase, word in _TOKEN.findall(value):
        words = _WORD.findall(phrase or word)
        if words:
            parts.append('"' + " ".join(words) + '"')
    return " ".join(parts)


def quote_filter(dialect: str) -> TextClause:
    """A condition on `attributions` that holds where the quote matches `:search`."""
    if dialect == "sqlite":
        return text(
            "attributions.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :search)"
        )
    return text("attributions.tsv @@ websearch_to_tsquery('english', :search)")


def search_param(dialect: str, value: str) -> str:
    return fts5_query(value) if dialect == "sqlite" else value


def article_search(dialect: str) -> TextClause:
    """Best-matching article ids with a highlighted snippet: binds `:search` and `:limit`."""
    if dialect == "sqlite":
        return text(
            "SELECT rowid AS id, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, "
            "bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH :search "
            "ORDER BY rank LIMIT :limit"
        )
    return text(
        "SELECT hit.id, ts_headline('english', a.text, q, "
        "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet, hit.rank "
        "FROM (SELECT id, -ts_rank(tsv, q) AS rank FROM articles, "
        "websearch_to_tsquery('english', :search) q WHERE tsv @@ q ORDER BY rank LIMIT :limit) hit "
        "JOIN articles a ON a.id = hit.id, websearch_to_tsquery('english', :search) q "
        "ORDER BY hit.rank"
    )
