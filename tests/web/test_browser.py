"""End to end in Debian's chromium: read an article, click a quote, follow the speaker, search.

Screenshots land in out/screenshots/ for a look at the layout by eye.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, Route, expect, sync_playwright

from tests.web.server import serving

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="browser tests need /usr/bin/chromium (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def base(corpus_db: str) -> Iterator[str]:
    with serving(corpus_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    yield opened
    context.close()


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def _article(base: str, doc_id: str) -> str:
    items = httpx.get(f"{base}/articles?limit=50").json()["items"]
    return f"{base}/article/{next(a['id'] for a in items if a['doc_id'] == doc_id)}"


def test_click_a_quote_then_its_speaker(page: Page, base: str) -> None:
    page.goto(_article(base, "gazette-harbour-vote"))
    _shot(page, "article")
    page.locator('.body .quote[data-quote="0"]').click()
    popover = page.locator("#popover")
    expect(popover).to_be_visible()
    expect(popover).to_contain_text("Elena Brook")
    expect(popover).to_contain_text("Coastal Times (2025-03-04)")
    expect(page.locator('.body .source[data-quote="0"]')).to_have_class("source active")
    _shot(page, "article-quote-clicked")
    popover.get_by_role("link", name="Elena Brook").click()
    expect(page.locator("h1")).to_have_text("Elena Brook")
    expect(page.locator("svg.chart rect")).to_have_count(3)
    _shot(page, "speaker")


def test_escape_closes_the_card_and_enter_opens_it(page: Page, base: str) -> None:
    page.goto(_article(base, "gazette-harbour-vote"))
    page.locator('.body .quote[data-quote="1"]').focus()
    page.keyboard.press("Enter")
    expect(page.locator("#popover")).to_contain_text("Tom Reyes")
    page.keyboard.press("Escape")
    expect(page.locator("#popover")).to_be_hidden()


def test_search_from_the_header(page: Page, base: str) -> None:
    page.goto(base)
    _shot(page, "home")
    page.locator("#quick-q").fill("ferries")
    page.locator("#quick-q").press("Enter")
    expect(page).to_have_url(f"{base}/search?q=ferries")
    quotes = page.get_by_role("region", name="Quotes found")
    expect(quotes).to_contain_text("never once offered a better way to pay for the ferries")
    page.get_by_role("region", name="Articles found").get_by_role("link").first.click()
    expect(page.locator("h1")).to_have_text("Mayor defends ferry fare rise")
    page.goto(f"{base}/search?q=wall&speaker=Elena+Brook")
    _shot(page, "search")


def test_markup_in_articles_never_runs(page: Page, base: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(_article(base, "ledger-tricks"))
    page.locator(".body .quote").first.click()
    expect(page.locator("#popover")).to_contain_text("window.pwned = 3")
    _shot(page, "article-tricks")
    page.locator("#popover a.speaker").click()
    expect(page.locator("h1")).to_have_text("Dana <b>Whit</b>")
    page.goto(f"{base}/search?q=pwned")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert dialogs == []
    assert page.locator("script").count() == 1


def test_phone_width_has_no_sideways_scroll(browser: Browser, base: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    phone = context.new_page()
    try:
        for name, url in (
            ("phone-article", _article(base, "gazette-ferry-fares")),
            ("phone-home", base),
        ):
            phone.goto(url)
            assert phone.evaluate("document.documentElement.scrollWidth") <= 375, name
            _shot(phone, name)
    finally:
        context.close()


def test_readable_without_javascript(browser: Browser, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    try:
        plain.goto(_article(base, "gazette-harbour-vote"))
        card = plain.locator("#card-0")
        expect(card).to_contain_text("Also carried by: Coastal Times")
        card.get_by_role("link", name="Elena Brook").click()
        expect(plain.locator("h1")).to_have_text("Elena Brook")
    finally:
        context.close()


def test_api_docs_render_with_no_network_beyond_the_server(page: Page, base: str) -> None:
    """Swagger UI's script and styles come from the package, so /docs works offline."""
    outside: list[str] = []

    def only_local(route: Route) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(f"{base}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("newsgraph")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    assert outside == []
