"""From a parsed `Doc` to the plain fields of a `Document`, with span texts filled in."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsgraph.clean import covered
from newsgraph.document import Boilerplate
from newsgraph.nlp.extensions import FIELDS, attribute


def _with_text(value: Any, text: str) -> Any:
    """Add `text` to every nested {start, end} mapping."""
    if isinstance(value, list):
        return [_with_text(item, text) for item in value]
    if not isinstance(value, dict):
        return value
    out = {key: _with_text(item, text) for key, item in value.items()}
    if "start" in out and "end" in out and "text" not in out:
        out["text"] = text[out["start"] : out["end"]]
    return out


def _spans_in(value: Any) -> list[tuple[int, int]]:
    if isinstance(value, list):
        return [span for item in value for span in _spans_in(item)]
    if not isinstance(value, dict):
        return []
    spans = [span for item in value.values() for span in _spans_in(item)]
    if "start" in value and "end" in value:
        spans.append((value["start"], value["end"]))
    return spans


def _clear_of(item: Any, boilerplate: list[Boilerplate]) -> bool:
    return not any(covered(s, e, boilerplate) for s, e in _spans_in(item))


def doc_fields(doc: Doc, text: str, boilerplate: list[Boilerplate]) -> dict[str, Any]:
    """Every newsgraph field the pipeline filled, as `Document` keyword arguments."""
    fields: dict[str, Any] = {}
    for field in FIELDS:
        items = doc._.get(attribute(field)) if doc.has_extension(attribute(field)) else None
        if items:
            fields[field] = [_with_text(i, text) for i in items if _clear_of(i, boilerplate)]
    return fields
