"""Who may write, how much may be sent, and that clients cannot name server paths."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsgraph.store import Store
from newsgraph.web import ServeSettings, create_app
from newsgraph.web.security import is_loopback

TOKEN = "harbour-wall-2025"
NOT_JSONL = b"\n\n"


def _client(store: Store, **settings: object) -> TestClient:
    return TestClient(create_app(ServeSettings.model_validate(settings), store=store))


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.20", False),
        ("example.org", False),
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_writes_beyond_loopback_without_a_token_are_off(store: Store) -> None:
    client = _client(store, host="0.0.0.0")
    response = client.post("/ingest", content=NOT_JSONL)
    assert response.status_code == 403
    assert "NEWSGRAPH_TOKEN" in response.json()["error"]
    assert client.get("/stats").status_code == 200


def test_a_set_token_is_required_and_checked(store: Store) -> None:
    client = _client(store, host="0.0.0.0", token=TOKEN)
    assert client.post("/ingest", content=NOT_JSONL).status_code == 401
    wrong = {"Authorization": "Bearer harbour-wall-2024"}
    assert client.post("/ingest", content=NOT_JSONL, headers=wrong).status_code == 401
    right = {"Authorization": f"Bearer {TOKEN}"}
    response = client.post("/ingest", content=NOT_JSONL, headers=right)
    assert response.status_code == 422
    assert response.json()["error"] == "no documents in the body"


def test_the_token_also_guards_loopback_when_set(store: Store) -> None:
    client = _client(store, token=TOKEN)
    response = client.post("/analyze", json={"text": "The mayor spoke."})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_body_over_the_limit_is_refused_before_parsing(store: Store) -> None:
    client = _client(store, max_body_bytes=200)
    response = client.post("/analyze", json={"text": "The council met again. " * 20})
    assert response.status_code == 413
    assert response.json() == {"error": "request body over 200 bytes", "status": 413}


def test_streamed_body_without_a_length_is_counted(store: Store) -> None:
    client = _client(store, max_body_bytes=200)

    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b'{"id": "stream", "text": "The ferry was late again."}\n'

    assert client.post("/ingest", content=chunks()).status_code == 413


def test_no_field_takes_a_server_path(store: Store) -> None:
    client = _client(store)
    response = client.post("/analyze", json={"path": "/etc/passwd"})
    assert response.status_code == 422
    lines = b'{"id": "p", "path": "/etc/passwd"}\n{"id": "q", "file": "../../secret"}\n'
    result = client.post("/ingest", content=lines).json()
    assert result["ingested"] == 0
    assert [f["error"] for f in result["failed"]] == ["needs exactly one of 'text' and 'html'"] * 2


def test_analyze_wants_exactly_one_body(store: Store) -> None:
    client = _client(store)
    for body in ({}, {"text": "a", "html": "<p>a</p>"}, {"text": 5}):
        assert client.post("/analyze", json=body).status_code == 422
    assert client.post("/analyze", content=b"not json").status_code == 422


def test_a_missing_model_is_the_servers_problem(store: Store) -> None:
    client = _client(store, analysis={"model": "no_such_model_installed"})
    response = client.post("/analyze", json={"text": "The ferry was late again."})
    assert response.status_code == 503
    assert "no_such_model_installed" in response.json()["error"]
