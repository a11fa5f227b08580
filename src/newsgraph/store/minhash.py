"""MinHash signatures and LSH bands kept in the database, so candidate lookup scales.

datasketch computes the signatures and picks the band layout for a threshold; the
bands live in `lsh_bands` (kind, key, item), so a lookup is one indexed query and
memory does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import Connection, insert, select

from newsgraph.store.schema import lsh_bands

_WORD = re.compile(r"\w+")
SEED = 7


def words(text: str) -> list[str]:
    """Lower-case words: punctuation, quote marks and case do not count as edits."""
    return _WORD.findall(text.lower())


def shingles(tokens: list[str], size: int) -> set[str]:
    if len(tokens) <= size:
        return {" ".join(tokens)}
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@dataclass(frozen=True)
class Signature:
    values: np.ndarray
    size: int

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, size: int) -> Signature:
        return cls(np.frombuffer(data, dtype="<u4"), size)

    def jaccard(self, other: Signature) -> float:
        return float(np.mean(self.values == other.values))


class Index:
    """One kind of item ('quote', 'article') with its band layout."""

    def __init__(self, kind: str, num_perm: int, threshold: float) -> None:
        self.kind = kind
        self.num_perm = num_perm
        layout = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.bands, self.rows = layout.b, layout.r
        template = MinHash(num_perm=num_perm, seed=SEED)
        self._permutations = template.permutations
        self._scheme = template.scheme

    def signature(self, items: set[str]) -> Signature:
        minhash = MinHash(
            num_perm=self.num_perm,
            seed=SEED,
            permutations=self._permutations,
            scheme=self._scheme,
        )
        minhash.update_batch([s.encode("utf-8") for s in items])
        return Signature(minhash.hashvalues.copy(), len(items))

    def keys(self, signature: Signature) -> list[int]:
        """One signed 64-bit key per band (band number mixed in)."""
        out = []
        for band in range(self.bands):
            chunk = signature.values[band * self.rows : (band + 1) * self.rows]
            digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk.tobytes(), digest_size=8)
            out.append(int.from_bytes(digest.digest(), "little", signed=True))
        return out

    def lookup(self, conn: Connection, keys: Iterable[int]) -> dict[int, set[int]]:
        """For each band key, the stored items that share it: one indexed query."""
        wanted = set(keys)
        found: dict[int, set[int]] = {}
        if not wanted:
            return found
        query = select(lsh_bands.c.key, lsh_bands.c.item_id).where(
            lsh_bands.c.kind == self.kind, lsh_bands.c.key.in_(wanted)
        )
        for key, item in conn.execute(query):
            found.setdefault(key, set()).add(item)
        return found

    def candidates(self, conn: Connection, signature: Signature) -> set[int]:
        """Stored items that share at least one band with the signature."""
        found = self.lookup(conn, self.keys(signature))
        return set().union(*found.values()) if found else set()

    def add(self, conn: Connection, items: Iterable[tuple[int, Signature]]) -> None:
        """Index items under their band keys."""
        self.add_keys(conn, [(item_id, self.keys(signature)) for item_id, signature in items])

    def add_keys(self, conn: Connection, items: Iterable[tuple[int, list[int]]]) -> None:
        """Index items under band keys already computed (for the lookup before)."""
        rows = [
            {"kind": self.kind, "key": key, "item_id": item_id}
            for item_id, keys in items
            for key in set(keys)
        ]
        if rows:
            conn.execute(insert(lsh_bands), rows)
