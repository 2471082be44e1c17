"""Inputs on the web: ``newsevents ingest https://example.org/feed.xml``.

For users with a network (nothing here runs unless a URL is given): the address
is fetched with ``httpx``; a feed (RSS or Atom) gives one article per entry, read
from the page the entry links to (the full story, by trafilatura, as an HTML file
is read), with the entry's title and date where the page has none, and from the
entry's own text when the page cannot be fetched or holds no story; an HTML page
is one article. Politely: one request at a time, at least ``Options.fetch_delay``
seconds between two requests to the same host, the host's ``robots.txt`` obeyed
(an address it disallows is skipped, not fetched), a ``User-Agent`` naming
newsevents, at most ``--max-bytes`` read from any response and 30 s for each.
Every failure is a ``Skipped`` naming the address; nothing stops the run.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from .._version import __version__
from ..config import Options
from ..records import Article, Skipped
from .feeds import looks_like_feed, read_feed
from .files import decode, human_size

Item = Article | Skipped

USER_AGENT = f"newsevents/{__version__} (+https://pypi.org/project/newsevents/)"
TIMEOUT = 30.0


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


class _Fetcher:
    """One client for the run: per-host pacing and robots.txt."""

    def __init__(self, options: Options) -> None:
        import httpx

        self.options = options
        self.client = httpx.Client(timeout=TIMEOUT, follow_redirects=True, max_redirects=5,
                                   headers={"User-Agent": USER_AGENT})
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.options.fetch_delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)  # politeness toward the host, not a test's timing
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            rules: urllib.robotparser.RobotFileParser | None = None
            got = self._get(urljoin(root, "/robots.txt"), check=False)
            if isinstance(got, tuple) and got[0] == 200:
                rules = urllib.robotparser.RobotFileParser()
                rules.parse(got[2].decode("utf-8", "replace").splitlines())
            self._robots[root] = rules
        rules = self._robots[root]
        return rules is None or rules.can_fetch(USER_AGENT, url)

    def _get(self, url: str, check: bool = True) -> tuple[int, str, bytes] | str:
        """(status, content type, body) or why not."""
        import httpx

        try:
            if check and not self.allowed(url):
                return "disallowed by the site's robots.txt"
            self._wait(urlsplit(url).netloc)
        except (ValueError, UnicodeError) as exc:
            return f"not a usable address: {str(exc)[:200]}"
        limit = self.options.max_bytes
        try:
            with self.client.stream("GET", url) as response:
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        return (f"more than the {human_size(limit)} limit for one article "
                                "(--max-bytes)")
                return (response.status_code, response.headers.get("content-type", ""),
                        bytes(body))
        except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as exc:
            return f"cannot fetch: {type(exc).__name__}: {str(exc)[:200]}"

    def get(self, url: str) -> tuple[str, bytes] | Skipped:
        got = self._get(url)
        if isinstance(got, str):
            return Skipped(url, "too_large" if "limit" in got else "unsupported", got)
        status, ctype, body = got
        if status != 200:
            return Skipped(url, "unsupported", f"the server answered {status}")
        return ctype, body


def read_url(url: str, options: Options, html: Callable[..., Item],
             text: Callable[..., Item]) -> Iterator[Item]:
    """The articles at ``url``: a feed's linked stories, or one page."""
    fetcher = _Fetcher(options)
    try:
        got = fetcher.get(url)
        if isinstance(got, Skipped):
            yield got
            return
        ctype, body = got
        if looks_like_feed(body) or any(k in ctype for k in ("rss", "atom")):
            yield from _feed(url, body, options, fetcher, html, text)
            return
        decoded = decode(body, url)
        yield decoded if isinstance(decoded, Skipped) else html(decoded.text, options,
                                                                 origin=url, url=url)
    finally:
        fetcher.close()


def _feed(url: str, body: bytes, options: Options, fetcher: _Fetcher,
          html: Callable[..., Item], text: Callable[..., Item]) -> Iterator[Item]:
    def entry_text(words: str, options: Options, **meta: Any) -> Item:
        link = meta.get("url")
        if not link:
            return text(words, options, **meta)
        page = fetcher.get(urljoin(url, link))
        if isinstance(page, tuple):
            decoded = decode(page[1], meta["origin"])
            if not isinstance(decoded, Skipped):
                story = html(decoded.text, options, origin=meta["origin"],
                             url=urljoin(url, link))
                if isinstance(story, Article):
                    story.title = story.title or meta.get("title")
                    story.published = story.published or meta.get("published")
                    story.source = story.source or meta.get("source")
                    return story
        # the page is gone or holds no story: the feed's own words for it
        return text(words, options, **meta)

    yield from read_feed(body, url, options, entry_text)


__all__ = ["USER_AGENT", "is_url", "read_url"]
