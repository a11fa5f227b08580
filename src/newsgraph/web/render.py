"""A `Document` as HTML: attributions, entity mentions, dates and counts marked in place.

Spans may overlap without nesting (a date that runs past a quote's end), so marks are
laid out with a stack: a mark that must close inside others closes them and reopens
them after. Every piece of text and every attribute value is escaped here; the result
is `Markup` that templates insert as is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

from newsgraph.document import Document, Span


@dataclass(frozen=True)
class Mark:
    """One element to wrap around `text[start:end]`; lower `rank` sits outside."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    rank: int = 0

    def open(self) -> str:
        attrs = "".join(f' {name}="{escape(value)}"' for name, value in self.attrs)
        return f"<{self.tag}{attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"

    def clip(self, start: int, end: int) -> Mark | None:
        lo, hi = max(self.start, start), min(self.end, end)
        return Mark(lo, hi, self.tag, self.attrs, self.rank) if lo < hi else None


@dataclass(frozen=True)
class Block:
    """A paragraph (or a caption, credit...) of the body, with its marked-up HTML."""

    kind: str
    html: Markup


@dataclass(frozen=True)
class Links:
    """Where marks link to: corpus entity ids by document entity id."""

    entities: Mapping[str, int] = field(default_factory=dict)


def _attribution_marks(doc: Document) -> Iterable[Mark]:
    for number, attribution in enumerate(doc.attributions):
        ref = ("data-quote", str(number))
        kind = attribution.kind.value
        source = attribution.source
        title = f"{kind} quote: {'unnamed source' if source is None else source.text}"
        yield Mark(
            attribution.content.start,
            attribution.content.end,
            "span",
            (("class", f"quote quote-{kind}"), ref, ("tabindex", "0"), ("title", title)),
        )
        if source is not None:
            yield Mark(source.start, source.end, "span", (("class", "source"), ref))
        if attribution.cue is not None:
            yield Mark(attribution.cue.start, attribution.cue.end, "span", (("class", "cue"), ref))


def _entity_marks(doc: Document, links: Links) -> Iterable[Mark]:
    """Mentions linked to entity pages; of overlapping mentions the first wins (no nested links)."""
    taken: list[Span] = []
    mentions = sorted(((m, e) for e in doc.entities for m in e.mentions), key=lambda p: p[0].start)
    for mention, entity in mentions:
        if any(mention.start < t.end and t.start < mention.end for t in taken[-3:]):
            continue
        taken.append(mention)
        title = ("title", f"{entity.type}: {entity.name}")
        css = ("class", f"entity entity-{entity.type.lower()}")
        corpus_id = links.entities.get(entity.id)
        if corpus_id is None:
            yield Mark(mention.start, mention.end, "span", (css, title), rank=1)
        else:
            href = ("href", f"/entity/{corpus_id}")
            yield Mark(mention.start, mention.end, "a", (css, href, title), rank=1)


def _value_marks(doc: Document) -> Iterable[Mark]:
    for time in doc.times:
        label = f"{time.type.value}: {time.value or 'unresolved'}"
        yield Mark(time.start, time.end, "span", (("class", "time"), ("title", label)), rank=2)
    for count in doc.counts:
        value = count.value if count.value is not None else f"{count.low}–{count.high}"
        label = f"{count.kind.value}: {value} {count.unit or ''}".strip()
        yield Mark(count.start, count.end, "span", (("class", "count"), ("title", label)), rank=2)


def marks(doc: Document, links: Links | None = None) -> list[Mark]:
    """Every mark of the document, outer ones first where they share a start."""
    found = [
        *_attribution_marks(doc),
        *_entity_marks(doc, links or Links()),
        *_value_marks(doc),
    ]
    return sorted(found, key=lambda m: (m.start, -m.end, m.rank))


def markup(text: str, start: int, end: int, found: Iterable[Mark]) -> Markup:
    """`text[start:end]` escaped, with the marks clipped to it and properly nested."""
    inside = [c for m in found if (c := m.clip(start, end)) is not None]
    bounds = sorted({start, end, *(m.start for m in inside), *(m.end for m in inside)})
    out: list[str] = []
    stack: list[Mark] = []
    pending = sorted(inside, key=lambda m: (m.start, -m.end, m.rank))
    for here, after in pairwise(bounds):
        _close_ending(stack, here, out)
        while pending and pending[0].start == here:
            mark = pending.pop(0)
            stack.append(mark)
            out.append(mark.open())
        out.append(str(escape(text[here:after])))
    out.extend(mark.close() for mark in reversed(stack))
    return Markup("".join(out))


def _close_ending(stack: list[Mark], here: int, out: list[str]) -> None:
    """Close marks ending here; close and reopen any opened after them."""
    ending = [i for i, mark in enumerate(stack) if mark.end <= here]
    if not ending:
        return
    lowest = ending[0]
    above = stack[lowest:]
    out.extend(mark.close() for mark in reversed(above))
    del stack[lowest:]
    for mark in above:
        if mark.end > here:
            stack.append(mark)
            out.append(mark.open())


def _block_spans(doc: Document) -> list[tuple[str, Span]]:
    spans = [("paragraph", p) for p in doc.paragraphs]
    spans += [(b.kind.value, b) for b in doc.boilerplate if b.kind.value != "headline_repeat"]
    if not doc.paragraphs:
        spans += [("paragraph", s) for s in _lines(doc)]
    spans.sort(key=lambda pair: pair[1].start)
    if (
        spans
        and doc.headline is None
        and doc.title
        and spans[0][1].text.strip() == doc.title.strip()
    ):
        spans.pop(0)
    return spans


def _lines(doc: Document) -> list[Span]:
    """Paragraphs for a document without any: its non-empty lines outside headline, boilerplate."""
    skip = [s for s in (doc.headline, *doc.boilerplate) if s is not None]
    spans, start = [], 0
    for line in doc.text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped and not any(s.start <= start and end <= s.end for s in skip):
            lead = start + len(line) - len(line.lstrip())
            spans.append(Span(start=lead, end=lead + len(stripped), text=stripped))
        start = end + 1
    return spans


def blocks(doc: Document, links: Links | None = None) -> list[Block]:
    """The body of the article as marked-up blocks, in text order (the headline apart)."""
    found = marks(doc, links)
    return [
        Block(kind, markup(doc.text, span.start, span.end, found))
        for kind, span in _block_spans(doc)
    ]
