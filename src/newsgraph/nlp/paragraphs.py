"""Sentence boundaries at line breaks, set before the parser so it respects them.

The small model happily joins a headline to the first body sentence, or a
caption to the paragraph after it; news text marks those with line breaks.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

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
        for token in doc[1:]:
            before = doc[token.i - 1]
            if before.is_alpha and not before.is_upper and not token.is_space:
                token.is_sent_start = False
        for space in space_tokens(doc):
            if "\n" not in space.text or space.i + 1 == len(doc):
                continue
            token = doc[space.i + 1]
            if not token.is_space and (space.text.count("\n") >= 2 or not token.text[:1].islower()):
                token.is_sent_start = True
        return doc
