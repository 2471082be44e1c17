"""The gender that a given name tells, for pronoun resolution ("she" is not Joe Biden).

Source: the name data of the ``nomquamgender`` package (MIT licence; Van Buskirk,
Clauset and Larremore, 2023: 720,000 given names with the share of women among the
people who bear them, gathered from dozens of name-gender data sets of many countries). We read
its JSON file where the package installed it, without importing the package (which
loads pandas), and keep only names borne by at least :data:`MIN_COUNT` people of whom at
least :data:`SHARE` are of one gender: "Emily" is female, "Joe" male, "Jean", "Andrea"
and "Kim" are neither. The kept names are written once per install to the user cache
(``$NEWSEVENTS_CACHE``) as a small text file and loaded lazily, once per process.

Only the text can say more: an honorific ("Mrs"), a kinship word or a pronoun that
the resolver has already tied to the person outranks the name.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import tempfile
import threading
import unicodedata
from pathlib import Path

from .geonames import cache_dir

#: a name is kept when at least this many people bear it in the source data ...
MIN_COUNT = 20
#: ... and at least this share of them are of one gender
SHARE = 0.95
_DIST = "nomquamgender"
_lock = threading.Lock()
_table: dict[str, str] | None = None


def _fold(word: str) -> str:
    t = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in t if not unicodedata.combining(c))


def _source() -> tuple[Path, str] | None:
    try:
        dist = importlib.metadata.distribution(_DIST)
    except importlib.metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file("nomquamgender/name_data.json")))
    return (path, dist.version) if path.is_file() else None


def _build(source: Path, target: Path) -> None:
    data = json.loads(source.read_text("utf-8"))
    lines = []
    for name, row in data.items():
        try:
            count, share_f = int(row[1]), float(row[2])
        except (TypeError, ValueError, IndexError):
            continue
        if count < MIN_COUNT or not name.isalpha():
            continue
        if share_f >= SHARE:
            lines.append(f"{_fold(name)}\tf")
        elif share_f <= 1 - SHARE:
            lines.append(f"{_fold(name)}\tm")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".given_names-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(lines)) + "\n")
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _load() -> dict[str, str]:
    found = _source()
    if found is None:
        return {}
    source, version = found
    target = cache_dir() / f"given_names-{version}-{MIN_COUNT}-{SHARE}.tsv"
    if not target.is_file():
        try:
            _build(source, target)
        except (OSError, ValueError):
            return {}  # an unreadable source or a full disk: no genders, no failure
    table: dict[str, str] = {}
    with target.open(encoding="utf-8") as f:
        for line in f:
            name, _, gender = line.rstrip("\n").partition("\t")
            if name and gender in ("f", "m"):
                table[name] = gender
    return table


def given_name_gender(word: str) -> str | None:
    """"f", "m", or None when the name does not tell (or the data is not installed)."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _load()
    return _table.get(_fold(word))


__all__ = ["MIN_COUNT", "SHARE", "given_name_gender"]
