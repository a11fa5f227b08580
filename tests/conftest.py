"""Shared fixtures: one loaded pipeline for the whole run, and our own sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.analyze import Analyzer
from newsgraph.document import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def wire_story() -> str:
    return (EXAMPLES / "wire_story.txt").read_text(encoding="utf-8")


def assert_standoff(doc: Document) -> None:
    """The invariants every output keeps: spans index the text, nothing analysed is boilerplate."""
    for span in doc.spans():
        assert 0 <= span.start <= span.end <= len(doc.text)
        assert doc.text[span.start : span.end] == span.text
    analysed = [m for e in doc.entities for m in e.mentions] + list(doc.times) + list(doc.counts)
    for attribution in doc.attributions:
        analysed += [s for s in (attribution.source, attribution.cue, attribution.content) if s]
    for span in analysed:
        for mark in doc.boilerplate:
            assert not (span.start < mark.end and span.end > mark.start), (span, mark)
