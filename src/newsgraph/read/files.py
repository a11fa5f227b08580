"""Paths and stdin to a stream of raw documents; a bad one becomes a `ReadError`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.read.decode import check_size, decode_text, gunzip
from newsgraph.read.raw import RawDocument, ReadError, content_id, from_mapping
from newsgraph.read.warc import WARC_SUFFIXES, read_warc

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
TEXT_SUFFIXES = (".txt", ".text", ".txt.gz")
Item = RawDocument | ReadError


def _kind(path: Path) -> str:
    name = path.name.lower()
    kinds = (("html", HTML_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("warc", WARC_SUFFIXES))
    for kind, suffixes in kinds:
        if name.endswith(suffixes):
            return kind
    return "text"


def _expand(paths: Iterable[Path]) -> Iterator[Path | ReadError]:
    for path in paths:
        if path.is_dir():
            known = HTML_SUFFIXES + JSONL_SUFFIXES + TEXT_SUFFIXES + WARC_SUFFIXES
            yield from sorted(p for p in path.rglob("*") if p.name.lower().endswith(known))
        elif path.exists():
            yield path
        else:
            yield ReadError(str(path), "no such file or directory")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    check_size(path.stat().st_size, str(path), max_bytes)
    data = path.read_bytes()
    return gunzip(data, str(path), max_bytes) if path.name.endswith(".gz") else data


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    opener = _gzip_lines if path.name.endswith(".gz") else _plain_lines
    for number, line in enumerate(opener(path), start=1):
        fallback = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            check_size(len(line), fallback, max_bytes)
            data = json.loads(line)
            if not isinstance(data, dict):
                raise InputError(fallback, "a JSONL line must be a JSON object")
            yield from_mapping(data, fallback)
        except json.JSONDecodeError as exc:
            yield ReadError(fallback, f"malformed JSON line: {exc.msg} at column {exc.colno}")
        except InputError as exc:
            yield ReadError(exc.doc_id, exc.reason)


def _plain_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        yield from handle


def _gzip_lines(path: Path) -> Iterator[str]:
    import gzip

    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
        yield from handle


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    doc_id = str(path)
    kind = _kind(path)
    if kind in ("jsonl", "warc"):
        yield from (_read_jsonl if kind == "jsonl" else read_warc)(path, max_bytes)
        return
    text = decode_text(_read_bytes(path, max_bytes), doc_id, max_bytes)
    yield RawDocument(id=doc_id, html=text) if kind == "html" else RawDocument(id=doc_id, text=text)


def read_paths(paths: Iterable[Path], max_bytes: int) -> Iterator[Item]:
    """Every document under the given paths, in order; folders are walked."""
    for path in _expand(paths):
        if isinstance(path, ReadError):
            yield path
            continue
        try:
            yield from _read_file(path, max_bytes)
        except InputError as exc:
            yield ReadError(exc.doc_id, exc.reason)
        except OSError as exc:
            yield ReadError(str(path), exc.strerror or str(exc))


def read_stdin(max_bytes: int, html: bool = False) -> Item:
    """One document from standard input, named by its content hash."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    doc_id = content_id(data)
    try:
        text = decode_text(data, doc_id, max_bytes)
    except InputError as exc:
        return ReadError(exc.doc_id, exc.reason)
    looks_html = html or text.lstrip()[:1] == "<"
    return RawDocument(id=doc_id, html=text) if looks_html else RawDocument(id=doc_id, text=text)
