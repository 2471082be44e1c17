"""RSS and Atom feeds: ``*.rss``, ``*.atom`` (and ``*.xml`` that is a feed).

Read with ``feedparser`` (RSS 0.9x-2.0, RSS 1.0, Atom 0.3 and 1.0, and the
broken feeds of the real web). Each entry is an article: its full content
(``content:encoded``, Atom ``content``) when the feed carries it, else its
summary, as text (markup removed, paragraphs kept); the entry's title, link,
publication date and author, and the feed's title as the source. ``FILE#N`` (the
entry's number) is its origin. An entry with no text is skipped as ``no_text``;
a file with no entries that feedparser could not parse is ``malformed``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

from ..config import Options
from ..records import Article, Skipped

Item = Article | Skipped

FEED_SUFFIXES = {".rss", ".atom"}
_FEED_HEAD = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_HEAD.search(data[:4096]))


def _text(markup: str) -> str:
    """Text of an HTML fragment, a paragraph per block element."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]{0,2000}>", " ", markup).strip()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    return re.sub(r"\n\s*\n\s*", "\n\n", re.sub(r"[ \t]+", " ", text)).strip()


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except (ValueError, AttributeError):
                continue
    return None


def read_feed(data: bytes, origin: str, options: Options,
              text: Callable[..., Item]) -> Iterator[Item]:
    """The entries of a feed, each made an article by ``text`` (``from_text``)."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            yield Skipped(origin, "malformed",
                          f"not a readable feed: {str(parsed.get('bozo_exception'))[:200]}")
        else:
            yield Skipped(origin, "no_text", "the feed has no entries")
        return
    source = (parsed.get("feed") or {}).get("title")
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}#{number}"
        contents = entry.get("content") or []
        body = max((c.get("value", "") for c in contents), key=len, default="")
        body = body or entry.get("summary", "") or ""
        words = _text(body)
        if not words:
            yield Skipped(where, "no_text", "this feed entry has no text")
            continue
        yield text(words, options, origin=where, title=entry.get("title"),
                   url=entry.get("link"), source=source, published=_date(entry),
                   authors=entry.get("author"))


__all__ = ["FEED_SUFFIXES", "looks_like_feed", "read_feed"]
