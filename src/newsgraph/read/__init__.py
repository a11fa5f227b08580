"""Readers: files, pages and JSONL streams in, `RawDocument`s (or read errors) out."""

from newsgraph.read.files import read_paths, read_stdin
from newsgraph.read.html import extract_article
from newsgraph.read.raw import RawDocument, ReadError, from_mapping

__all__ = [
    "RawDocument",
    "ReadError",
    "extract_article",
    "from_mapping",
    "read_paths",
    "read_stdin",
]
