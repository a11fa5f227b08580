"""The `Doc` extensions newsgraph components write: plain data, picklable.

`newsgraph_published` is set on the way in (ISO date or None) for components
that anchor on it. Each output field holds a list of dicts shaped like the
matching `Document` field, with character offsets (`start`, `end`) and no
`text`: the exporter adds it.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER
from spacy.tokens import Doc, Token

FIELDS = ("entities", "attributions", "times", "counts")
_TEXT_KEY = "newsgraph_text"
INPUTS = ("published",)


def attribute(field: str) -> str:
    return f"newsgraph_{field}"


def register_extensions() -> None:
    """Idempotent: called by every component's constructor, never at import."""
    for field in FIELDS + INPUTS:
        if not Doc.has_extension(attribute(field)):
            Doc.set_extension(attribute(field), default=None)


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins every token again on each `doc.text`, and
    each of our components reads it. Kept in `user_data` with the token count it was
    built for, so a doc made anew from other tokens never reads a stale one."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is not None and cached[0] == len(doc):
        return str(cached[1])
    text = doc.text
    remember_text(doc, text)
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record the text the doc was made from (the analyzer has it already)."""
    doc.user_data[_TEXT_KEY] = (len(doc), text)


def tokens_among(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens written as one of these lower-case words, in order."""
    return _tokens_where(doc, LOWER, words)


def tokens_with_deps(doc: Doc, deps: Iterable[str]) -> list[Token]:
    """The tokens the parse attached with one of these labels, in order."""
    return _tokens_where(doc, DEP, deps)


def _tokens_where(doc: Doc, attr: int, values: Iterable[str]) -> list[Token]:
    """Found in a column of the doc's array, so a component that wants a few tokens does
    not visit every one."""
    wanted = np.array([doc.vocab.strings[value] for value in values], dtype=np.uint64)
    return [doc[int(i)] for i in np.flatnonzero(np.isin(doc.to_array(attr), wanted))]


def space_tokens(doc: Doc) -> list[Token]:
    """The whitespace tokens, in order (line breaks are among them)."""
    return [doc[int(i)] for i in np.flatnonzero(doc.to_array(IS_SPACE))]


def after_comma(token: Token) -> bool:
    """The token's phrase is set off by a comma: the word before its first one is a comma
    (', which …', ', according to …', ', the union said')."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text == ","


def word_start(doc: Doc, i: int) -> int:
    """Back to the start of a hyphenated word the parse split ('co-founder' read as three
    subjects), so a phrase is not cut inside a word."""
    while (
        i >= 2
        and doc[i - 1].text in ("-", "–")
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    ):
        i = doc[i - 2].left_edge.i
    return i


def word_end(doc: Doc, end: int) -> int:
    """On to the end of a hyphenated word a span stops inside ('the re' of 're-election');
    not past a dash between words ('them–and')."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end - 1].is_alpha
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end
