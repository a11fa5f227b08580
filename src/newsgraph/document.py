"""The output document model: the boundary everything outside the NLP layer sees.

Offsets are standoff: every span indexes `Document.text` (end exclusive) and
`text[start:end] == span.text` always holds.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of the document text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class BoilerplateKind(StrEnum):
    HEADLINE_REPEAT = "headline_repeat"
    CAPTION = "caption"
    CREDIT = "credit"
    BYLINE = "byline"
    NAVIGATION = "navigation"


class Boilerplate(Span):
    """Text kept in place but excluded from analysis."""

    kind: BoilerplateKind


class AttributionKind(StrEnum):
    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"
    SOURCING = "sourcing"


class Source(Span):
    """Who an attribution is credited to, as written, and the entity it resolves to."""

    entity: str | None = Field(None, description="Id of the document entity, if resolved.")
    anonymous: bool = Field(False, description="An unnamed source: 'officials', 'a source'.")


class Attribution(_Model):
    """Who said what: the source, the cue that attributes, and what is attributed."""

    kind: AttributionKind
    source: Source | None
    cue: Span | None
    content: Span
    nested: list[Attribution] = Field(
        default_factory=list,
        description="Attributions inside this content, the sourcing chain: 'According to "
        "the paper, the minister told aides that …' holds the minister's.",
    )

    def chain(self) -> Iterator[Attribution]:
        """This attribution and every one nested in it, outermost first."""
        yield self
        for inner in self.nested:
            yield from inner.chain()


class Entity(_Model):
    """One real-world thing, with every mention of it in the document."""

    id: str
    name: str = Field(description="Canonical name: the fullest form in the document.")
    type: str = Field(description="OntoNotes label (PERSON, ORG, GPE, ...).")
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list, description="Titles and descriptions.")
    mentions: list[Span] = Field(default_factory=list)


class TimeType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Time(Span):
    """A TIMEX3-style time expression with its normalised value."""

    type: TimeType
    value: str | None


class CountKind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"


class Count(Span):
    """A number and the thing it counts."""

    kind: CountKind
    value: float | None
    low: float | None = Field(None, description="Lower bound of a range or approximation.")
    high: float | None = Field(None, description="Upper bound of a range or approximation.")
    unit: str | None = Field(None, description="What is counted, or the currency.")
    modifiers: list[str] = Field(default_factory=list)


class Document(_Model):
    """One analysed document."""

    schema_version: str = SCHEMA_VERSION
    id: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    author: str | None = None
    site_name: str | None = None
    text: str
    headline: Span | None = None
    paragraphs: list[Span] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)

    def all_attributions(self) -> list[tuple[Attribution, int | None]]:
        """Every attribution, nested ones too: the document's own first, in order, then
        those inside them, each with the index in this list of the one that holds it."""
        found: list[tuple[Attribution, int | None]] = [(a, None) for a in self.attributions]
        for index, (attribution, _) in enumerate(found):  # grows as it goes
            found += [(inner, index) for inner in attribution.nested]
        return found

    def spans(self) -> Iterator[Span]:
        """Every span in the document, for checks that hold for all of them."""
        yield from filter(None, [self.headline])
        yield from self.paragraphs
        yield from self.boilerplate
        for outer in self.attributions:
            for attribution in outer.chain():
                yield from filter(None, [attribution.source, attribution.cue, attribution.content])
        for entity in self.entities:
            yield from entity.mentions
        yield from self.times
        yield from self.counts


class ErrorRecord(_Model):
    """Stands in a stream for a document that could not be analysed."""

    id: str
    error: str


def json_schema() -> dict[str, Any]:
    """The versioned JSON Schema of one output line (a document or an error record)."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"newsgraph document v{SCHEMA_VERSION}",
        "anyOf": [{"$ref": "#/$defs/Document"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": {},
    }
    for model in (Document, ErrorRecord):
        sub = model.model_json_schema(ref_template="#/$defs/{model}")
        schema["$defs"].update(sub.pop("$defs", {}))
        schema["$defs"][model.__name__] = sub
    return schema


def json_schema_text() -> str:
    """The schema as checked in under schema/ (stable key order)."""
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
