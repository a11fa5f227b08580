"""What `ingest` expects to read: globs it expands itself, and the count behind its ETA."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsgraph.cli.ingest import count_documents, expand


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
