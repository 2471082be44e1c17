"""Feeds and pages on the web, served here on 127.0.0.1 by the test itself."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from newsevents import Article, Options, Skipped, read

STORY = ("Kenyan police arrested twelve protesters in Nairobi on Monday after a march against "
         "new taxes turned violent, officials said. The protesters had gathered outside "
         "parliament since early morning, chanting against the finance bill.")


def _page(title: str, text: str) -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><nav>Home</nav>"
            f"<article><h1>{title}</h1><p>{text}</p><p>{text}</p></article></body></html>")


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Arrests in Nairobi</title><link>/story/1</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>Teaser only.</description></item>
<item><title>Talks in Lima</title><link>/gone</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>The foreign ministers of Chile
and Peru met in Lima on Tuesday and agreed to reopen talks on their maritime border.
</description></item>
<item><title>Private</title><link>/private/3</link><description>Secret teaser text here for
the item that robots.txt forbids the crawler to fetch at all.</description></item>
</channel></rss>"""

PAGES = {"/feed.xml": ("application/rss+xml", FEED),
         "/story/1": ("text/html; charset=utf-8", _page("Arrests in Nairobi", STORY)),
         "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n")}


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        found = PAGES.get(self.path)
        if found is None:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = found
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Handler.seen = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_a_feed_url_gives_the_stories_its_entries_link_to(site: str) -> None:
    options = replace(Options(), fetch_delay=0.0)
    got = list(read([f"{site}/feed.xml"], options))
    assert [type(g) for g in got] == [Article, Article, Article]
    story, fallback, private = got
    assert isinstance(story, Article) and isinstance(fallback, Article)
    # the linked page's full story, not the feed's teaser
    assert story.text.startswith("Kenyan police") and "Teaser" not in story.text
    assert story.url == f"{site}/story/1" and story.published == "2024-03-04"
    # a page that is gone: the entry's own words, nothing lost
    assert fallback.text.startswith("The foreign ministers") and fallback.title == "Talks in Lima"
    # robots.txt is obeyed: the page is never requested, the entry keeps its own words
    assert "/private/3" not in _Handler.seen
    assert isinstance(private, Article) and private.text.startswith("Secret teaser")


def test_a_page_url_is_one_article_and_a_dead_address_one_line(site: str) -> None:
    options = replace(Options(), fetch_delay=0.0)
    got = list(read([f"{site}/story/1", f"{site}/nothing", "http://127.0.0.1:9/x",
                     "http://[::1/broken"], options))
    assert [type(g) for g in got] == [Article, Skipped, Skipped, Skipped]
    assert isinstance(got[1], Skipped) and "404" in got[1].detail
    assert isinstance(got[2], Skipped) and got[2].detail.startswith("cannot fetch")
