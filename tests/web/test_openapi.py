"""Schemathesis against our own OpenAPI: generated requests to every read never get a 5xx."""

from __future__ import annotations

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from newsgraph.store import Store
from newsgraph.web import ServeSettings, create_app


def _check(operation: APIOperation) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=40,
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
