"""A name's shape: where one entity names two places ("Tehran-Baku", "Paris,
Texas"), the place inside a longer name, streets and roads, generic words, and
spellings of one name."""

from __future__ import annotations

import re
from typing import Any

from ...knowledge.gazetteer import Gazetteer, GazetteerEntry, name_key
from ...records import Span
from .words import (
    _AREA_MODIFIERS,
    _AREA_WORDS,
    _GENERIC_WORDS,
    _KIND_OF,
    _LOOSE_AREA_WORDS,
    _OWN_STREET,
    _PARK_WORDS,
    _ROAD_WORDS,
    _SEA_FEATURES,
    _SETTLEMENT_WORDS,
    _SPLIT,
    _STREET_WORDS,
    GIVEN_NAMES,
    MAJOR_REGION,
    NOTED_CITY,
    SPELLING,
)


def _name_word(t: Any) -> bool:
    """Is token ``t`` a word of a proper name ("McLean", "U.S.")?"""
    text: str = t.text
    return t.pos_ == "PROPN" and text[:1].isupper() and (
        text.isalpha() or (text.endswith(".") and text.replace(".", "").isalpha()))


def _named_exactly(entry: GazetteerEntry, name: str) -> bool:
    """Does ``name`` name ``entry``, a county only with its word ("Story County",
    not the "Story" of "Story Elementary School")?"""
    return entry.is_named(name) and (
        entry.feature != "region" or entry.admin2 is None
        or name.split()[-1].lower() in _AREA_WORDS)


def _noted_place(name: str, gaz: Gazetteer) -> bool:
    """Is ``name`` a place of note by itself: a country, a state or province, a
    county by its full name, a national capital or a city of note, and no given name
    ("the Lincoln Center")?"""
    given = name_key(name) in GIVEN_NAMES  # (a state of that name will do: Georgia)
    return any(c.is_named(name) and ((_major(c) and (
        c.feature != "region" or c.population >= MAJOR_REGION)) or (not given and (
        c.population >= NOTED_CITY or (
            c.feature == "region" and name.split()[-1].lower() in _AREA_WORDS))))
        for c in gaz.candidates(name))


def _major(entry: GazetteerEntry) -> bool:
    """A country, a state or province, or a national capital."""
    return entry.feature == "country" or entry.capital or (
        entry.feature == "region" and entry.admin2 is None)


def _of_inside(doc: Any, ent: Any) -> list[int]:
    """Token indices of each "of" before a capitalised word inside an entity ("Edward
    Moayyad of Southlake", "First Minister of Wales Megan Price")."""
    return [i for i in range(ent.start + 1, ent.end - 1)
            if doc[i].lower_ == "of" and doc[i + 1].text[:1].isupper()]


_COMMA = re.compile(r"\s*,\s*")
#: lower-case words between two places the model ran together ("flew to Abuja from
#: Lagos"); a name that holds one is split only where the gazetteer does not know it
#: whole ("Newcastle upon Tyne", "Trinidad and Tobago")
_CONNECTOR = re.compile(r"\s+(?:from|to|and|or|via|near)\s+(?=[A-Z])")


def _parts(span: Span, gaz: Gazetteer) -> list[Span]:
    """``span`` itself, or its parts if it names several places, or the place inside
    it; nothing for a street or a numbered road."""
    if gaz.candidates(span.text):
        return [span]
    pieces: list[Span] = []
    for sep in (_SPLIT, _COMMA, _CONNECTOR):
        pos = 0
        pieces = []
        for m in [*sep.finditer(span.text), None]:
            end = m.start() if m else len(span.text)
            piece = span.text[pos:end]
            if piece:
                start = span.start + pos
                pieces.append(Span(start, start + len(piece), piece))
            pos = m.end() if m else pos
        if len(pieces) > 1:
            good = [p for p in pieces if p.text[:1].isupper() and gaz.candidates(p.text)]
            if good:
                return good
    inner = _inner_place(span, gaz)
    words = span.text.split()
    if inner is None and (_streets(words) or (
            len(words) > 1 and _bare(words[0]) in _ROAD_WORDS and words[1][:1].isdigit())):
        return []  # a street or road ("Main Street", "Interstate 64") is below a gazetteer's grain
    return [inner] if inner is not None else [span]


def _bare(word: str) -> str:
    return word.lower().rstrip(".,")


def _streets(words: list[str]) -> list[int]:
    """Where in a name's ``words`` a street's word stands ("Road", "Ave."; never
    first; "St." only last: "Mount St. Helens")."""
    return [n for n, w in enumerate(words) if n and _bare(w) in _STREET_WORDS
            and (_bare(w) != "st" or n == len(words) - 1)]


_WORD = re.compile(r"\S+")


def _inner_place(span: Span, gaz: Gazetteer) -> Span | None:
    """The place inside a name the gazetteer does not know: "Western Massachusetts"
    (an area word before it), "Long Beach Airport", "Henderson County Jail" (the
    longest leading words that are a place's own name, before capitalised words);
    not a street's ("Main Street") nor a lesser town's before "City" or "Township"."""
    words = list(_WORD.finditer(span.text))
    if len(words) < 2:
        return None
    if any(_bare(words[n - 1].group()) not in _OWN_STREET
           for n in _streets([w.group() for w in words])):
        return None  # "Hyde Park Road" is no Hyde; "Freestone County Road 360" is the county's
    if _bare(words[-1].group()) in _SEA_FEATURES:
        return None  # "Sabina Shoal" is no town called Sabina
    first = words[0].group().lower()
    if first in _AREA_MODIFIERS or (
            len(words) > 2 and first in _KIND_OF and words[1].group() == "of"):
        # "Western Massachusetts", "West Wichita", "East Oxford": a part of the place;
        # "the Province of Ontario", "Town of Groton": the place so called
        at = 2 if first in _KIND_OF and words[1].group() == "of" else 1
        rest = span.text[words[at].start():]
        if any(c.is_named(rest) and (c.feature in ("region", "country") or c.capital
                                     or c.population >= NOTED_CITY or at == 2)
               for c in gaz.candidates(rest)):
            start = span.start + words[at].start()
            return Span(start, span.end, rest)
    if len(words) == 2 and words[1].group() in _SETTLEMENT_WORDS:
        head = words[0].group()  # "Fargo city": the town, its kind in lower case
        if any(c.is_named(head) and c.feature == "city" for c in gaz.candidates(head)):
            return Span(span.start, span.start + len(head), head)
    for n in range(len(words) - 1, 0, -1):
        head = span.text[:words[n - 1].end()]
        tail = _bare(words[n].group())
        # "Sichuan province": the area so called (GeoNames' "Sichuan Sheng"), whatever
        # the case of the word that says what area
        area = n == len(words) - 1 and tail in _AREA_WORDS - _SETTLEMENT_WORDS - _LOOSE_AREA_WORDS
        if _generic(head) or not (words[n].group()[:1].isupper() or area):
            continue
        # "Jolo City" is Jolo, "Harbor City" no town called Harbor; "Greer City Hall"
        # is Greer's; "Trafalgar Square" no Trafalgar, Indiana
        lesser = (tail in _SETTLEMENT_WORDS and n == len(words) - 1) or any(
            _bare(w.group()) in _PARK_WORDS for w in words[n:])
        named = [c for c in gaz.candidates(head) if (
            _area_of_kind(c, tail) if area else c.is_named(head)) and (
            not lesser or (c.feature == "city" and (c.population >= NOTED_CITY or c.capital)))]
        if named:
            return Span(span.start, span.start + len(head), head)
    return None


def _shortened_area(entry: GazetteerEntry) -> bool:
    """Is ``entry`` an area whose name ends in its kind ("Red River County"), which
    the gazetteer also finds without it ("Red River")?"""
    return entry.feature == "region" and _bare(entry.name.split()[-1]) in _AREA_WORDS


def _area_of_kind(entry: GazetteerEntry, kind: str) -> bool:
    """Is ``entry`` an area a name followed by ``kind`` ("province", "county") can
    mean: a region whose name says no other kind ("Sichuan Sheng" for "Sichuan
    province"; not Pacific County for "the Pacific region")?"""
    return entry.feature == "region" and (
        _bare(entry.name.split()[-1]) == kind or not _shortened_area(entry))


def _is_country_name(text: str, gaz: Gazetteer) -> bool:
    return any(e.feature == "country" and e.is_named(text) for e in gaz.candidates(text))


def _dateline_name(dateline: str) -> str:
    """The place a dateline names ("ALEXANDRIA" of "ALEXANDRIA, Va.")."""
    return dateline.split(",")[0].strip()


def _dateline_qualifier(dateline: str) -> str | None:
    """The state, province or country a dateline qualifies its place with ("Va." of
    "ALEXANDRIA, Va."), if any."""
    parts = dateline.split(",", 1)
    return parts[1].strip() or None if len(parts) > 1 else None


def _generic(text: str) -> bool:
    """A generic word alone ("the North", "Central") is no place name: not North
    Salt Lake, of which it is an alternate name, nor the hamlet of North (South
    Carolina) or Cameroon's North Region, which are named so. An abbreviation
    ("La.", Louisiana) is not the word ("La")."""
    return name_key(text) in _GENERIC_WORDS and not text.endswith(".")


def _spelling_of_a_city(entry: GazetteerEntry, name: str) -> bool:
    """Is ``name`` another spelling of the name of ``entry``, a city of note: as
    long, and a letter or two changed ("Zaporizhzhia", "Kiev"), not an old or a local
    name ("Old Town" of Baltimore) nor a town's own ("Savanna", "Charles Town",
    "Milwaukie")?"""
    if entry.population < NOTED_CITY:
        return False
    a, b = name_key(name), name_key(entry.name)
    return a[:1] == b[:1] and 0 < _edits(a, b, SPELLING) <= SPELLING


def _edits(a: str, b: str, most: int) -> int:
    """The letters to change, add or drop to make ``a`` into ``b`` (Levenshtein), or
    ``most + 1`` once it is sure to exceed ``most`` ("Odessa" and "Odesa": 1)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        if min(row) > most:
            return most + 1
    return row[-1]
