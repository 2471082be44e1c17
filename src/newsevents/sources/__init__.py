"""Inputs -> :class:`Article` (or :class:`Skipped` with a reason).

One function per input kind, and :func:`read` that walks paths:

=================  ===========================================================
kind               how it is read
=================  ===========================================================
plain text         ``*.txt``, ``*.text``; optional ``---`` front matter
                   (``title``, ``url``, ``source``, ``published``, ``authors``)
HTML               ``*.html``, ``*.htm``, ``*.xhtml``: main text, title, date
                   and author by trafilatura (navigation, ads and comments left
                   out)
JSON Lines         ``*.jsonl``, ``*.ndjson``: one article per line, ``text``
                   required; ``title``, ``url``, ``source``, ``published``,
                   ``authors`` optional
compressed JSONL   ``*.jsonl.gz``, ``*.jsonl.zst`` (and ``.ndjson``): as JSON
                   Lines, decompressed as a stream (:mod:`.archives`)
WARC               ``*.warc``, ``*.warc.gz``: every HTML response record a page
                   (:mod:`.archives`)
RSS / Atom         ``*.rss``, ``*.atom``: every entry an article (:mod:`.feeds`)
URL                ``https://...``: a feed's linked stories, or one page,
                   fetched politely (:mod:`.web`)
directory          read recursively; files of other kinds are passed over
``-``              standard input, as plain text (or HTML if it looks like it)
=================  ===========================================================

A file named explicitly with another suffix is read as a feed if it is one
(``*.xml``), as HTML if it looks like HTML and as plain text otherwise.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..config import Options
from ..errors import SourceError
from ..records import Article, Skipped
from .archives import COMPRESSED_JSONL, WARC_ENDINGS, read_compressed_jsonl, read_warc
from .clean import build_article
from .feeds import FEED_SUFFIXES, looks_like_feed, read_feed
from .files import (
    decode,
    display_path,
    human_size,
    not_regular,
    read_limited,
    split_front_matter,
)
from .web import is_url, read_url

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES


def kind_of(path: Path) -> str | None:
    """The kind of input a file name says: text, html, jsonl, jsonl.compressed,
    warc, feed; None for a name of no known kind."""
    name = path.name.lower()
    if name.endswith(tuple(COMPRESSED_JSONL)):
        return "jsonl.compressed"
    if name.endswith(WARC_ENDINGS):
        return "warc"
    suffix = path.suffix.lower()
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("jsonl", JSONL_SUFFIXES), ("feed", FEED_SUFFIXES)):
        if suffix in suffixes:
            return kind
    return None

Item = Article | Skipped


def _overrides(options: Options, meta: dict[str, Any]) -> dict[str, Any]:
    """Apply --published/--url/--source over what the input said."""
    out = dict(meta)
    for key in ("published", "url", "source"):
        value = getattr(options, key)
        if value is not None:
            out[key] = value
    return out


def _authors(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if isinstance(value, str):
        return [a.strip() for a in value.replace(";", ",").split(",") if a.strip()]
    return []


def from_text(text: str, options: Options | None = None, *, origin: str = "<text>",
              **meta: Any) -> Item:
    """An article from plain text (front matter allowed) and optional metadata."""
    options = options or Options()
    front, body = split_front_matter(text)
    merged = _overrides(options, {**front, **{k: v for k, v in meta.items() if v is not None}})
    return build_article(
        body,
        origin=origin,
        url=merged.get("url"),
        title=merged.get("title"),
        source=merged.get("source"),
        published=merged.get("published"),
        authors=_authors(merged.get("authors") or merged.get("author")),
        languages=options.languages,
    )


def from_html(html: str, options: Options | None = None, *, origin: str = "<html>",
              url: str | None = None) -> Item:
    """An article from an HTML page: trafilatura finds the main text."""
    import trafilatura

    options = options or Options()
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            include_tables=False, favor_precision=True,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml on broken markup
        return Skipped(origin, "malformed", f"HTML could not be parsed: {exc}")
    body = getattr(doc, "text", None) or ""
    if not body.strip():
        return Skipped(origin, "no_text", "no article text found in this HTML page")
    meta = _overrides(options, {
        "url": url or getattr(doc, "url", None),
        "title": getattr(doc, "title", None),
        "source": getattr(doc, "sitename", None),
        "published": getattr(doc, "date", None),
        "authors": getattr(doc, "author", None),
    })
    return build_article(
        body, origin=origin, url=meta["url"], title=meta["title"], source=meta["source"],
        published=meta["published"], authors=_authors(meta["authors"]),
        languages=options.languages,
    )


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def from_jsonl_lines(lines: Iterable[bytes | str], options: Options | None = None, *,
                     origin: str = "<jsonl>") -> Iterator[Item]:
    """Articles from JSON Lines: one object per line with at least ``text``."""
    options = options or Options()
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if isinstance(raw, bytes):
            if len(raw) > options.max_bytes:
                yield Skipped(where, "too_large", f"line of {human_size(len(raw))} is more than "
                              f"the {human_size(options.max_bytes)} limit (--max-bytes)")
                continue
            try:
                raw = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                yield Skipped(where, "malformed", f"not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Skipped(where, "malformed", f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield Skipped(where, "malformed", "invalid JSON: nested too deeply")
            continue
        except ValueError as exc:  # an integer of thousands of digits
            yield Skipped(where, "malformed", f"invalid JSON: {str(exc).split(';')[0]}")
            continue
        if not isinstance(obj, dict):
            yield Skipped(where, "malformed", f"expected a JSON object, got {type(obj).__name__}")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield Skipped(where, "malformed", 'no "text" string in this object')
            continue
        meta = {k: obj.get(k) for k in ("title", "url", "source", "published")}
        meta = {k: (_no_surrogates(str(v)) if v is not None else None) for k, v in meta.items()}
        authors = obj.get("authors")
        if isinstance(authors, list):
            authors = [_no_surrogates(str(a)) for a in authors]
        elif isinstance(authors, str):
            authors = _no_surrogates(authors)
        yield from_text(_no_surrogates(text), options, origin=where, authors=authors, **meta)


def _bounded_lines(fh: Any, max_bytes: int) -> Iterator[bytes]:
    """The lines of a binary file, none read past ``max_bytes + 1`` bytes: a longer
    line is given cut (and so skipped as too large) and the rest of it read away in
    pieces, so one line with no end cannot fill the memory."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            rest = line
            while rest and not rest.endswith(b"\n"):
                rest = fh.readline(1 << 20)
        yield line


def _no_surrogates(text: str) -> str:
    """A JSON escape can write half of a UTF-16 pair ("\\ud800"), which no UTF-8 store
    or terminal takes: it becomes U+FFFD, the rest of the text is kept."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def read_file(path: Path, options: Options | None = None) -> Iterator[Item]:
    """Every article in one file (JSONL files hold many)."""
    options = options or Options()
    origin = display_path(path)
    suffix = path.suffix.lower()
    kind = kind_of(path)
    if kind == "jsonl.compressed":
        yield from read_compressed_jsonl(path, origin, options, _bounded_lines, from_jsonl_lines)
        return
    if kind == "warc":
        yield from read_warc(path, origin, options, from_html)
        return
    if suffix in JSONL_SUFFIXES:
        refused = not_regular(path, origin)
        if refused is not None:
            yield refused
            return
        try:
            with path.open("rb") as fh:
                yield from from_jsonl_lines(_bounded_lines(fh, options.max_bytes), options,
                                            origin=origin)
        except OSError as exc:
            yield Skipped(origin, "unsupported", f"cannot read: {exc.strerror or exc}")
        return
    data = read_limited(path, options.max_bytes, origin)
    if isinstance(data, Skipped):
        yield data
        return
    if kind == "feed" or (kind is None and looks_like_feed(data)):
        yield from read_feed(data, origin, options, from_text)
        return
    decoded = decode(data, origin)
    if isinstance(decoded, Skipped):
        yield decoded
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(decoded.text)):
        yield from_html(decoded.text, options, origin=origin)
    else:
        yield from_text(decoded.text, options, origin=origin)


def iter_files(path: Path, unreadable: list[Path] | None = None) -> Iterator[Path]:
    """Files of known kinds below a directory, sorted, hidden ones left out; the
    directories that cannot be listed are added to ``unreadable``."""
    found: list[Path] = []

    def refused(exc: OSError) -> None:
        if unreadable is not None and exc.filename is not None:
            unreadable.append(Path(exc.filename))

    for root, dirs, files in os.walk(path, onerror=refused):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            child = Path(root) / name
            if not name.startswith(".") and kind_of(child) is not None:
                found.append(child)
    yield from sorted(found)


def count_inputs(paths: Iterable[str | Path], limit: int = 50_000_000) -> int | None:
    """How many inputs :func:`read` will give, when that is cheap to know: a text or
    HTML file is one, a JSON Lines file its non-blank lines (counted, not parsed, up
    to ``limit`` bytes in all). None when some input cannot be counted so (stdin,
    archives, feeds, compressed files, or more than ``limit`` bytes of JSONL)."""
    total, budget = 0, limit
    for p in paths:
        if str(p) == "-" or is_url(str(p)):
            return None
        path = Path(p)
        for f in iter_files(path) if path.is_dir() else [path]:
            kind = kind_of(f)
            if kind in ("text", "html") or (kind is None and not path.is_dir()):
                total += 1
            elif kind == "jsonl":
                try:
                    size = f.stat().st_size
                    if size > budget or not_regular(f, str(f)) is not None:
                        return None
                    budget -= size
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    return None
            else:
                return None
    return total


def check_paths(paths: Iterable[str | Path]) -> None:
    """Raise :class:`SourceError` for the first path that does not exist."""
    for p in paths:
        if str(p) != "-" and not is_url(str(p)) and not Path(p).exists():
            raise SourceError(f"{p}: no such file or directory")


def read(paths: Iterable[str | Path], options: Options | None = None) -> Iterator[Item]:
    """Articles from files, directories (recursively) and ``-`` (stdin).

    Raises :class:`SourceError` for a path that does not exist; everything
    that exists but cannot be used comes back as a :class:`Skipped`.
    """
    options = options or Options()
    paths = list(paths)
    check_paths(paths)
    for p in paths:
        if is_url(str(p)):
            yield from read_url(str(p), options, from_html, from_text)
            continue
        if str(p) == "-":
            data = sys.stdin.buffer.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                yield Skipped("<stdin>", "too_large", f"more than {human_size(options.max_bytes)}")
                continue
            decoded = decode(data, "<stdin>")
            if isinstance(decoded, Skipped):
                yield decoded
            elif _looks_like_html(decoded.text):
                yield from_html(decoded.text, options, origin="<stdin>")
            else:
                yield from_text(decoded.text, options, origin="<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            unreadable: list[Path] = []
            for f in iter_files(path, unreadable):
                yield from read_file(f, options)
            for d in unreadable:
                yield Skipped(display_path(d), "unsupported",
                              "cannot read this directory: permission denied or gone")
        else:
            yield from read_file(path, options)


__all__ = [
    "check_paths",
    "count_inputs",
    "from_html",
    "from_jsonl_lines",
    "from_text",
    "iter_files",
    "kind_of",
    "read",
    "read_file",
]
