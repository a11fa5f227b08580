"""What `ingest` expects to read: globs it expands itself, and the count behind its ETA."""

from __future__ import annotations

import gzip
import random
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.cli.ingest import _Meter, count_documents, expand, read_metered


def _tree(root: Path) -> Path:
    (root / "feeds").mkdir()
    (root / "feeds" / "a.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n', encoding="utf-8")
    with gzip.open(root / "feeds" / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"id": 3}\n{"id": 4}\n{"id": 5}\n')
    (root / "page.html").write_text("<p>x</p>", encoding="utf-8")
    (root / "notes.md").write_text("not an input", encoding="utf-8")
    return root


def test_a_quoted_glob_is_expanded(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = expand([str(tmp_path / "feeds" / "*.jsonl*")])
    assert [p.name for p in found] == ["a.jsonl", "b.jsonl.gz"]


def test_a_glob_matching_nothing_is_kept_for_the_reader_to_report(tmp_path: Path) -> None:
    pattern = str(tmp_path / "none" / "*.txt")
    assert expand([pattern]) == [Path(pattern)]


def test_the_count_covers_folders_lines_and_pages(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert count_documents([tmp_path]) == 6


def test_a_warc_makes_the_count_unknown(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert count_documents([tmp_path]) is None


def _crawl(path: Path, pages: int) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(pages):
            noise = random.Random(i).randbytes(3000).hex()  # so gzip cannot shrink the pages away
            body = f"<html><body><p>Tram line {i} opens soon.</p><!-- {noise} --></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
            url = f"https://news.example/tram-{i}"
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=BytesIO(body.encode()), http_headers=headers
                )
            )
    return path


def test_a_warc_input_is_metered_in_bytes_read(tmp_path: Path) -> None:
    _tree(tmp_path)
    _crawl(tmp_path / "feeds" / "crawl.warc.gz", 40)
    found = [tmp_path / "feeds", tmp_path / "page.html"]
    assert count_documents(found) is None
    meter = _Meter()
    seen = []
    for item in read_metered(found, 1_000_000, meter):
        seen.append((item.id, meter.read))
    assert len(seen) == 5 + 40 + 1
    read = [r for _, r in seen]
    assert read == sorted(read) and len(set(read)) > 3, "the bytes read grow as pages are read"
    total = sum(p.stat().st_size for p in (tmp_path / "feeds").iterdir()) + 8
    assert meter.read == total
