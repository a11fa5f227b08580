"""What a reader hands on: one document's text or HTML with the metadata it came with."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsgraph.errors import InputError


@dataclass(frozen=True)
class RawDocument:
    """An input document before analysis. Exactly one of `text` and `html` is set."""

    id: str
    text: str | None = None
    html: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    captured: dt.date | None = None  # when a crawler fetched it: the date if the page has none


@dataclass(frozen=True)
class ReadError:
    """A document that could not be read; it becomes an error record downstream."""

    id: str
    error: str


def content_id(data: bytes | str) -> str:
    """A stable id for input that has no name (stdin, an API body)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return "sha256:" + hashlib.sha256(raw).hexdigest()[:16]


def parse_date(value: object, doc_id: str) -> dt.date | None:
    """Accept YYYY-MM-DD, a full ISO timestamp, or nothing."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(doc_id, f"published date {value!r} is not YYYY-MM-DD") from None


def _optional_str(mapping: Mapping[str, Any], key: str, doc_id: str) -> str | None:
    value = mapping.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(doc_id, f"field {key!r} must be a string")


def from_mapping(mapping: Mapping[str, Any], fallback_id: str) -> RawDocument:
    """Build a document from the JSONL input contract: id, text|html, published, title, url."""
    doc_id = str(mapping.get("id") or fallback_id)
    text = _optional_str(mapping, "text", doc_id)
    html = _optional_str(mapping, "html", doc_id)
    if (text is None) == (html is None):
        raise InputError(doc_id, "needs exactly one of 'text' and 'html'")
    return RawDocument(
        id=doc_id,
        text=text,
        html=html,
        published=parse_date(mapping.get("published"), doc_id),
        title=_optional_str(mapping, "title", doc_id),
        url=_optional_str(mapping, "url", doc_id),
    )
