"""The server-rendered pages, read as HTML: what each shows, and that all of it is escaped."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.corpus import BROOK_QUOTE


def _page(client: TestClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def _article_id(client: TestClient, doc_id: str) -> int:
    items = client.get("/articles?limit=50").json()["items"]
    return int(next(a["id"] for a in items if a["doc_id"] == doc_id))


def _entity_id(client: TestClient, name: str) -> int:
    return int(client.get("/entities", params={"name": name}).json()["items"][0]["id"])


def test_home_shows_figures_and_most_quoted(client: TestClient) -> None:
    page = _page(client, "/")
    assert "<strong>4</strong> articles" in page
    speakers = re.findall(
        r'<li><a href="/entity/\d+">([^<]+)</a> <span class="meta">(\d+) quote', page
    )
    assert speakers[0] == ("Elena Brook", "3")


def test_article_page_marks_quotes_and_shows_other_outlets(client: TestClient) -> None:
    page = _page(client, f"/article/{_article_id(client, 'gazette-harbour-vote')}")
    assert "<h1>Council approves a new harbour wall after a long night</h1>" in page
    assert '<span class="outlet">Harbour Gazette</span>' in page
    assert f'title="direct quote: Mayor Elena Brook">{BROOK_QUOTE}</span>' in page
    card = page[page.index('id="card-0"') : page.index('id="card-1"')]
    coastal = _article_id(client, "coastal-harbour-wall")
    assert f'<a href="/article/{coastal}">Coastal Times (2025-03-04)</a>' in card
    assert f'href="/entity/{_entity_id(client, "Elena Brook")}">Elena Brook</a>' in card


def test_a_quote_card_shows_the_attributions_inside_it(client: TestClient) -> None:
    page = _page(client, f"/article/{_article_id(client, 'coastal-harbour-wall')}")
    card = page[page.index('id="card-1"') : page.index("</ol>")]
    nested = card[card.index('class="nested"') :]
    assert '<span class="speaker">the harbour master</span> <span class="cue">told</span>' in nested
    assert ": that work on the wall would start in the autumn" in nested
    first = page[page.index('id="card-0"') : page.index('id="card-1"')]
    assert 'class="nested"' not in first


def test_entity_page_lists_quotes_by_and_about_with_a_chart(client: TestClient) -> None:
    page = _page(client, f"/entity/{_entity_id(client, 'Tom Reyes')}")
    assert '<h1 class="entity-name">Tom Reyes</h1>' in page
    assert "<strong>Roles:</strong> councillor" in page
    by = page[page.index("Quotes by Tom Reyes") : page.index("Quotes about Tom Reyes")]
    assert "We are borrowing money" in by and "ferries" not in by
    about = page[page.index("Quotes about Tom Reyes") :]
    assert "Tom Reyes has never once offered" in about
    assert page.count("<rect ") == 2


def test_entity_quotes_are_newest_first(client: TestClient) -> None:
    page = _page(client, f"/entity/{_entity_id(client, 'Elena Brook')}")
    by = page[page.index("Quotes by") : page.index("Quotes about")]
    dates = re.findall(r'<time datetime="([\d-]+)"', by)
    assert dates == sorted(dates, reverse=True) and len(dates) == 3


def test_search_finds_quotes_and_articles(client: TestClient) -> None:
    page = _page(client, "/search?q=ferries")
    assert "Tom Reyes has never once offered a better way to pay for the ferries" in page
    assert "Mayor defends ferry fare rise" in page
    narrowed = _page(client, "/search?speaker=Elena+Brook&since=2025-03-04&until=2025-03-04")
    assert "Coastal Times" in narrowed and "Harbour Gazette" not in narrowed


def test_search_ignores_a_malformed_date(client: TestClient) -> None:
    assert "ferries" in _page(client, "/search?q=ferries&since=yesterday")


def test_every_value_is_escaped(client: TestClient) -> None:
    article = _page(client, f"/article/{_article_id(client, 'ledger-tricks')}")
    entity = _page(client, f"/entity/{_entity_id(client, 'Dana <b>Whit</b>')}")
    home = _page(client, "/")
    search = _page(client, "/search?q=pwned+%3Cscript%3E")
    for page in (article, entity, home, search):
        assert page.count("<script") == 1, "only our own script tag"
        assert "<img" not in page and "<svg onload" not in page and "<b>" not in page
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in article
    assert "{{ 7 * 7 }}" in article


def test_missing_pages_are_html_404s(client: TestClient) -> None:
    for url in ("/article/9999", "/entity/9999", "/article/0"):
        response = client.get(url)
        assert response.status_code == 404
        assert "<h1>Not found</h1>" in response.text
