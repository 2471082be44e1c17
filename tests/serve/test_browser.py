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
        "/api/network.graphml?level=country&min_events=1")
    screenshot(page, "dashboard-network.png")

    page.get_by_role("link", name="Map").click()
    ready(page, "map")
    # the world from /api/atlas: land, lakes and borders, drawn under the places
    land = page.locator("#map-chart path.land").get_attribute("d") or ""
    assert land.count("M") > 500
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


# ---------------------------------------------------------------- every view, three stores

VIEWS = [("articles", "Articles"), ("events", "Events"), ("dyad/IRN/AZE", "Dyad IRN–AZE"),
         ("network", "Network"), ("network?as=matrix", "Network"), ("map", "Map"),
         ("quotes", "Quotes")]


def audit(page: Page) -> list[str]:
    """Serious and critical WCAG 2.1 A/AA violations axe-core finds on the page."""
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page, options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in found.response["violations"] if v["impact"] in ("serious", "critical")]


def check_view(page: Page, url: str, route: str, title: str, width: int) -> None:
    page.goto(f"{url}/#/{route}")
    ready(page, route.split("/")[0].split("?")[0])
    assert page.title() == f"{title} · newsevents"
    assert page.locator("h1").count() == 1 and page.locator("main h2").count() >= 1
    # nothing wider than the screen: wide tables scroll inside their own box
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, route
    assert audit(page) == [], route


@pytest.mark.parametrize("width", [1366, 390])
def test_every_view_on_the_samples_store(browser: Browser, live_server: str,
                                         width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for route, title in VIEWS:
        check_view(page, live_server, route, title, width)
        if route == "events":
            assert page.locator("#events-table tbody tr").count() > 0
        if route == "map":
            assert page.locator("#map-chart .place-mark").count() > 0
        if route == "network?as=matrix":
            assert page.locator("#network-matrix tbody tr").count() >= 5
        screenshot(page, f"view-{route.split('?')[0].replace('/', '-')}-{width}.png")
    context.close()


@pytest.mark.parametrize("width", [1366, 390])
def test_every_view_on_an_empty_store_says_so(browser: Browser, empty_server: str,
                                              width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for route, title in VIEWS:
        check_view(page, empty_server, route, title, width)
        assert page.locator(".empty").count() >= 1, route
        assert page.locator(".empty").first.is_visible()
    context.close()


@pytest.mark.parametrize("width", [1366, 390])
def test_every_view_on_a_store_of_30000_events(browser: Browser, big_server: str,
                                               width: int) -> None:
    from .conftest import BIG_EVENTS

    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for route, title in VIEWS:
        check_view(page, big_server, route, title, width)
    stats = httpx.get(f"{big_server}/api/stats").json()["counts"]
    assert stats["events"] == BIG_EVENTS
    # the events view pages through all of them, 50 at a time, and says how many
    page.goto(f"{big_server}/#/events?negated=true")
    ready(page, "events")
    assert page.locator("#events-total").text_content().startswith(f"{BIG_EVENTS} events")
    assert page.locator("#events-table tbody tr").count() == 50
    # a dense network: the busiest pairs drawn, the rest said to be left out
    page.goto(f"{big_server}/#/network")
    ready(page, "network")
    assert page.locator("#network-pruned").is_visible()
    assert page.locator("#network-chart path.edge").count() <= 2 * 150
    # circles that would overlap are clusters; zooming in splits them
    page.goto(f"{big_server}/#/map")
    ready(page, "map")
    before = page.locator("#map-chart .place-mark").count()
    assert page.locator("#map-chart .place-mark.cluster").count() >= 1
    for _ in range(7):  # Tbilisi and Yerevan, 1.5 degrees apart, part at 1.5**7 = 17x
        page.click(".zoom-in")
    assert page.locator("#map-chart .place-mark").count() > before
    screenshot(page, f"view-big-map-zoomed-{width}.png")
    context.close()


# ---------------------------------------------------------------- keyboard only


def tab_to(page: Page, selector: str, most: int = 400) -> None:
    """Press Tab until the focused element matches ``selector`` (fails after ``most``)."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate("(sel) => document.activeElement && document.activeElement"
                         ".matches(sel)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_keyboard_reaches_and_works_every_view(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/#/articles")
    ready(page, "articles")
    # the navigation, by keyboard
    tab_to(page, '#nav a[data-view="events"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/#/events")
    ready(page, "events")
    # sort by Goldstein from the column header
    tab_to(page, '#events-table th button.sort[aria-label^="Goldstein"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**sort=goldstein**")
    ready(page, "events")
    assert page.locator("#events-table th[aria-sort=ascending]").text_content().startswith(
        "Goldstein")
    scores = [float(t) for t in page.locator("#events-table tbody td:nth-child(5)")
              .all_text_contents()]
    assert scores == sorted(scores)
    # a filter typed and sent with Enter
    tab_to(page, "#event-filters input[name=q]")
    page.keyboard.type("Baku")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=Baku**")
    ready(page, "events")
    # the article view: an event item flashes its evidence on Space
    page.goto(f"{live_server}/#/article/hand-1")
    ready(page, "article")
    tab_to(page, '#event-list .event-item[data-event="v1"]')
    page.keyboard.press(" ")
    page.wait_for_function("() => document.querySelector('#article-text [data-events~=\"v1\"]')"
                           ".classList.contains('flash')")
    tab_to(page, '#quote-list .quote-item[data-quote="q1"]')
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#article-text [data-quotes~=\"q1\"]')"
                           ".classList.contains('flash')")
    # the network: two actors picked with Enter open their dyad
    page.goto(f"{live_server}/#/network")
    ready(page, "network")
    tab_to(page, '#network-chart .node[data-id="IRN"]')
    page.keyboard.press("Enter")
    assert "IRN picked" in (page.locator("#network-picked").text_content() or "")
    tab_to(page, '#network-chart .node[data-id="AZE"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/#/dyad/IRN/AZE")
    ready(page, "dyad")
    # the map: zoom with the buttons, a place's events with Enter
    page.goto(f"{live_server}/#/map")
    ready(page, "map")
    box = page.locator("#map-chart").get_attribute("viewBox")
    tab_to(page, ".zoom-in")
    page.keyboard.press("Enter")
    assert page.locator("#map-chart").get_attribute("viewBox") != box
    tab_to(page, ".zoom-reset")
    page.keyboard.press("Enter")
    assert page.locator("#map-chart").get_attribute("viewBox") == box
    tab_to(page, '#map-chart .place-mark[data-name="Baku"]')
    page.keyboard.press("Enter")
    page.wait_for_function("() => /Baku: \\d+ events/.test("
                           "document.querySelector('#place-events h3')?.textContent || '')")
    # quotes: page size from the keyboard
    page.goto(f"{live_server}/#/quotes")
    ready(page, "quotes")
    tab_to(page, ".pager select")
    page.keyboard.press("ArrowDown")  # 50 -> 100
    page.wait_for_url("**limit=100**")
    ready(page, "quotes")


# ---------------------------------------------------------------- downloads


def test_downloads_match_the_api_row_for_row(page: Page, live_server: str) -> None:
    import csv
    import io
    import json

    page.goto(f"{live_server}/#/events?actor=IRN&negated=true")
    ready(page, "events")
    api = httpx.get(f"{live_server}/api/events", params={"actor": "IRN", "negated": "true",
                                                         "limit": 500}).json()
    assert api["total"] > 0
    with page.expect_download() as download:
        page.click("#jsonl-link")
    rows = [json.loads(line) for line in
            Path(download.value.path()).read_text("utf-8").splitlines()]
    assert rows == api["items"]
    with page.expect_download() as download:
        page.click("#csv-link")
    table = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    assert [(r["article_id"], r["id"], r["code"], r["lat"]) for r in table] == [
        (r["article_id"], r["id"], r["code"], "" if r["lat"] is None else str(r["lat"]))
        for r in api["items"]]
    with page.expect_download() as download:
        page.click("#gdelt-events-link")
    gdelt = Path(download.value.path()).read_text("utf-8").splitlines()
    assert gdelt[0].startswith("GLOBALEVENTID\tSQLDATE")
    assert gdelt[1:] == httpx.get(f"{live_server}/api/export/gdelt-events").text.splitlines()[1:]
    page.goto(f"{live_server}/#/quotes?actor=IRN")
    ready(page, "quotes")
    quotes = httpx.get(f"{live_server}/api/quotes", params={"actor": "IRN",
                                                           "limit": 500}).json()
    with page.expect_download() as download:
        page.click("#quotes-csv-link")
    table = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    assert [(r["article_id"], r["id"], r["text"]) for r in table] == [
        (r["article_id"], r["id"], r["text"]) for r in quotes["items"]]
    assert len(table) == quotes["total"] > 0
