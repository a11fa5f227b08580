"""Sentence boundaries at line breaks, set before the parser so it respects them.

The small model happily joins a headline to the first body sentence, or a
caption to the paragraph after it; news text marks those with line breaks.
"""

from __future__ import annotations

from typing import cast

import numpy as np
from spacy.attrs import IS_ALPHA, IS_SPACE, IS_UPPER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from newsgraph.nlp.extensions import space_tokens

RULES = "3"  # bump when the rules change: parses cached for training are keyed by it


class ParagraphBreaks:
    """Start a sentence after a blank line, or after a line break unless text runs on;
    never inside a line right after a word ("Brightwell | Foods, the grocer, said" is one
    sentence), as English sentences end in punctuation. Numbers and words in capitals
    are left to the parser: results tables and shouted headlines run on without it."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Both rules in one array pass: setting tokens one by one rescans the document
        each time, which cost more than the parse."""
        if len(doc) < 2:
            return doc
        flags = doc.to_array([IS_ALPHA, IS_UPPER, IS_SPACE, SENT_START]).astype(np.int64)
        alpha, upper, space = flags[:, 0], flags[:, 1], flags[:, 2]
        start = flags[:, 3].copy()
        start[1:][(alpha[:-1] == 1) & (upper[:-1] == 0) & (space[1:] == 0)] = -1
        start[_paragraph_starts(doc)] = 1
        # spaCy reads the uint64 array it writes (-1 wrapped), whatever its stub says
        doc.from_array([SENT_START], cast(Ints2d, start.astype(np.uint64).reshape(-1, 1)))
        return doc


def _paragraph_starts(doc: Doc) -> list[int]:
    """The first token after a blank line, or after a line break unless text runs on in
    lower case."""
    starts = []
    for space in space_tokens(doc):
        if "\n" not in space.text or space.i + 1 == len(doc):
            continue
        token = doc[space.i + 1]
        if not token.is_space and (space.text.count("\n") >= 2 or not token.text[:1].islower()):
            starts.append(token.i)
    return starts
