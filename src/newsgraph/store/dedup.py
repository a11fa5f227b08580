"""Quote clusters and near-duplicate articles, found with MinHash/LSH as documents arrive.

A quote joins the cluster of a stored quote whose word bigrams it shares closely
(Jaccard) or which contains it (a trimmed or partial quote); punctuation and case do
not count. An article whose word 5-grams nearly all match a stored article is linked
to it as a copy (`articles.duplicate_of`), so wire copies are not counted twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from newsgraph.document import Document
from newsgraph.store.minhash import Index, Signature, shingles, words
from newsgraph.store.schema import articles, attributions, quote_clusters
from newsgraph.store.settings import StoreSettings
from newsgraph.store.write import Written


@dataclass(frozen=True)
class _Stored:
    id: int
    signature: Signature
    link: int | None


class Deduper:
    """Holds the two LSH indexes; every method runs inside the ingest transaction."""

    def __init__(self, settings: StoreSettings) -> None:
        self.settings = settings
        self.quotes = Index("quote", settings.quote_perm, settings.quote_candidate)
        self.articles = Index("article", settings.article_perm, settings.article_jaccard)

    def link_article(self, conn: Connection, article_id: int, doc: Document) -> int | None:
        """Record the article's signature; return the original it copies, if any."""
        tokens = words(doc.text)
        if len(tokens) < self.settings.article_min_words:
            return None
        signature = self.articles.signature(shingles(tokens, 5))
        best, score = self._best_article(conn, signature)
        original = None
        if best is not None and score >= self.settings.article_jaccard:
            original = best.link or best.id
        conn.execute(
            update(articles)
            .where(articles.c.id == article_id)
            .values(
                minhash=signature.to_bytes(),
                duplicate_of=original,
                duplicate_similarity=score if original else None,
            )
        )
        if original is None:
            self.articles.add(conn, article_id, signature)
        return original

    def _best_article(self, conn: Connection, signature: Signature) -> tuple[_Stored | None, float]:
        found = self.articles.candidates(conn, [signature])
        ids = set().union(*found.values()) if found else set()
        if not ids:
            return None, 0.0
        query = select(articles.c.id, articles.c.minhash, articles.c.duplicate_of).where(
            articles.c.id.in_(ids)
        )
        stored = [_Stored(i, Signature.from_bytes(m, 0), d) for i, m, d in conn.execute(query) if m]
        scored = [(signature.jaccard(s.signature), -s.id, s) for s in stored]
        if not scored:
            return None, 0.0
        score, _, best = max(scored, key=lambda t: (t[0], t[1]))
        return best, score

    def cluster_quotes(self, conn: Connection, written: Written, doc: Document) -> None:
        """Put each long-enough quote of the document into a cluster (new or existing)."""
        for attribution, attribution_id in zip(
            doc.attributions, written.attribution_ids, strict=True
        ):
            tokens = words(attribution.content.text)
            if len(tokens) < self.settings.quote_min_words:
                continue
            signature = self.quotes.signature(shingles(tokens, 2))
            cluster = self._matching_cluster(conn, signature)
            if cluster is None:
                cluster = self._new_cluster(
                    conn, attribution.content.text, written.article_id, doc.published
                )
            else:
                self._grow(conn, cluster, written.article_id, doc.published)
            conn.execute(
                update(attributions)
                .where(attributions.c.id == attribution_id)
                .values(
                    cluster_id=cluster,
                    minhash=signature.to_bytes(),
                    shingle_count=signature.size,
                )
            )
            self.quotes.add(conn, attribution_id, signature)

    def _matching_cluster(self, conn: Connection, signature: Signature) -> int | None:
        found = self.quotes.candidates(conn, [signature])
        ids = set().union(*found.values()) if found else set()
        if not ids:
            return None
        c = attributions.c
        query = select(c.id, c.minhash, c.shingle_count, c.cluster_id).where(c.id.in_(ids))
        best: tuple[float, int] | None = None
        for _, data, size, cluster in conn.execute(query):
            other = Signature.from_bytes(data, size)
            jaccard = signature.jaccard(other)
            close = jaccard >= self.settings.quote_jaccard
            inside = signature.containment(other) >= self.settings.quote_containment
            if (close or inside) and (best is None or jaccard > best[0]):
                best = (jaccard, cluster)
        return best[1] if best else None

    def _new_cluster(
        self, conn: Connection, content: str, article_id: int, published: dt.date | None
    ) -> int:
        row = {
            "representative": content,
            "first_article_id": article_id,
            "first_published": published,
            "size": 1,
            "article_count": 1,
        }
        return int(
            conn.execute(insert(quote_clusters).returning(quote_clusters.c.id), row).scalar_one()
        )

    def _grow(
        self, conn: Connection, cluster: int, article_id: int, published: dt.date | None
    ) -> None:
        q = quote_clusters.c
        row = conn.execute(select(quote_clusters).where(q.id == cluster)).mappings().one()
        seen = conn.execute(
            select(attributions.c.id)
            .where(attributions.c.cluster_id == cluster, attributions.c.article_id == article_id)
            .limit(1)
        ).first()
        values = {"size": row["size"] + 1, "article_count": row["article_count"] + (seen is None)}
        first = row["first_published"]
        if published is not None and (first is None or published < first):
            values |= {"first_published": published, "first_article_id": article_id}
        conn.execute(update(quote_clusters).where(q.id == cluster).values(**values))
