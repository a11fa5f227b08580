"""Sentence boundaries at line breaks, set before the parser so it respects them.

The small model happily joins a headline to the first body sentence, or a
caption to the paragraph after it; news text marks those with line breaks.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.extensions import space_tokens


class ParagraphBreaks:
    """Start a sentence after a blank line, or after a line break unless text runs on."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for space in space_tokens(doc):
            if "\n" not in space.text or space.i + 1 == len(doc):
                continue
            token = doc[space.i + 1]
            if not token.is_space and (space.text.count("\n") >= 2 or not token.text[:1].islower()):
                token.is_sent_start = True
        return doc
