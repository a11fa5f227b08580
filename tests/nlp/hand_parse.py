"""Hand-built parses for tests that need no model: each row is a word, its head's
index, its dependency, its part of speech and, optionally, its lemma (else the
lower-cased word). A word ending in "_" has no space after it."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

Row = tuple[str, int, str, str] | tuple[str, int, str, str, str]


def parsed(rows: list[Row]) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0].rstrip("_") if r[0] != "_" else r[0] for r in rows],
        spaces=[not r[0].endswith("_") or r[0] == "_" for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows],  # type: ignore[misc]
    )
