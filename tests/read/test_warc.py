"""WARC archives: HTML responses become pages named by URL; the rest is passed over."""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.analyze import prepare
from newsgraph.read import RawDocument, ReadError, read_paths
from newsgraph.read.warc import warc_pages
from newsgraph.settings import Settings

PAGE = (
    "<html><head><title>Ferry service resumes</title></head><body><article>"
    "<h1>Ferry service resumes</h1><p>The island ferry returned to service on Sunday "
    "after storms kept it in port for a week, the operator said.</p></article></body></html>"
)


def _record(
    writer: WARCWriter, url: str, content_type: str, body: bytes, captured: str | None = None
) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": captured} if captured else None,
    )
    writer.write_record(record)


def _warc(path: Path, compress: bool) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        _record(writer, "https://news.example/ferry", "text/html; charset=utf-8", PAGE.encode())
        _record(writer, "https://news.example/logo.png", "image/png", b"\x89PNG\r\n")
        latin = PAGE.replace("island", "île").encode("latin-1")
        _record(writer, "https://news.example/ile", "text/html; charset=iso-8859-1", latin)
    return path


def test_html_responses_become_pages_named_by_url(tmp_path: Path) -> None:
    items = list(read_paths([_warc(tmp_path / "crawl.warc.gz", True)], 1_000_000))
    assert [i.id for i in items] == ["https://news.example/ferry", "https://news.example/ile"]
    first = items[0]
    assert isinstance(first, RawDocument) and first.html == PAGE
    assert first.url == "https://news.example/ferry"


def test_the_declared_charset_is_used(tmp_path: Path) -> None:
    items = list(read_paths([_warc(tmp_path / "crawl.warc", False)], 1_000_000))
    last = items[-1]
    assert isinstance(last, RawDocument) and last.html is not None and "île" in last.html


def test_a_folder_walk_finds_warc_files(tmp_path: Path) -> None:
    _warc(tmp_path / "crawl.warc.gz", True)
    assert len(list(read_paths([tmp_path], 1_000_000))) == 2


@pytest.mark.parametrize(
    "data",
    [
        b"garbage, not an archive\n\nmore garbage",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ncut short",
    ],
)
def test_a_damaged_archive_is_a_read_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    [item] = list(read_paths([path], 1_000_000))
    assert isinstance(item, ReadError) and "damaged WARC" in item.error


def test_an_oversized_page_is_refused(tmp_path: Path) -> None:
    items = list(read_paths([_warc(tmp_path / "crawl.warc", False)], 100))
    assert all(isinstance(i, ReadError) and "limit" in i.error for i in items)


DATED = PAGE.replace(
    "<head>", '<head><meta property="article:published_time" content="2025-02-27T08:00:00Z">'
)


def _dated_warc(path: Path) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        _record(
            writer, "https://news.example/a", "text/html", PAGE.encode(), "2025-03-14T09:26:53Z"
        )
        _record(
            writer, "https://news.example/b", "text/html", DATED.encode(), "2025-03-14T10:00:00Z"
        )
        _record(writer, "https://news.example/c", "text/html", PAGE.encode(), "14 March")
    return path


def test_the_capture_date_is_the_publication_date_only_when_the_page_has_none(
    tmp_path: Path,
) -> None:
    items = list(read_paths([_dated_warc(tmp_path / "dated.warc.gz")], 1_000_000))
    published = [prepare(i, Settings()).base.published for i in items if isinstance(i, RawDocument)]
    assert published == [dt.date(2025, 3, 14), dt.date(2025, 2, 27), None]


def test_pages_come_with_the_bytes_read_so_far(tmp_path: Path) -> None:
    path = _warc(tmp_path / "crawl.warc.gz", True)
    offsets = [offset for _, offset in warc_pages(path, 1_000_000)]
    assert len(offsets) == 2 and offsets == sorted(offsets)
    assert 0 < offsets[-1] <= path.stat().st_size
