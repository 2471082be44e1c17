"""Inputs that hold many articles: compressed JSON Lines and web archives (WARC).

* ``*.jsonl.gz`` / ``*.ndjson.gz`` (gzip) and ``*.jsonl.zst`` / ``*.ndjson.zst``
  (Zstandard, the ``zstandard`` package): read as a stream, line by line, each
  line bounded by ``--max-bytes`` like a plain JSONL file's; a file that stops
  decompressing partway keeps the articles before the break and records the
  break as ``Skipped("malformed")``.
* ``*.warc`` / ``*.warc.gz`` (Common Crawl News and any crawler's archive, read
  with ``warcio``): every ``response`` record whose HTTP ``Content-Type`` is HTML
  is a page, read as an HTML file is, with the record's target URI as the
  article's URL and ``FILE#N`` (the record's number) as its origin; other
  records (requests, metadata, images, scripts) are passed over. A payload over
  ``--max-bytes`` is skipped as ``too_large``, a damaged archive ends in one
  ``Skipped("malformed")`` after the pages before the damage.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..config import Options
from ..records import Article, Skipped
from .files import decode, human_size, not_regular

Item = Article | Skipped

_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)


def _gzip(fh: IO[bytes]) -> IO[bytes]:
    return io.BufferedReader(gzip.GzipFile(fileobj=fh, mode="rb"))


def _zstd(fh: IO[bytes]) -> IO[bytes]:
    import zstandard

    return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(fh))


#: compressed JSON Lines: name ending -> how to open the stream
COMPRESSED_JSONL: dict[str, Callable[[IO[bytes]], IO[bytes]]] = {
    ".jsonl.gz": _gzip, ".ndjson.gz": _gzip, ".jsonl.zst": _zstd, ".ndjson.zst": _zstd}
WARC_ENDINGS = (".warc", ".warc.gz")


def _stream_errors() -> tuple[type[BaseException], ...]:
    import zstandard

    return (OSError, EOFError, zlib.error, zstandard.ZstdError)


def read_compressed_jsonl(path: Path, origin: str, options: Options,
                          lines: Callable[[Any, int], Iterator[bytes]],
                          parse: Callable[..., Iterator[Item]]) -> Iterator[Item]:
    """The articles of a compressed JSON Lines file (``lines`` bounds each line,
    ``parse`` reads them: the plain JSONL reader's own)."""
    refused = not_regular(path, origin)
    if refused is not None:
        yield refused
        return
    opener = next(f for end, f in COMPRESSED_JSONL.items() if path.name.lower().endswith(end))
    count = 0
    try:
        with path.open("rb") as raw, opener(raw) as fh:
            for item in parse(lines(fh, options.max_bytes), options, origin=origin):
                count += 1
                yield item
    except _stream_errors() as exc:
        where = f"{origin} after {count} line(s)" if count else origin
        yield Skipped(where, "malformed", f"the compressed stream is damaged: {exc}")


def read_warc(path: Path, origin: str, options: Options,
              html: Callable[..., Item]) -> Iterator[Item]:
    """The HTML pages of a WARC file, each read by ``html`` (the HTML reader)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    refused = not_regular(path, origin)
    if refused is not None:
        yield refused
        return
    number = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.format != "warc":
                    continue  # (warcio reads anything as a legacy ARC record)
                number += 1
                page = _page(record, f"{origin}#{number}", options, html)
                if page is not None:
                    yield page
    except (ArchiveLoadFailed, *_stream_errors(), ValueError) as exc:
        where = f"{origin}#{number + 1}" if number else origin
        yield Skipped(where, "malformed", f"not a readable WARC record: {str(exc)[:200]}")
        return
    if not number:
        yield Skipped(origin, "malformed", "no WARC record in this file")


def _page(record: Any, where: str, options: Options, html: Callable[..., Item]) -> Item | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return Skipped(where, "too_large", f"a page of more than the "
                       f"{human_size(options.max_bytes)} limit (--max-bytes)")
    declared = _CHARSET.search(ctype)
    text: str | None = None
    if declared:
        try:
            text = data.decode(declared.group(1))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        decoded = decode(data, where)
        if isinstance(decoded, Skipped):
            return decoded
        text = decoded.text
    url = record.rec_headers.get_header("WARC-Target-URI")
    return html(text, options, origin=where, url=url)


__all__ = ["COMPRESSED_JSONL", "WARC_ENDINGS", "read_compressed_jsonl", "read_warc"]
