"""Bytes to text, refusing what is not a news document: empty, binary, too large."""

from __future__ import annotations

import zlib

from newsgraph.errors import InputError

_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def check_size(size: int, doc_id: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(doc_id, f"{size:,} bytes is over the {max_bytes:,}-byte limit")


def gunzip(data: bytes, doc_id: str, max_bytes: int) -> bytes:
    """Decompress without letting a small bomb expand past the size limit."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise InputError(doc_id, "not a valid gzip file") from None
    check_size(len(out), doc_id, max_bytes)
    return out


def decode_text(data: bytes, doc_id: str, max_bytes: int) -> str:
    """Decode UTF-8 (a BOM is dropped); anything else is a clear error."""
    check_size(len(data), doc_id, max_bytes)
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, doc_id, max_bytes)
    if b"\x00" in data[:8192] or _mostly_control(data[:8192]):
        raise InputError(doc_id, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            doc_id, f"undecodable bytes: not UTF-8 at byte {exc.start} (0x{data[exc.start]:02x})"
        ) from None
    if not text.strip():
        raise InputError(doc_id, "empty document")
    return text


def _mostly_control(sample: bytes) -> bool:
    if not sample:
        return False
    return sum(byte in _CONTROL for byte in sample) / len(sample) > 0.05
