"""End to end through the model: read, clean, parse, export."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsgraph.analyze import Analyzer
from newsgraph.document import Document, ErrorRecord
from newsgraph.errors import InputError
from newsgraph.read import RawDocument, read_paths
from tests.conftest import EXAMPLES, assert_standoff

pytestmark = pytest.mark.model


def _names(doc: Document) -> set[str]:
    return {e.name for e in doc.entities}


def test_wire_story_keeps_offsets_and_skips_the_caption(
    analyzer: Analyzer, wire_story: str
) -> None:
    doc = analyzer.analyze(RawDocument(id="wire", text=wire_story))
    assert doc.text == wire_story
    assert doc.title == "Rabbis Pledge to Stay in Russia Despite Pressure, Federation Says"
    assert_standoff(doc)
    caption_end = wire_story.index("\n\n")
    mentions = [m for e in doc.entities for m in e.mentions]
    headline_end = wire_story.index("\n")
    assert not [m for m in mentions if headline_end < m.start < caption_end]
    assert "Reuters" in [b.text for b in doc.boilerplate if b.kind == "credit"]


def test_wire_story_speakers_resolve_to_named_entities(analyzer: Analyzer, wire_story: str) -> None:
    doc = analyzer.analyze(RawDocument(id="wire", text=wire_story))
    names = {e.id: e.name for e in doc.entities}
    speakers = {
        (a.cue.text, names.get(a.source.entity or ""))
        for a in doc.attributions
        if a.cue is not None and a.source is not None
    }
    federation = "Federation of Jewish Communities of Russia"
    for cue in ("stated", "continued", "states", "adding"):
        assert (cue, federation) in speakers
    assert ("told", "Berel Lazar") in speakers and ("added", "Berel Lazar") in speakers


def test_entities_group_mentions_of_one_person(analyzer: Analyzer, wire_story: str) -> None:
    doc = analyzer.analyze(RawDocument(id="wire", text=wire_story))
    lazar = [e for e in doc.entities if e.name == "Berel Lazar"]
    assert len(lazar) == 1
    assert {m.text for m in lazar[0].mentions} == {"Berel Lazar", "Lazar"}


def test_a_byline_gives_the_author_and_is_not_analysed(analyzer: Analyzer) -> None:
    text = (
        "Ferry Fares To Rise In Spring\n\n"
        "By Ines Moreau\n\n"
        "The operator said fares would rise by 6 percent, Harbour Lines confirmed.\n"
    )
    doc = analyzer.analyze(RawDocument(id="ferry", text=text))
    assert doc.author == "Ines Moreau"
    assert "Ines Moreau" not in [e.name for e in doc.entities]
    assert_standoff(doc)


def test_html_page_gives_body_and_metadata(analyzer: Analyzer) -> None:
    raw = next(read_paths([EXAMPLES / "city_council.html"], 5_000_000))
    assert isinstance(raw, RawDocument)
    doc = analyzer.analyze(raw)
    assert "late-night bus routes" in doc.text
    assert "All rights reserved" not in doc.text
    assert (doc.site_name, doc.author) == ("Riverside Gazette", "Maria Delgado")
    assert doc.published is not None and doc.published.isoformat() == "2025-06-12"
    assert "Dana Okafor" in _names(doc)
    assert_standoff(doc)


def test_gzipped_page_reads_like_the_plain_one(analyzer: Analyzer, tmp_path: Path) -> None:
    page = (EXAMPLES / "city_council.html").read_bytes()
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(page))
    raw = next(read_paths([tmp_path / "page.html.gz"], 5_000_000))
    assert isinstance(raw, RawDocument)
    assert "late-night bus routes" in analyzer.analyze(raw).text


def test_page_without_article_is_an_input_error(analyzer: Analyzer) -> None:
    page = "<html><body><nav><a href='/'>Home</a> <a href='/s'>Sport</a></nav></body></html>"
    with pytest.raises(InputError, match="no article body"):
        analyzer.analyze(RawDocument(id="nav.html", html=page))


def test_stream_keeps_order_and_turns_failures_into_records(analyzer: Analyzer) -> None:
    items = [
        {"id": "one", "text": "The port of Valdora reopened on Monday."},
        {"id": "two", "text": "   "},
        {"id": "three", "html": "<html><body></body></html>"},
        {"id": "four", "text": "Nurses in Carlow ended their strike."},
    ]
    results = list(analyzer.stream(items))
    assert [r.id for r in results] == ["one", "two", "three", "four"]
    assert [isinstance(r, ErrorRecord) for r in results] == [False, True, True, False]


def test_public_api_analyze_accepts_text_and_a_date() -> None:
    import newsgraph

    doc = newsgraph.analyze(
        "Harbour Strike Ends\n\nDock workers in Brest voted to return.", "2024-02-01"
    )
    assert doc.published is not None and doc.published.isoformat() == "2024-02-01"
    assert doc.headline is not None and doc.headline.text == "Harbour Strike Ends"
    assert doc.id.startswith("sha256:")


def test_pipeline_is_a_reusable_spacy_language() -> None:
    import newsgraph

    nlp = newsgraph.pipeline()
    assert "newsgraph_entities" in nlp.pipe_names
    doc = nlp("Angela Moreau met Paul Diallo in Lyon.")
    assert {e["name"] for e in doc._.newsgraph_entities} >= {"Angela Moreau", "Paul Diallo"}
