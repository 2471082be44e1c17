"""The dashboard in a real browser: Debian's Chromium driven by Playwright.

The server (uvicorn, 127.0.0.1, a free port) serves a store built from the
repository's samples (plus the hand-made records of conftest). Screenshots
go to ``artifacts/`` at the repository root; their paths are printed.
No browser is downloaded: without /usr/bin/chromium these tests skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
SAMPLE_TITLE = "Turkish security chief meets Georgian president in Tbilisi"

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason=f"no Chromium at {CHROMIUM}: `apt-get install chromium` "
                              "(.ci/run does) to run the browser tests"),
]

if CHROMIUM.exists():
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--headless=new", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems: list[str] = []
    host = urlsplit(live_server).netloc

    def on_request(request: Request) -> None:
        where = urlsplit(request.url)
        if where.scheme in ("http", "https") and where.netloc != host:
            problems.append(f"request to another host: {request.url}")

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console error: {message.text}")

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    yield page
    context.close()
    assert problems == []


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def ready(page: Page, view: str) -> None:
    """Wait until the view of the page's current address is drawn."""
    page.wait_for_function("() => { const m = document.getElementById('main');"
                           " return m.dataset.ready === 'true' && m.dataset.route === "
                           "location.hash; }")
    assert page.locator("main").get_attribute("data-view") == view
    assert not page.locator("#error").is_visible(), page.locator("#error").text_content()


def bar_count(periods: list[dict[str, Any]]) -> int:
    """Bars a stacked chart draws: one per period and QuadClass with events."""
    return sum(1 for p in periods for q in "1234" if p["q" + q])


def test_article_view_dyad_view_and_the_rest(page: Page, live_server: str) -> None:
    page.goto(live_server + "/")
    ready(page, "articles")
    page.get_by_role("link", name=SAMPLE_TITLE).click()
    ready(page, "article")
    assert page.locator("#article-title").text_content() == SAMPLE_TITLE
    aid = page.url.split("#/article/")[1]
    record = httpx.get(f"{live_server}/api/articles/{aid}").json()

    # entities, quotes with their speakers, and event triggers are highlighted
    text = page.locator("#article-text")
    assert text.locator(".ent").count() >= len(record["entities"])
    assert text.locator(".quote").count() >= len(record["quotes"]) > 0
    tags = text.locator(".speaker-tag").all_text_contents()
    assert len(tags) == len({q["start"] for q in record["quotes"]})
    names = {e["id"]: e["name"] for e in record["entities"]}
    for quote in record["quotes"]:
        if quote["speaker"]:
            assert names[quote["speaker"]] in tags
    assert "Irakli Mchedlidze" in tags and "Kemal Aydıner" in tags
    quote = page.locator("#quote-list .quote-item", has_text="not only neighbours")
    assert quote.locator(".speaker-name").text_content() == "Irakli Mchedlidze"
    events = record["events"]
    assert page.locator("#event-list .event-item").count() == len(events)
    # one mark per trigger span; events that share a trigger ("Kenya and Uganda
    # agreed") share its mark, listing both in data-events
    assert text.locator(".trigger").count() >= len(
        {(v["evidence"]["start"], v["evidence"]["end"]) for v in events})
    for v in events:
        assert text.locator(f'[data-events~="{v["id"]}"]').count() >= 1
    if events:
        item = page.locator("#event-list .event-item").first
        item.click()
        flashed = text.locator(f'[data-events~="{events[0]["id"]}"]').first
        assert "flash" in (flashed.get_attribute("class") or "")
    screenshot(page, "dashboard-article.png")

    # a hand-made article with events: click an event, its evidence flashes
    page.goto(f"{live_server}/#/article/hand-1")
    ready(page, "article")
    page.locator('#event-list .event-item[data-event="v1"]').click()
    evidence = page.locator('#article-text [data-events~="v1"]')
    assert evidence.text_content() == "met"
    page.wait_for_function(
        "() => document.querySelector('#article-text [data-events~=\"v1\"]')"
        ".classList.contains('flash')")
    item_text = page.locator('#event-list .event-item[data-event="v1"]').text_content() or ""
    for words in ("040", "CONSULT", "Ali Shamkhani (IRNGOV)", "Ilham Aliyev (AZEGOV)", "Baku",
                  "2021-12-17"):
        assert words in item_text
    screenshot(page, "dashboard-article-events.png")

    # the dyad view: TUR and GEO, picked in the form
    page.get_by_role("link", name="Dyads").click()
    ready(page, "dyad")
    page.fill("#dyad-a", "TUR")
    page.fill("#dyad-b", "GEO")
    page.click("#dyad-show")
    page.wait_for_url("**/#/dyad/TUR/GEO?by=week")
    ready(page, "dyad")
    timeline = httpx.get(f"{live_server}/api/dyads/TUR/GEO/timeline").json()["periods"]
    # the samples' Turkey-Georgia articles are of March-April 2024 (the hand-made one is 2022)
    assert any(p["period"] >= "2024-01-01" for p in timeline), "no TUR-GEO events in samples/"
    bars = page.locator("#dyad-chart rect.bar")
    assert bars.count() == bar_count(timeline) > 0
    assert page.locator("#events-table tbody tr").count() > 0
    screenshot(page, "dashboard-dyad-tur-geo.png")

    # IRN and AZE: weeks of cooperation and conflict, and the Goldstein line
    page.goto(f"{live_server}/#/dyad/IRN/AZE?by=week")
    ready(page, "dyad")
    timeline = httpx.get(f"{live_server}/api/dyads/IRN/AZE/timeline").json()["periods"]
    assert page.locator("#dyad-chart rect.bar").count() == bar_count(timeline)
    assert page.locator("#dyad-chart rect.bar.q4").count() >= 1  # the hand-made shelling
    assert page.locator("#dyad-chart .gold-dot").count() == len(timeline)
    screenshot(page, "dashboard-dyad-irn-aze.png")

    # the actor network, the map and the quotes explorer
    page.get_by_role("link", name="Network").click()
    ready(page, "network")
    assert page.locator("#network-chart .node").count() >= 5
    assert page.locator("#network-chart path.edge.coop").count() > 0
    assert page.locator("#network-chart path.edge.conf").count() > 0
    assert page.locator("#graphml-link").get_attribute("href") == (
        "/api/network.graphml?level=country")
    screenshot(page, "dashboard-network.png")

    page.get_by_role("link", name="Map").click()
    ready(page, "map")
    assert page.locator("#map-chart path.country").count() > 150
    assert page.locator("#map-chart circle.place.has-events").count() >= 2
    screenshot(page, "dashboard-map.png")

    page.get_by_role("link", name="Quotes").click()
    ready(page, "quotes")
    page.fill("#quote-filters input[name=speaker]", "Mchedlidze")
    page.click("#quote-filters button")
    page.wait_for_url("**/#/quotes?speaker=Mchedlidze")
    ready(page, "quotes")
    speakers = page.locator("#quotes-table .speaker-cell strong").all_text_contents()
    assert speakers and set(speakers) == {"Irakli Mchedlidze"}
    screenshot(page, "dashboard-quotes.png")


def test_events_view_filters_and_exports_csv(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/#/events?dyad=IRN,AZE")
    ready(page, "events")
    total = httpx.get(f"{live_server}/api/events", params={"dyad": "IRN,AZE"}).json()["total"]
    assert page.locator("#events-table tbody tr").count() == min(total, 50)
    link = page.locator("#csv-link").get_attribute("href")
    assert link == "/api/events.csv?dyad=IRN%2CAZE"
    with page.expect_download() as download:
        page.click("#csv-link")
    saved = ARTIFACTS / "events-irn-aze.csv"
    ARTIFACTS.mkdir(exist_ok=True)
    download.value.save_as(str(saved))
    print(f"download: {saved}")
    lines = saved.read_text("utf-8").splitlines()
    assert lines[0].startswith("article_id,id,date") and len(lines) == total + 1
