"""The write endpoints with the real pipeline: the CLI's document out, JSONL into the corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.analyze import Analyzer
from newsgraph.read import RawDocument
from newsgraph.store import open_store
from newsgraph.store.ingest import ingest
from newsgraph.web import ServeSettings, create_app

pytestmark = pytest.mark.model

STORY = (
    "Bridge repairs to close the river road\n\n"
    "The river road will close for three weeks from Monday while crews repair the old "
    'bridge. "We cannot keep patching a bridge that is ninety years old," said Mayor '
    "Elena Brook on Friday. About 4,000 drivers use the road every day."
)


@pytest.fixture
def writer(analyzer: Analyzer, tmp_path: Path) -> TestClient:
    store = open_store(str(tmp_path / "fresh.db"))
    return TestClient(create_app(ServeSettings(), store=store, analyzer=analyzer))


def test_analyze_returns_what_the_cli_writes(writer: TestClient, analyzer: Analyzer) -> None:
    response = writer.post(
        "/analyze", json={"id": "bridge", "text": STORY, "published": "2025-03-07"}
    )
    assert response.status_code == 200, response.text
    raw = RawDocument(id="bridge", text=STORY, published=dt.date(2025, 3, 7))
    expected = analyzer.analyze(raw)
    assert response.json() == json.loads(expected.model_dump_json())
    assert response.json()["entities"]


def test_analyze_reads_html(writer: TestClient) -> None:
    page = f"<html><head><title>Bridge</title></head><body><article><p>{STORY}</p></article>"
    response = writer.post("/analyze", json={"html": page})
    assert response.status_code == 200, response.text
    assert response.json()["id"].startswith("sha256:")
    assert "ninety years old" in response.json()["text"]


def test_analyze_refuses_an_empty_document(writer: TestClient) -> None:
    response = writer.post("/analyze", json={"id": "blank", "text": "   "})
    assert response.status_code == 422
    assert response.json()["error"] == "blank: empty document"


def test_ingest_adds_documents_once_and_reports_bad_lines(writer: TestClient) -> None:
    lines = "\n".join(
        [
            json.dumps({"id": "bridge", "text": STORY, "published": "2025-03-07"}),
            "{not json",
            json.dumps({"id": "blank", "text": ""}),
        ]
    )
    first = writer.post("/ingest", content=lines).json()
    assert (first["seen"], first["ingested"], first["skipped"]) == (3, 1, 0)
    assert [f["id"] for f in first["failed"]] == ["line-2", "blank"]
    again = writer.post("/ingest", content=lines).json()
    assert (again["ingested"], again["skipped"]) == (0, 1)
    listed = writer.get("/articles").json()["items"]
    assert [(a["doc_id"], a["published"]) for a in listed] == [("bridge", "2025-03-07")]


def test_an_html_page_posted_is_the_same_document_the_cli_ingests(
    writer: TestClient, analyzer: Analyzer, tmp_path: Path
) -> None:
    """Identity is the hash of the input as given (the HTML), whichever door it came in by."""
    page = f"<html><body><article><p>{STORY}</p></article></body></html>"
    posted = writer.post("/ingest", content=json.dumps({"id": "web", "html": page})).json()
    assert posted["ingested"] == 1
    store = writer.app.state.store
    again = ingest(store, [RawDocument(id="cli", html=page)], analyzer=analyzer)
    assert (again.ingested, again.skipped) == (0, 1)


def test_ingest_refuses_a_body_that_is_not_utf8(writer: TestClient) -> None:
    response = writer.post("/ingest", content=b"\xff\xfe{}")
    assert response.status_code == 400
