"""The readable report, on a document built by hand (no model)."""

from __future__ import annotations

from rich.console import Console

from newsgraph.cli.render import render
from newsgraph.document import Attribution, AttributionKind, Document, Entity, Source, Span

TEXT = (
    "According to the Harrowgate Examiner, the deputy minister, Alan Petrie, told a closed "
    "meeting that the money was not there."
)


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start=start, end=start + len(part), text=part)


def _source(part: str, entity: str) -> Source:
    return Source(**_span(part).model_dump(), entity=entity)


def test_a_nested_attribution_is_listed_under_its_speaker_with_whom_it_comes_through() -> None:
    inner = Attribution(
        kind=AttributionKind.INDIRECT,
        source=_source("the deputy minister, Alan Petrie", "E2"),
        cue=_span("told"),
        content=_span("that the money was not there"),
    )
    outer = Attribution(
        kind=AttributionKind.SOURCING,
        source=_source("the Harrowgate Examiner", "E1"),
        cue=_span("According to"),
        content=_span("the deputy minister, Alan Petrie, told a closed meeting that the money"),
        nested=[inner],
    )
    entities = [
        Entity(id="E1", name="Harrowgate Examiner", type="ORG", mentions=[_span("Harrowgate")]),
        Entity(id="E2", name="Alan Petrie", type="PERSON", mentions=[_span("Alan Petrie")]),
    ]
    doc = Document(id="chain", text=TEXT, attributions=[outer], entities=entities)
    console = Console(record=True, width=200)
    render(doc, console)
    rows = [line for line in console.export_text().splitlines() if "│" in line]
    petrie = next(i for i, line in enumerate(rows) if line.startswith("│ Alan Petrie "))
    assert "that the money was not there" in rows[petrie]
    kind = " ".join(row.split("│")[2].strip() for row in rows[petrie : petrie + 4])
    assert "indirect (told) according to Harrowgate Examiner" in kind
    examiner = next(row for row in rows if "sourcing (According to)" in row)
    assert "according to" not in examiner.split("│")[2].replace("According to", "")
