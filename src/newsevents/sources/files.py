"""Reading bytes from disk: size limits, binary detection, encodings.

Text is decoded as UTF-8 when it is UTF-8 (with or without a BOM), otherwise
with the encoding ``charset_normalizer`` finds (Latin-1, Windows-1252, ...);
data that is not text in any encoding is skipped as ``binary``.
"""

from __future__ import annotations

import codecs
import stat
from dataclasses import dataclass
from pathlib import Path

from ..records import Skipped

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WESTERN = ("cp1252", "latin_1", "iso8859_15")


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str


def human_size(n: int) -> str:
    """1234567 -> '1.2 MB'."""
    if n < 1000:
        return f"{n} bytes"
    units = ("KB", "MB", "GB", "TB")
    value, unit = n / 1000, 0
    while value >= 1000 and unit < len(units) - 1:
        value, unit = value / 1000, unit + 1
    return f"{value:.1f} {units[unit]}"


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 100)


def decode(data: bytes, origin: str) -> Decoded | Skipped:
    """Bytes to text, or a Skipped saying why they are not text."""
    if not data.strip():
        return Skipped(origin, "empty", "the input is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError:
                return Skipped(origin, "binary", f"starts with a {encoding} mark but is not "
                               f"{encoding} text")
    if looks_binary(data):
        return Skipped(origin, "binary", "this is binary data, not text")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return Skipped(origin, "binary", "not text in any known encoding")
    # Single-byte code pages often tie; like browsers (WHATWG), prefer
    # Windows-1252 / Latin-1 among equally plausible ones.
    for m in matches:
        if m.encoding in _WESTERN and m.chaos <= best.chaos:
            return Decoded(str(m), m.encoding)
    return Decoded(str(best), best.encoding)


def display_path(path: Path) -> str:
    """A path as text that any store or terminal takes: bytes of a file name that
    are not UTF-8 are written as ``\\xff`` escapes (the name is kept, not lost)."""
    raw = str(path).encode("utf-8", "surrogateescape")
    return raw.decode("utf-8", "backslashreplace")


def not_regular(path: Path, origin: str) -> Skipped | None:
    """A Skipped for a FIFO, device or socket (reading one can block forever or
    never end), or for a path that cannot be looked at; None for a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return Skipped(origin, "unsupported", f"cannot read: {exc.strerror or exc}")
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode)
            or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a file")
    return Skipped(origin, "unsupported", f"{kind}: newsevents reads regular files only")


def read_limited(path: Path, max_bytes: int, origin: str) -> bytes | Skipped:
    """Read a whole regular file unless it is larger than ``max_bytes`` (never more
    than ``max_bytes + 1`` bytes are read, whatever the file system says its size is)."""
    refused = not_regular(path, origin)
    if refused is not None:
        return refused
    too_large = Skipped(origin, "too_large",
                        f"more than the {human_size(max_bytes)} limit for one article "
                        "(raise it with --max-bytes)")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(
                origin,
                "too_large",
                f"{human_size(size)} is more than the {human_size(max_bytes)} "
                "limit for one article (raise it with --max-bytes)",
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
        return too_large if len(data) > max_bytes else data
    except OSError as exc:
        return Skipped(origin, "unsupported", f"cannot read: {exc.strerror or exc}")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``---`` block of ``key: value`` lines off a text file.

    The convention of static site generators and many corpora: the block
    carries ``title``, ``url``, ``source``, ``published``, ``authors``.
    A text that does not start with ``---`` has no front matter.
    """
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return meta, "\n".join(lines[i + 1 :])
        key, sep, value = line.partition(":")
        if not sep or not key.strip().isidentifier():
            return {}, text  # not front matter after all
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return {}, text
