"""WARC archives (as in Common Crawl's CC-NEWS): each HTML response becomes one page.

The page goes on as `RawDocument(html=...)`, so it passes through the same article
extractor as any other HTML input. A document's id is the captured URL; the capture
date (WARC-Date) stands in for the publication date when the page gives none.
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.read.decode import check_size
from newsgraph.read.raw import RawDocument, ReadError

WARC_SUFFIXES = (".warc", ".warc.gz")
Item = RawDocument | ReadError


def _charset(content_type: str) -> str:
    """The declared charset if Python knows it, else UTF-8."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset":
            try:
                return codecs.lookup(value.strip("\"' ")).name
            except LookupError:
                break
    return "utf-8"


def _page(record: Any, max_bytes: int) -> Item | None:
    """One response record as a page; None for what is not HTML (images, robots.txt)."""
    http = record.http_headers
    headers = record.rec_headers
    if record.rec_type != "response" or http is None:
        return None
    content_type = http.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    url = headers.get_header("WARC-Target-URI")
    doc_id = url or headers.get_header("WARC-Record-ID") or "warc-record"
    data = record.content_stream().read(max_bytes + 1)
    try:
        check_size(len(data), doc_id, max_bytes)
    except InputError as exc:
        return ReadError(exc.doc_id, exc.reason)
    if not data.strip():
        return ReadError(doc_id, "empty document")
    html = data.decode(_charset(content_type), errors="replace")
    captured = _date(headers.get_header("WARC-Date"))
    return RawDocument(id=doc_id, html=html, url=url, captured=captured)


def _date(value: str | None) -> dt.date | None:
    """The day of a WARC-Date (`2025-03-14T09:26:53Z`); None when absent or malformed."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def read_warc(path: Path, max_bytes: int) -> Iterator[Item]:
    """Every HTML response in a WARC file, in order; a damaged archive ends with an error."""
    for item, _ in warc_pages(path, max_bytes):
        yield item


def warc_pages(path: Path, max_bytes: int) -> Iterator[tuple[Item, int]]:
    """As `read_warc`, each page with how many bytes of the file are read so far (for an ETA)."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                page = _page(record, max_bytes)
                if page is not None:
                    yield page, handle.tell()
        except Exception as exc:  # warcio fails in many ways on damaged input; none may escape
            reason = f"damaged WARC file: {str(exc).strip() or type(exc).__name__}"
            yield ReadError(str(path), reason), handle.tell()
