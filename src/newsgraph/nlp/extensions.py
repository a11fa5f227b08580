"""The `Doc` extensions newsgraph components write: plain data, picklable.

`newsgraph_published` is set on the way in (ISO date or None) for components
that anchor on it. Each output field holds a list of dicts shaped like the
matching `Document` field, with character offsets (`start`, `end`) and no
`text`: the exporter adds it.
"""

from __future__ import annotations

from spacy.tokens import Doc

FIELDS = ("entities", "attributions", "times", "counts")
INPUTS = ("published",)


def attribute(field: str) -> str:
    return f"newsgraph_{field}"


def register_extensions() -> None:
    """Idempotent: called by every component's constructor, never at import."""
    for field in FIELDS + INPUTS:
        if not Doc.has_extension(attribute(field)):
            Doc.set_extension(attribute(field), default=None)
