"""Schemathesis against our own OpenAPI: generated requests never get a server error."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from newsgraph.analyze import Analyzer
from newsgraph.store import Store, open_store
from newsgraph.web import ServeSettings, create_app


def _check(operation: APIOperation, examples: int = 40) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def generated(case: schemathesis.Case) -> None:
        case.call_and_validate(
            checks=[not_a_server_error, status_code_conformance, response_schema_conformance]
        )

    generated()


def test_reads_never_fail_on_the_server(store: Store) -> None:
    """A bounded run: 40 generated requests per GET operation, in process."""
    app = create_app(ServeSettings(), store=store)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    reads = [op for op in operations if op.method.upper() == "GET"]
    assert len(reads) == 7
    for operation in reads:
        _check(operation)


@pytest.mark.model
def test_writes_never_fail_on_the_server(analyzer: Analyzer, tmp_path: Path) -> None:
    """Generated bodies for /analyze and /ingest: refused or analysed, never a 5xx."""
    with open_store(str(tmp_path / "writes.db")) as store:
        schemathesis.serializer.alias("application/x-ndjson", "text/plain")
        app = create_app(ServeSettings(), store=store, analyzer=analyzer)
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        operations = [result.ok() for result in schema.get_all_operations()]
        writes = [op for op in operations if op.method.upper() == "POST"]
        assert sorted(op.path for op in writes) == ["/analyze", "/ingest"]
        for operation in writes:
            _check(operation, examples=15)


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {
        "/analyze",
        "/articles",
        "/articles/{article_id}",
        "/entities",
        "/entities/{entity_id}",
        "/ingest",
        "/quotes",
        "/quotes/clusters/{cluster_id}",
        "/stats",
    }
