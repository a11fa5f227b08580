"""Property tests: whatever the text, spans index it and analysis never raises."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.analyze import Analyzer
from newsgraph.clean import analysis_text, layout
from newsgraph.document import Document, ErrorRecord, json_schema
from newsgraph.read import RawDocument
from tests.conftest import assert_standoff

PIECES = [
    "The minister said on Friday that talks would resume.",
    "\u201cWe will not give up,\u201d she said.",
    "\u2018Nested \u201cquotes\u201d here,\u2019 he added",
    "According to the Harbour Times, 40 ships waited.",
    "Riverside Jets beat the Storm 3-1GettyImages",
    "Police Seize Boat\u00a0Reuters",
    "\u00abAbsolutely not\u00bb",
    "Prices rose 4.5% \u2014 the most since 2019 \u2013 officials said",
    "\u200b\ufeff",
    "\t",
]
SEPARATORS = ["\n", "\r\n", "\n\n", "\r\n\r\n", " ", "\r", "\u2028", "\n \n"]

article_text = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(SEPARATORS),
        st.text(min_size=1, max_size=40),
        st.just("Long paragraph words go on and on. " * 200),
    ),
    min_size=1,
    max_size=14,
).map("".join)


@given(article_text)
@settings(max_examples=300, deadline=None)
def test_layout_spans_index_the_text(text: str) -> None:
    found = layout(text)
    spans = [found.headline] if found.headline else []
    for span in [*spans, *found.paragraphs, *found.boilerplate]:
        assert text[span.start : span.end] == span.text
    assert len(analysis_text(text, found.boilerplate)) == len(text)


@pytest.mark.model
@given(article_text)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_analysis_never_raises_and_keeps_invariants(analyzer: Analyzer, text: str) -> None:
    result = next(analyzer.stream([RawDocument(id="generated", text=text)]))
    if not text.strip():
        assert isinstance(result, ErrorRecord)
        return
    assert isinstance(result, Document)
    assert result.text == text
    assert_standoff(result)
    jsonschema.validate(json.loads(result.model_dump_json()), json_schema())
