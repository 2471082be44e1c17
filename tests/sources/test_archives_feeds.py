"""Inputs holding many articles: compressed JSON Lines, WARC archives, RSS and Atom
feeds. Every file is built here by the test (no downloads)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents import Article, Skipped
from newsevents.sources import iter_files, read

ONE = ("Kenyan police arrested twelve protesters in Nairobi on Monday after a march "
       "against new taxes turned violent, officials said.")
TWO = ("The foreign ministers of Chile and Peru met in Lima on Tuesday and agreed to "
       "reopen talks on their maritime border, a joint statement said.")


def _jsonl(*texts: str) -> bytes:
    rows = [json.dumps({"text": t, "title": f"Story {n}", "published": "2024-03-0" + str(n)})
            for n, t in enumerate(texts, start=1)]
    return ("\n".join(rows) + "\n").encode()


@pytest.mark.parametrize("name", ["wire.jsonl.gz", "wire.ndjson.zst"])
def test_compressed_json_lines_are_read_line_by_line(tmp_path: Path, name: str) -> None:
    data = _jsonl(ONE, TWO) + b"{not json\n"
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz")
                     else zstandard.ZstdCompressor().compress(data))
    got = list(read([path]))
    assert [type(g) for g in got] == [Article, Article, Skipped]
    assert [g.title for g in got if isinstance(g, Article)] == ["Story 1", "Story 2"]
    assert isinstance(got[2], Skipped) and got[2].reason == "malformed"
    assert got[2].origin.endswith(f"{name}:3")


def test_a_damaged_compressed_file_keeps_what_came_before(tmp_path: Path) -> None:
    whole = gzip.compress(_jsonl(ONE, TWO) * 200)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    got = list(read([path]))
    assert any(isinstance(g, Article) for g in got)
    last = got[-1]
    assert isinstance(last, Skipped) and last.reason == "malformed"
    assert "damaged" in last.detail


def _page(title: str, text: str) -> bytes:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><nav>Home | "
            f"World</nav><article><h1>{title}</h1><p>{text}</p><p>{text}</p></article>"
            "</body></html>").encode()


def _warc(path: Path, compress: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for uri, body, ctype in [
                ("https://news.example/a", _page("Arrests in Nairobi", ONE), "text/html; "
                 "charset=utf-8"),
                ("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
                 "image/png"),
                ("https://news.example/b", _page("Talks in Lima", TWO), "text/html")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response",
                                                          payload=io.BytesIO(body),
                                                          length=len(body),
                                                          http_headers=headers))
        request = b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"
        writer.write_record(writer.create_warc_record("https://news.example/a", "request",
                                                      payload=io.BytesIO(request),
                                                      length=len(request)))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_the_html_pages_of_a_web_archive_are_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, compress=name.endswith(".gz"))
    got = list(read([path]))
    assert all(isinstance(g, Article) for g in got), got
    articles = [g for g in got if isinstance(g, Article)]
    assert [a.url for a in articles] == ["https://news.example/a", "https://news.example/b"]
    assert "Nairobi" in articles[0].text and "Home | World" not in articles[0].text
    assert articles[0].origin is not None and articles[0].origin.endswith(f"{name}#1")


def test_a_file_that_is_no_web_archive_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"this is not an archive at all" * 10)
    got = list(read([path]))
    assert len(got) == 1 and isinstance(got[0], Skipped) and got[0].reason == "malformed"


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Arrests in Nairobi</title><link>https://wire.example/1</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>{ONE}</p><p>{ONE}</p>]]></content:encoded></item>
<item><title>Talks in Lima</title><link>https://wire.example/2</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{TWO}&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://wire.example/3</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Talks in Lima</title><link href="https://atom.example/2"/>
<published>2024-03-05T08:00:00Z</published><author><name>A. Writer</name></author>
<content type="html">&lt;p&gt;{TWO}&lt;/p&gt;</content></entry></feed>"""


def test_every_feed_entry_is_an_article_with_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS, "utf-8")
    got = list(read([tmp_path / "wire.rss"]))
    assert [type(g) for g in got] == [Article, Article, Skipped]
    first, second, empty = got
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text.startswith("Kenyan police") and "teaser" not in first.text
    assert (first.title, first.url, first.source, first.published) == (
        "Arrests in Nairobi", "https://wire.example/1", "Example Wire", "2024-03-04")
    assert second.text.startswith("The foreign ministers") and "<p>" not in second.text
    assert isinstance(empty, Skipped) and empty.reason == "no_text"
    assert empty.origin.endswith("wire.rss#3")


def test_atom_and_a_feed_named_xml_are_read_as_feeds(tmp_path: Path) -> None:
    (tmp_path / "news.atom").write_text(ATOM, "utf-8")
    (tmp_path / "export.xml").write_text(ATOM, "utf-8")
    for path in (tmp_path / "news.atom", tmp_path / "export.xml"):
        got = list(read([path]))
        assert len(got) == 1 and isinstance(got[0], Article), got
        assert (got[0].url, got[0].published, got[0].authors) == (
            "https://atom.example/2", "2024-03-05", ["A. Writer"])


def test_a_broken_feed_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title><item><title>y", "utf-8")
    got = list(read([path]))
    assert len(got) == 1 and isinstance(got[0], Skipped)
    assert got[0].reason in ("malformed", "no_text")


def test_a_directory_walk_finds_every_kind(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(_jsonl(ONE)))
    _warc(tmp_path / "b.warc.gz", compress=True)
    (tmp_path / "c.rss").write_text(RSS, "utf-8")
    (tmp_path / "d.png").write_bytes(b"\x89PNG")
    assert [p.name for p in iter_files(tmp_path)] == ["a.jsonl.gz", "b.warc.gz", "c.rss"]
