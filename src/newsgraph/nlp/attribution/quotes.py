"""Quotations in news text: which marks open and close, across lines and paragraphs.

News uses typographic marks (“…”, «…»), straight ones ("…") and, in some
archives, doubled apostrophes (''…''), sometimes all in one article. A quote
that runs over several paragraphs leaves each paragraph open and reopens the
next one; a paragraph that opens a quote and never closes it (with no reopening
after it) is an unclosed quote that ends with its paragraph. Single marks
(‘…’, '…') count as quotes only nested inside a double quote or in a headline,
which quotes in single marks; elsewhere they are mostly apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"''|``|[\"“”«»„]")
_OPENERS = frozenset({"“", "«", "„", "``"})
_CLOSERS = frozenset({"”", "»"})
_NESTED = re.compile(r"(?<![\w’'])[‘'](?=[\w$])[^‘'\n]*?[\w.,!?$%…)][’'](?![\w’'])")
_OPEN_LEFT = frozenset(" \t\n([{—–-/:")
_CLOSE_RIGHT = frozenset(" \t\n.,;:!?)]}—–-…")


@dataclass(frozen=True)
class Quote:
    """A quotation from its opening mark to just after its closing mark."""

    start: int
    end: int
    closed: bool = True
    nested: bool = False


def _role(text: str, start: int, end: int, is_open: bool) -> str:
    """'open' or 'close' for one mark, from its shape and what surrounds it."""
    mark = text[start:end]
    left = text[start - 1] if start > 0 else "\n"
    right = text[end] if end < len(text) else "\n"
    opens = left in _OPEN_LEFT and right not in " \t\n"
    closes = left not in " \t\n" and right in _CLOSE_RIGHT
    if mark in _OPENERS:
        return "close" if is_open and closes and not opens else "open"
    if mark in _CLOSERS:
        return "open" if not is_open and opens and not closes else "close"
    return "close" if is_open else "open"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _first_mark_opens(text: str, start: int, end: int) -> bool:
    lead = text[start:end].lstrip()
    return bool(lead) and _DOUBLE.match(lead) is not None and lead[:1] not in _CLOSERS


def find_quotes(text: str) -> list[Quote]:
    """Every double-quoted passage (paragraph-spanning ones whole) and the quotes nested in them."""
    quotes: list[Quote] = []
    paragraphs = _paragraphs(text)
    opened: int | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        continuing = opened is not None
        for match in _DOUBLE.finditer(text, p_start, p_end):
            if continuing:
                continuing = False
                if text[p_start:p_end].lstrip().startswith(match.group()):
                    continue
            role = _role(text, match.start(), match.end(), opened is not None)
            if role == "open":
                if opened is not None:  # a new quote opens before the last one closed
                    quotes.append(Quote(opened, _trim_end(text, match.start()), closed=False))
                opened = match.start()
            elif opened is not None:
                quotes.append(Quote(opened, match.end()))
                opened = None
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if opened is not None and not (following and _first_mark_opens(text, *following)):
            quotes.append(Quote(opened, p_end, closed=False))
            opened = None
    nested = [
        Quote(q.start + m.start(), q.start + m.end(), nested=True)
        for q in quotes
        for m in _NESTED.finditer(text[q.start : q.end], 1)
    ]
    return sorted(quotes + nested + _headline_quotes(text, paragraphs, quotes), key=_order)


def _order(quote: Quote) -> tuple[int, int]:
    return quote.start, -quote.end


def _headline_quotes(
    text: str, paragraphs: list[tuple[int, int]], quotes: list[Quote]
) -> list[Quote]:
    """Headlines quote in single marks ("'We Will Not Back Down': …"); in a first line
    with no double quote they are quotes, not apostrophes."""
    if len(paragraphs) < 2:
        return []
    start, end = paragraphs[0]
    if any(q.start < end for q in quotes):
        return []
    return [Quote(start + m.start(), start + m.end()) for m in _NESTED.finditer(text[start:end])]


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
