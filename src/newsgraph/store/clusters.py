"""Quote clusters: the same quote across articles, verbatim or lightly edited, via MinHash/LSH.

A quote joins the cluster of a stored quote whose word bigrams it shares closely
(Jaccard) or which contains it (a trimmed or partial quote); punctuation and case do
not count. Quotes too short to tell apart ("We will see") are left unclustered.
Each document is handled with a fixed handful of queries, whatever its quote count.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection, bindparam, insert, select, update

from newsgraph.document import Document
from newsgraph.store.minhash import Index, Signature, shingles, words
from newsgraph.store.schema import attributions, quote_clusters
from newsgraph.store.settings import StoreSettings


@dataclass(frozen=True)
class Assigned:
    """The cluster one attribution joins, and its signature to store."""

    cluster_id: int
    signature: Signature
    keys: list[int]
    indexed: bool = True


_GROW = (
    update(quote_clusters)
    .where(quote_clusters.c.id == bindparam("cid"))
    .values(
        size=bindparam("new_size"),
        article_count=bindparam("new_articles"),
        first_article_id=bindparam("new_first_article"),
        first_published=bindparam("new_first_published"),
    )
)


class Clusterer:
    """The quote LSH index; every method runs inside the ingest transaction."""

    def __init__(self, settings: StoreSettings) -> None:
        self.settings = settings
        self.index = Index("quote", settings.quote_perm, settings.quote_candidate)

    def signature(self, content: str) -> Signature | None:
        tokens = words(content)
        if len(tokens) < self.settings.quote_min_words:
            return None
        return self.index.signature(shingles(tokens, 2))

    def assign(self, conn: Connection, article_id: int, doc: Document) -> list[Assigned | None]:
        """A cluster for each attribution of the document, nested ones too, in
        `Document.all_attributions` order (None: too short to cluster)."""
        contents = [a.content.text for a, _ in doc.all_attributions()]
        found_signatures = [self.signature(content) for content in contents]
        signatures = {i: s for i, s in enumerate(found_signatures) if s is not None}
        keys = {i: self.index.keys(s) for i, s in signatures.items()}
        if not keys:
            return [None] * len(found_signatures)
        found = self.index.lookup(conn, (k for ks in keys.values() for k in ks))
        stored = self._stored(conn, set().union(*found.values()) if found else set())
        refs: dict[int, int] = {}
        novel: set[int] = set()
        new: list[int] = []
        for i, item_keys in keys.items():
            signature = signatures[i]
            near = {c for k in item_keys for c in found.get(k, ())}
            pool = [stored[c] for c in sorted(near) if c in stored]
            pool += [(signatures[j], refs[j]) for j in refs]
            ref, similarity = self._best(signature, pool)
            if similarity < self.settings.quote_indexed_below:
                novel.add(i)
            if ref is None:
                new.append(i)
                ref = -len(new)
            refs[i] = ref
        sizes = Counter(refs.values())
        texts = [contents[i] for i in new]
        created = self._create(
            conn, texts, [sizes[-n - 1] for n in range(len(new))], article_id, doc
        )
        final = {i: created[-ref - 1] if ref < 0 else ref for i, ref in refs.items()}
        self._grow(conn, Counter(r for r in refs.values() if r > 0), article_id, doc.published)
        return [
            Assigned(final[i], signatures[i], keys[i], i in novel) if i in signatures else None
            for i in range(len(found_signatures))
        ]

    def _best(
        self, signature: Signature, pool: list[tuple[Signature, int]]
    ) -> tuple[int | None, float]:
        """The closest matching cluster and how close; (None, 0.0) when none matches.

        Close (Jaccard) or contained (a partial quote); computed for the whole pool at once.
        """
        if not pool:
            return None, 0.0
        values = np.vstack([other.values for other, _ in pool])
        sizes = np.array([other.size for other, _ in pool], dtype=float)
        jaccard = (values == signature.values).mean(axis=1)
        smaller = np.maximum(1.0, np.minimum(sizes, signature.size))
        contained = jaccard * (sizes + signature.size) / ((1 + jaccard) * smaller)
        ok = (jaccard >= self.settings.quote_jaccard) | (
            contained >= self.settings.quote_containment
        )
        if not ok.any():
            return None, 0.0
        best = int(np.argmax(np.where(ok, jaccard, -1.0)))
        return pool[best][1], float(jaccard[best])

    def _stored(self, conn: Connection, ids: set[int]) -> dict[int, tuple[Signature, int]]:
        if not ids:
            return {}
        c = attributions.c
        query = select(c.id, c.minhash, c.shingle_count, c.cluster_id).where(c.id.in_(ids))
        return {
            item: (Signature.from_bytes(data, size), cluster)
            for item, data, size, cluster in conn.execute(query)
            if data is not None and cluster is not None
        }

    def _create(
        self, conn: Connection, texts: list[str], sizes: list[int], article_id: int, doc: Document
    ) -> list[int]:
        if not texts:
            return []
        rows = [
            {
                "representative": text,
                "first_article_id": article_id,
                "first_published": doc.published,
                "size": size,
                "article_count": 1,
            }
            for text, size in zip(texts, sizes, strict=True)
        ]
        statement = insert(quote_clusters).returning(
            quote_clusters.c.id, sort_by_parameter_order=True
        )
        return list(conn.execute(statement, rows).scalars())

    def _grow(
        self, conn: Connection, counts: Counter[int], article_id: int, published: dt.date | None
    ) -> None:
        """Stored clusters that this article's quotes joined: sizes, outlets, first seen."""
        if not counts:
            return
        query = select(quote_clusters).where(quote_clusters.c.id.in_(counts))
        rows = []
        for row in conn.execute(query).mappings():
            first = row["first_published"]
            earlier = published is not None and (first is None or published < first)
            rows.append(
                {
                    "cid": row["id"],
                    "new_size": row["size"] + counts[row["id"]],
                    "new_articles": row["article_count"] + 1,
                    "new_first_article": article_id if earlier else row["first_article_id"],
                    "new_first_published": published if earlier else first,
                }
            )
        conn.execute(_GROW, rows)

    def record(
        self, conn: Connection, attribution_ids: list[int], assigned: list[Assigned | None]
    ) -> None:
        """Index new wordings so later articles find them; near-verbatim reprints are not
        indexed, so a quote carried by a thousand outlets stays a handful of candidates."""
        items = zip(attribution_ids, assigned, strict=True)
        self.index.add_keys(conn, [(i, a.keys) for i, a in items if a is not None and a.indexed])
