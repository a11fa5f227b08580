"""The corpus schema: plain tables anyone can open in a SQLite tool (see docs/STORE.md).

Offsets are `start_char`/`end_char` into `articles.text`, as in the JSON document.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _span(prefix: str) -> list[Column[Any]]:
    return [
        Column(f"{prefix}text", Text),
        Column(f"{prefix}start", Integer),
        Column(f"{prefix}end", Integer),
    ]


articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", Text, nullable=False, index=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("url", Text),
    Column("author", Text),
    Column("site_name", Text),
    Column("outlet", Text, index=True),
    Column("text", Text, nullable=False),
    Column("document", Text, nullable=False),
    Column("duplicate_of", Integer, ForeignKey("articles.id"), index=True),
    Column("duplicate_similarity", Float),
    Column("minhash", LargeBinary),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    # quote and article listings: originals, newest first, read in order so LIMIT stops early
    Index("ix_articles_listing", "duplicate_of", "published", "id"),
)

corpus_entities = Table(
    "corpus_entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, index=True),
    Column("type", String(32), nullable=False, index=True),
    Column("aliases", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("mention_count", Integer, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("first_seen", Date),
    Column("last_seen", Date),
)

corpus_entity_keys = Table(
    "corpus_entity_keys",
    metadata,
    Column("corpus_entity_id", Integer, ForeignKey("corpus_entities.id"), primary_key=True),
    Column("type", String(32), primary_key=True),
    Column("kind", String(8), primary_key=True),
    Column("key", Text, primary_key=True),
    Index("ix_corpus_entity_keys_lookup", "type", "kind", "key"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False, index=True),
    Column("local_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("corpus_entity_id", Integer, ForeignKey("corpus_entities.id"), index=True),
    Column("mention_count", Integer, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False, index=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

quote_clusters = Table(
    "quote_clusters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("representative", Text, nullable=False),
    Column("first_article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("first_published", Date),
    Column("size", Integer, nullable=False),
    Column("article_count", Integer, nullable=False),
)

attributions = Table(
    "attributions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False, index=True),
    Column("within_id", Integer, ForeignKey("attributions.id"), index=True),  # nested in
    Column("kind", String(16), nullable=False),
    *_span("source_"),
    Column("source_entity_id", Integer, ForeignKey("entities.id"), index=True),
    Column("source_anonymous", Boolean, nullable=False),
    *_span("cue_"),
    Column("content_text", Text, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("cluster_id", Integer, ForeignKey("quote_clusters.id"), index=True),
    Column("shingle_count", Integer),
    Column("minhash", LargeBinary),
)

times = Table(
    "times",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", Text),
)

counts = Table(
    "counts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("unit", Text),
    Column("modifiers", Text, nullable=False),
)

lsh_bands = Table(
    "lsh_bands",
    metadata,
    Column("kind", String(8), primary_key=True),
    Column("key", BigInteger, primary_key=True),
    Column("item_id", Integer, primary_key=True),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", Text, nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("failed_at", DateTime(timezone=True), nullable=False),
)
