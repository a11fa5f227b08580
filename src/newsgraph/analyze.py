"""The whole path for one document or a stream: read → clean → nlp → `Document`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from spacy.language import Language

from newsgraph.clean import Layout, analysis_text, layout
from newsgraph.document import Document, ErrorRecord
from newsgraph.errors import InputError
from newsgraph.nlp.export import doc_fields
from newsgraph.nlp.extensions import attribute, remember_text
from newsgraph.nlp.loading import build_pipeline
from newsgraph.read import RawDocument, ReadError, extract_article, from_mapping
from newsgraph.read.decode import check_size
from newsgraph.read.raw import content_id
from newsgraph.settings import Settings

Input = str | Mapping[str, Any] | RawDocument | ReadError
Result = Document | ErrorRecord


@dataclass(frozen=True)
class Prepared:
    """A document ready for the parser: its text, layout and metadata."""

    base: Document
    layout: Layout


def prepare(raw: RawDocument, settings: Settings) -> Prepared:
    """Extract (for HTML) and lay out one document; raises `InputError` if unusable."""
    published = raw.published or raw.captured
    meta: dict[str, Any] = {"title": raw.title, "published": published, "url": raw.url}
    if raw.html is not None:
        check_size(len(raw.html.encode("utf-8", "surrogatepass")), raw.id, settings.max_bytes)
        article = extract_article(raw.html, raw.id, raw.url)
        text = article.text
        meta |= {
            "title": raw.title or article.title,
            "published": raw.published or article.published or raw.captured,
            "author": article.author,
            "site_name": article.site_name,
        }
    else:
        text = raw.text or ""
        check_size(len(text.encode("utf-8", "surrogatepass")), raw.id, settings.max_bytes)
        if not text.strip():
            raise InputError(raw.id, "empty document")
    found = layout(text, meta["title"])
    if meta["title"] is None and found.headline is not None:
        meta["title"] = found.headline.text
    if meta.get("author") is None and found.author is not None:
        meta["author"] = found.author
    base = Document(
        id=raw.id,
        text=text,
        headline=found.headline,
        paragraphs=found.paragraphs,
        boilerplate=found.boilerplate,
        **meta,
    )
    return Prepared(base=base, layout=found)


def _to_raw(item: Input, number: int) -> RawDocument | ReadError:
    if isinstance(item, RawDocument | ReadError):
        return item
    if isinstance(item, str):
        return _raw_from_string(item)
    try:
        return from_mapping(item, f"document-{number}")
    except InputError as exc:
        return ReadError(exc.doc_id, exc.reason)


def _raw_from_string(value: str, published: dt.date | None = None) -> RawDocument:
    doc_id = content_id(value)
    if value.lstrip()[:1] == "<":
        return RawDocument(id=doc_id, html=value, published=published)
    return RawDocument(id=doc_id, text=value, published=published)


class Analyzer:
    """Holds the loaded pipeline so a stream pays for loading once."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else build_pipeline(self.settings)

    def analyze(self, raw: RawDocument) -> Document:
        """Analyse one document; raises `InputError` when it cannot be."""
        result = next(self.stream([raw]))
        if isinstance(result, ErrorRecord):
            raise InputError(result.id, result.error)
        return result

    def stream(self, items: Iterable[Input]) -> Iterator[Result]:
        """Analyse documents in order, in memory zones so a long stream stays flat."""
        numbered = (_to_raw(item, n) for n, item in enumerate(items, start=1))
        while chunk := list(islice(numbered, self.settings.zone_size)):
            yield from self._chunk(chunk)

    def _chunk(self, chunk: list[RawDocument | ReadError]) -> Iterator[Result]:
        ready: list[Prepared | ErrorRecord] = [self._prepare(item) for item in chunk]
        with self.nlp.memory_zone():
            docs = self.nlp.pipe(
                (self._make_doc(p) for p in ready if isinstance(p, Prepared)),
                batch_size=self.settings.batch_size,
            )
            for item in ready:
                yield item if isinstance(item, ErrorRecord) else self._finish(item, next(docs))

    def _prepare(self, item: RawDocument | ReadError) -> Prepared | ErrorRecord:
        if isinstance(item, ReadError):
            return ErrorRecord(id=item.id, error=item.error)
        try:
            return prepare(item, self.settings)
        except InputError as exc:
            return ErrorRecord(id=exc.doc_id, error=exc.reason)

    def _make_doc(self, prepared: Prepared) -> Any:
        text = analysis_text(prepared.base.text, prepared.layout.boilerplate)
        doc = self.nlp.make_doc(text)
        remember_text(doc, text)
        published = prepared.base.published
        doc._.set(attribute("published"), published.isoformat() if published else None)
        return doc

    def _finish(self, prepared: Prepared, doc: Any) -> Document:
        fields = doc_fields(doc, prepared.base.text, prepared.layout.boilerplate)
        return Document.model_validate(prepared.base.model_dump() | fields)


@lru_cache(maxsize=2)
def _shared_analyzer(settings: Settings) -> Analyzer:
    """One analyzer per settings for the convenience functions (loading costs a second)."""
    return Analyzer(settings)


def pipeline(settings: Settings | None = None) -> Language:
    """The spaCy pipeline with newsgraph's components, for use in your own code."""
    return build_pipeline(settings or Settings())


def analyze(
    text_or_html: str,
    published: dt.date | str | None = None,
    *,
    settings: Settings | None = None,
) -> Document:
    """Analyse one article given as plain text or HTML."""
    when = dt.date.fromisoformat(published) if isinstance(published, str) else published
    return _shared_analyzer(settings or Settings()).analyze(_raw_from_string(text_or_html, when))


def analyze_many(items: Iterable[Input], *, settings: Settings | None = None) -> Iterator[Result]:
    """Analyse a stream of texts, input-contract mappings or `RawDocument`s, in order."""
    return _shared_analyzer(settings or Settings()).stream(items)
