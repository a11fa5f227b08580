"""Hand-built parses for tests that need no model: each row is a word, its head's
index, its dependency, its part of speech and, optionally, its lemma (else the
lower-cased word). A word ending in "_" has no space after it."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

Row = tuple[str, int, str, str] | tuple[str, int, str, str, str]


def parsed(rows: list[Row]) -> Doc:
    glued = [len(r[0]) > 1 and r[0].endswith("_") for r in rows]
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0][:-1] if g else r[0] for r, g in zip(rows, glued, strict=True)],
        spaces=[not g for g in glued],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows],  # type: ignore[misc]
    )
