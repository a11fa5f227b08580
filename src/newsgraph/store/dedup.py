"""Near-duplicate articles (wire copies), found with MinHash/LSH as documents arrive.

An article whose word 5-grams nearly all match a stored article is linked to that
article's original (`articles.duplicate_of`), so a story that ran in ten papers is not
counted as ten pieces of evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from newsgraph.document import Document
from newsgraph.store.minhash import Index, Signature, shingles, words
from newsgraph.store.schema import articles
from newsgraph.store.settings import StoreSettings


@dataclass(frozen=True)
class Copy:
    """What the store learns about an article before it is written."""

    signature: Signature | None
    original: int | None
    similarity: float | None


class Deduper:
    """The article LSH index; every method runs inside the ingest transaction."""

    def __init__(self, settings: StoreSettings) -> None:
        self.settings = settings
        self.index = Index("article", settings.article_perm, settings.article_jaccard)

    def check(self, conn: Connection, doc: Document) -> Copy:
        """Is this article a copy of a stored one? Short articles never are."""
        tokens = words(doc.text)
        if len(tokens) < self.settings.article_min_words:
            return Copy(None, None, None)
        signature = self.index.signature(shingles(tokens, 5))
        ids = self.index.candidates(conn, signature)
        if not ids:
            return Copy(signature, None, None)
        query = select(articles.c.id, articles.c.minhash, articles.c.duplicate_of).where(
            articles.c.id.in_(ids)
        )
        scored = [
            (signature.jaccard(Signature.from_bytes(data, 0)), -item, original or item)
            for item, data, original in conn.execute(query)
            if data
        ]
        best = max(scored, default=None)
        if best is None or best[0] < self.settings.article_jaccard:
            return Copy(signature, None, None)
        return Copy(signature, best[2], best[0])

    def record(self, conn: Connection, article_id: int, copy: Copy) -> None:
        """Index an original article so later copies find it (copies are not indexed)."""
        if copy.signature is not None and copy.original is None:
            self.index.add(conn, [(article_id, copy.signature)])
