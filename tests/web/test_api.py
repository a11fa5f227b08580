"""The read API over our corpus: pages, filters, records, and JSON errors."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from newsgraph.store import Store, queries
from tests.web.corpus import BROOK_QUOTE


def _ids(client: TestClient, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return [item["doc_id"] for item in response.json()["items"]]


def test_articles_newest_first_and_paged(client: TestClient) -> None:
    first = client.get("/articles?limit=3").json()
    assert [a["doc_id"] for a in first["items"]] == [
        "ledger-tricks",
        "gazette-ferry-fares",
        "coastal-harbour-wall",
    ]
    assert first["next_offset"] == 3
    last = client.get("/articles?limit=3&offset=3").json()
    assert [a["doc_id"] for a in last["items"]] == ["gazette-harbour-vote"]
    assert last["next_offset"] is None


def test_articles_filter_by_outlet_and_dates(client: TestClient) -> None:
    assert _ids(client, "/articles?outlet=harbour%20gazette") == [
        "gazette-ferry-fares",
        "gazette-harbour-vote",
    ]
    assert _ids(client, "/articles?since=2025-03-04&until=2025-03-13") == [
        "gazette-ferry-fares",
        "coastal-harbour-wall",
    ]


def test_article_carries_its_document(client: TestClient) -> None:
    listed = client.get("/articles?outlet=Coastal%20Times").json()["items"][0]
    article = client.get(f"/articles/{listed['id']}").json()
    assert article["outlet"] == "Coastal Times"
    assert article["document"]["attributions"][0]["content"]["text"] == BROOK_QUOTE


def test_entities_by_article_count_and_by_name(client: TestClient) -> None:
    names = [e["name"] for e in client.get("/entities").json()["items"]]
    assert names[:2] == ["Elena Brook", "Tom Reyes"]
    found = client.get("/entities?name=Reyes").json()["items"]
    assert [e["name"] for e in found] == ["Tom Reyes"]


def test_entity_detail_has_quotes_by_and_about_and_a_timeline(client: TestClient) -> None:
    reyes = client.get("/entities?name=Tom%20Reyes").json()["items"][0]
    detail = client.get(f"/entities/{reyes['id']}").json()
    assert [q["speaker_name"] for q in detail["quotes_by"]] == ["Tom Reyes"]
    assert [q["speaker_name"] for q in detail["quotes_about"]] == ["Elena Brook"]
    assert [p["date"] for p in detail["timeline"]] == ["2025-03-03", "2025-03-13"]


def test_quotes_filter_by_speaker_about_dates_and_words(client: TestClient) -> None:
    by_brook = client.get("/quotes?speaker=Elena%20Brook").json()["items"]
    assert len(by_brook) == 3
    assert [q["published"] for q in by_brook] == sorted(
        (q["published"] for q in by_brook), reverse=True
    )
    about = client.get("/quotes?about=Tom%20Reyes").json()["items"]
    assert [q["speaker_name"] for q in about] == ["Elena Brook"]
    ranged = client.get("/quotes?speaker=Brook&since=2025-03-04&until=2025-03-04").json()
    assert [q["outlet"] for q in ranged["items"]] == ["Coastal Times"]
    words = client.get("/quotes?q=ferries").json()["items"]
    assert [q["doc_id"] for q in words] == ["gazette-ferry-fares"]


def test_cluster_lists_every_outlet_that_carried_the_quote(client: TestClient) -> None:
    quote = client.get("/quotes?q=winter%20storms&limit=1").json()["items"][0]
    cluster = client.get(f"/quotes/clusters/{quote['cluster_id']}").json()
    assert [o["outlet"] for o in cluster["cluster"]["outlets"]] == [
        "Harbour Gazette",
        "Coastal Times",
    ]
    assert {q["content"] for q in cluster["quotes"]} == {BROOK_QUOTE}


def test_stats_count_the_corpus(client: TestClient) -> None:
    stats = client.get("/stats").json()
    assert (stats["articles"], stats["attributions"], stats["shared_quote_clusters"]) == (4, 7, 1)


def test_missing_records_are_json_404s(client: TestClient) -> None:
    for url in ("/articles/999", "/entities/999", "/quotes/clusters/999"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["status"] == 404


def test_bad_parameters_are_json_422s(client: TestClient) -> None:
    bad = ("/articles/abc", "/articles/0", "/quotes?since=March", "/articles?limit=5000")
    for url in (*bad, "/quotes?speaker=%00", "/entities?name=Tom%01"):
        response = client.get(url)
        assert response.status_code == 422, url
        assert response.json()["error"] == "invalid request"
        assert response.json()["details"]


def test_article_json_is_the_stored_record_exactly(client: TestClient, store: Store) -> None:
    for summary in queries.list_articles(store):
        served = client.get(f"/articles/{summary.id}").json()
        stored = queries.get_article(store, summary.id)
        assert stored is not None
        assert served == json.loads(stored.model_dump_json())
