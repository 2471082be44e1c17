"""GDELT 2.0 event and mention rows from analyses.

Two tab-separated tables with no header line (GDELT's files have none;
``header=True`` adds one), in the column order of the GDELT 2.0 event
codebook: the event table (61 columns, :data:`EVENT_COLUMNS`, one row per
event) and the mentions table (16 columns, :data:`MENTION_COLUMNS`, one row
per mention of an event: its evidence, then each of its ``repeats``).

Which events: GDELT has no column for negation or modality, so only events
that happened -- asserted or attempted -- and are not negated are written
(an attempt's mentions say so in ``Extras``: ``<MODALITY>attempted</MODALITY>``);
``include_all=True`` writes every event (their mentions then carry
``Confidence`` 50 and say what they are in ``Extras``:
``<MODALITY>hoped</MODALITY><NEGATED>1</NEGATED>``).

What each event column holds here:

* ``GlobalEventID``: :func:`global_event_id`: the first 53 bits of the
  BLAKE2b hash of ``"<article id>/<event id>"``: a positive integer below 2**53,
  which every reader keeps exact (a float64 -- R, Stata, Excel, JavaScript --
  as well as a BIGINT), the same on every run.
  GDELT numbers events in sequence; ours are not sequential (nor are GDELT's
  guaranteed to be).
* ``Day``/``MonthYear``/``Year``/``FractionDate``: the event's date, else the
  publication date; empty when neither is known. ``FractionDate`` is
  ``YYYY.FFFF`` with FFFF = ((month - 1) * 30 + day) / 365, as GDELT's files
  compute it (the codebook's ``month * 30`` is off by one month).
* Actor fields: from the event's source (Actor1) and target (Actor2) entity:
  ``Code`` the actor code, ``Name`` the entity's name, ``CountryCode`` the
  actor's country (ISO 3166 alpha-3, which is what CAMEO uses), empty for an
  IGO or NGO, whose group code (``UNO`` of ``IGOUNO``) is ``KnownGroupCode``;
  ``Type1Code``..``Type3Code`` the first three roles (``GOV``, ``IGO``, ...).
  Ethnic and religion codes are empty: the actor coder does not assign them.
* ``IsRootEvent``: 1 for an event whose evidence is in the first sentence.
* ``EventCode``/``EventBaseCode``/``EventRootCode``/``QuadClass``/
  ``GoldsteinScale``: from the CAMEO record (the base code is the first three
  digits when the record has none).
* One event, many articles (as GDELT counts): events of different articles with
  the same source and target actor codes, CAMEO code, place (its GeoNames id,
  else its country) and day are one event, written once -- its row is the first
  article's, its ``GlobalEventID`` the first article's event's -- with
  ``NumMentions`` the mentions in all of them (each article's evidence and
  repeats), ``NumSources`` the distinct outlets (source name, else URL host) and
  ``NumArticles`` the articles; the mention file lists every article's mentions
  under that id. Events with no day are never merged. ``AvgTone``: the first
  article's tone, empty without one. (Grouping keeps one row per distinct event
  in memory until the end of the export.)
* Geography, 8 fields for each of Actor1, Actor2 and Action: ``Type``
  (1 country, 2 US state, 3 US city, 4 world city, 5 world region),
  ``Fullname``, ``CountryCode``, ``ADM1Code``, ``ADM2Code``, ``Lat``,
  ``Long``, ``FeatureID``, exactly as the GKG export writes its locations
  (:mod:`newsevents.export.gkg`): FIPS 10-4 country codes, ADM1 = FIPS
  country + GeoNames admin1, GeoNames ids as feature ids; ADM2 is empty. The
  action's place is the event's ``place``; an actor's place is the place that
  its entity is itself (a place mention overlapping one of the entity's
  mentions, or for a non-person a place of the same name: "Iran" the actor
  and "Iran" the country), else a place of the actor's country that its
  description names ("Fargo Mayor ...": Fargo), else the actor's country
  (type 1; "Iran's security chief": Iran). Actors with no country (IGOs,
  uncoded), and places without coordinates or a country, have empty geography.
* ``DATEADDED``: when the event was added, as ``YYYYMMDDHHMMSS``:
  ``added``, a datetime given by the caller or a mapping of article id to the
  time the article was stored (``newsevents export`` and the API pass the
  store's ``ingested_at``; an event reported by several articles takes the
  first's); without it, the publication date at ``000000``, else the event
  date at ``000000``.
* ``SOURCEURL``: the article's URL, else its origin, else its id.

The mention columns: ``GlobalEventID`` as above; ``EventTimeDate`` and
``MentionTimeDate`` both the event's ``DATEADDED``; ``MentionType`` 1 (WEB)
with a URL, else 2 (CITATIONONLY); ``MentionSourceName`` the article's source,
else the URL's host; ``MentionIdentifier`` the URL, else the origin, else the
id; ``SentenceID`` the evidence sentence + 1; ``Actor1CharOffset``/
``Actor2CharOffset`` the start of the words naming the source/target (for a
repeat: the entity's mention in the repeat's sentence when the article's
sentence tone gives the sentence bounds), -1 when unknown;
``ActionCharOffset`` the trigger's start; ``InRawText`` 1; ``Confidence`` 100;
``MentionDocLen`` the length of the text; ``MentionDocTone`` the article's
tone; ``MentionDocTranslationInfo`` empty (English only).

Delimiters inside names and URLs (tab, newline) are replaced by spaces, so
every row splits back into exactly 61 or 16 fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..records import HAPPENED, Analysis, Entity, Event, EventEvidence, Place
from .gkg import location_fields
from .output import safe_output

if TYPE_CHECKING:
    from ..knowledge.gazetteer import Gazetteer

_GEO_FIELDS = ("Type", "Fullname", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")
_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                 "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")

EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)

#: The same columns as the GDELT tables in BigQuery (``gdelt-bq.gdeltv2.events``)
#: spell them, which is what most analysis code indexes by.
BIGQUERY_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", *EVENT_COLUMNS[2:],
)
BIGQUERY_EVENT_COLUMNS = tuple(c.replace("Geo_Fullname", "Geo_FullName")
                               for c in BIGQUERY_EVENT_COLUMNS)

MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)

#: ``Confidence`` of mentions of events that are not plain assertions.
HEDGED_CONFIDENCE = 50

_BREAKERS = re.compile(r"[\t\r\n]+")
_EMPTY_GEO = [""] * len(_GEO_FIELDS)


def _clean(text: str) -> str:
    return " ".join(_BREAKERS.sub(" ", text).split())


def _num(value: float) -> str:
    return f"{value:.6g}" if abs(value) < 1e6 else f"{value:.2f}"


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def global_event_id(article_id: str, event_id: str) -> int:
    """The stable ``GlobalEventID`` of an event: see the module docstring."""
    digest = hashlib.blake2b(f"{article_id}/{event_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 11  # 53 bits: exact in a float64


def exported(event: Event) -> bool:
    """True for the events written by default: those that happened (asserted or
    attempted), not negated."""
    return event.modality in HAPPENED and not event.negated


#: When the events were added: one time for all, or per article id.
Added = dt.datetime | Mapping[str, dt.datetime] | None


def _added(analysis: Analysis, event: Event, added: Added) -> str:
    if isinstance(added, Mapping):
        added = added.get(analysis.article.id)
    if added is not None:
        return added.strftime("%Y%m%d%H%M%S")
    day = _date(analysis.article.published) or _date(event.date)
    return day.strftime("%Y%m%d") + "000000" if day else ""


def _event_day(event: Event) -> dt.date | None:
    """The event's date when it names a day; a date known only to the week, month or
    year ("last week", "earlier this year") is not written as its Monday or the 1st:
    the publication date stands in, as GDELT dates its events."""
    if event.date_precision in ("week", "month", "year"):
        return None
    return _date(event.date)


def _identifier(analysis: Analysis) -> str:
    art = analysis.article
    return _clean(art.url or art.origin or art.id)


def _day_fields(day: dt.date | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    fraction = ((day.month - 1) * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
            f"{day.year + fraction:.4f}"]


def _actor_fields(entity: Entity | None) -> list[str]:
    fields = [""] * len(_ACTOR_FIELDS)
    if entity is None:
        return fields
    fields[1] = _clean(entity.name)
    actor = entity.actor
    if actor is None:
        return fields
    code = _clean(actor.code)
    group = code[3:] if code[:3] in ("IGO", "NGO") and len(code) > 3 else ""
    fields[0] = code
    fields[2] = "" if group else _clean(actor.country or "")
    fields[3] = group
    for n, role in enumerate(actor.roles[:3]):
        fields[7 + n] = _clean(role)
    return fields


def _entity_places(analysis: Analysis, gazetteer: Gazetteer | None) -> dict[str, Place]:
    """Entity id -> the actor's place (see the module docstring)."""
    by_name = {p.name.casefold(): p for p in analysis.places}
    out: dict[str, Place] = {}
    for e in analysis.entities:
        found = next((p for p in analysis.places for pm in p.mentions for m in e.mentions
                      if pm.start < m.end and m.start < pm.end), None)
        if found is None and e.type != "PERSON":
            found = by_name.get(e.name.casefold())
        country = e.actor.country if e.actor else None
        if found is None and country:  # "Fargo Mayor ...", "Iran's foreign minister"
            found = next((p for p in analysis.places if p.country == country
                          for pm in p.mentions for d in e.descriptions
                          if d.start <= pm.start and pm.end <= d.end), None)
        if found is None and country and gazetteer is not None:
            entry = gazetteer.country(country)
            if entry is not None:
                found = Place(id="", name=entry.name, geonameid=entry.geonameid,
                              country=entry.country, feature="country", lat=entry.lat,
                              lon=entry.lon, mentions=[])
        if found is not None:
            out[e.id] = found
    return out


def _geo(place: Place | None, gazetteer: Gazetteer | None) -> list[str]:
    fields = location_fields(place, gazetteer) if place is not None else None
    if fields is None:
        return list(_EMPTY_GEO)
    kind, full, country, adm1, lat, lon, feature = fields
    return [kind, full, country, adm1, "", lat, lon, feature]


def _chosen(analysis: Analysis, include_all: bool) -> list[Event]:
    return [v for v in analysis.events if include_all or exported(v)]


def _event_row(analysis: Analysis, event: Event, *, added: Added,
               gazetteer: Gazetteer | None, entities: dict[str, Entity],
               places: dict[str, Place], entity_places: dict[str, Place]) -> list[str]:
    art = analysis.article
    cameo = event.cameo
    source = entities.get(event.source or "")
    target = entities.get(event.target or "")
    row = [
        str(global_event_id(art.id, event.id)),
        *_day_fields(_event_day(event) or _date(art.published)),
        *_actor_fields(source),
        *_actor_fields(target),
        "1" if event.evidence.sentence == 0 else "0",
        cameo.code, cameo.base_code or cameo.code[:3], cameo.root,
        str(cameo.quad_class), _num(cameo.goldstein),
        str(event.mentions), "1", "1",
        _num(analysis.tone.tone) if analysis.tone else "",
        *_geo(entity_places.get(event.source or ""), gazetteer),
        *_geo(entity_places.get(event.target or ""), gazetteer),
        *_geo(places.get(event.place or ""), gazetteer),
        _added(analysis, event, added),
        _identifier(analysis),
    ]
    assert len(row) == len(EVENT_COLUMNS)
    return row


def event_key(analysis: Analysis, event: Event) -> tuple[Any, ...] | None:
    """What makes events of different articles one event: source and target actor
    codes, CAMEO code, place (GeoNames id, else country), day, modality and
    negation ("did not attack" is never "attacked"); None for an event with no day
    (never merged)."""
    day = _event_day(event) or _date(analysis.article.published)
    if day is None:
        return None
    codes = {e.id: (e.actor.code if e.actor else "") for e in analysis.entities}
    place = next((p for p in analysis.places if p.id == event.place), None)
    where = (place.geonameid or place.country or place.name.lower()) if place else ""
    return (codes.get(event.source or "", ""), codes.get(event.target or "", ""),
            event.cameo.code, where, day, event.modality, event.negated)


def _outlet(analysis: Analysis) -> str:
    art = analysis.article
    host = urlsplit(art.url).hostname if art.url else None
    return _clean(art.source or (host.removeprefix("www.") if host else "") or "")


def event_rows(analyses: Iterable[Analysis], *, include_all: bool = False,
               added: Added = None,
               gazetteer: Gazetteer | None = None) -> Iterator[list[str]]:
    """GDELT 2.0 event rows (61 fields), one per distinct event (see the module
    docstring: the same event in several articles is one row with their counts).

    ``gazetteer`` supplies ADM1 codes and region names for the geography;
    without it, the process-wide GeoNames gazetteer is loaded once the first
    event with a place to describe comes along.
    """
    rows: dict[Any, list[str]] = {}
    outlets: dict[Any, set[str]] = {}
    articles: dict[Any, set[str]] = {}
    for n, (analysis, event, row) in enumerate(
            _each_row(analyses, include_all, added, gazetteer)):
        key = event_key(analysis, event) or ("unmerged", n)
        if key not in rows:
            rows[key], outlets[key], articles[key] = row, set(), set()
        else:
            first = rows[key]
            first[_MENTIONS] = str(int(first[_MENTIONS]) + event.mentions)
        outlets[key].add(_outlet(analysis) or analysis.article.id)
        articles[key].add(analysis.article.id)
    for key, row in rows.items():
        row[_SOURCES] = str(len(outlets[key]))
        row[_ARTICLES] = str(len(articles[key]))
        yield row


def _each_row(analyses: Iterable[Analysis], include_all: bool, added: Added,
              gazetteer: Gazetteer | None) -> Iterator[tuple[Analysis, Event, list[str]]]:
    for analysis in analyses:
        events = _chosen(analysis, include_all)
        if not events:
            continue
        entities = {e.id: e for e in analysis.entities}
        places = {p.id: p for p in analysis.places}
        if gazetteer is None:
            from ..knowledge.geonames import default_gazetteer

            gazetteer = default_gazetteer()
        entity_places = _entity_places(analysis, gazetteer)
        for event in events:
            yield analysis, event, _event_row(analysis, event, added=added, gazetteer=gazetteer,
                                              entities=entities, places=places,
                                              entity_places=entity_places)


def _sentence_bounds(analysis: Analysis) -> dict[int, tuple[int, int]]:
    if analysis.tone is None:
        return {}
    return {s.sentence: (s.start, s.end) for s in analysis.tone.sentences}


def _offset(analysis: Analysis, entity_id: str | None, evidence: EventEvidence,
            bounds: dict[int, tuple[int, int]]) -> int:
    """Start of the entity's mention nearest the trigger in the evidence's sentence."""
    span = bounds.get(evidence.sentence)
    entity = next((e for e in analysis.entities if e.id == entity_id), None)
    if entity is None or span is None:
        return -1
    inside = [m.start for m in entity.mentions if span[0] <= m.start and m.end <= span[1]]
    return min(inside, key=lambda s: abs(s - evidence.start)) if inside else -1


def _extras(event: Event) -> str:
    if event.modality == "asserted" and not event.negated:
        return ""  # (an attempt is written, and says it was one)
    out = f"<MODALITY>{_clean(event.modality)}</MODALITY>"
    return out + ("<NEGATED>1</NEGATED>" if event.negated else "")


def mention_rows(analyses: Iterable[Analysis], *, include_all: bool = False,
                 added: Added = None) -> Iterator[list[str]]:
    """GDELT 2.0 mention rows (16 fields): each exported event's evidence, then
    each of its repeats, in that order."""
    first_id: dict[Any, str] = {}  # one event in many articles: the first one's id
    for analysis in analyses:
        art = analysis.article
        events = _chosen(analysis, include_all)
        if not events:
            continue
        source_name = _outlet(analysis)
        tone = _num(analysis.tone.tone) if analysis.tone else ""
        bounds = _sentence_bounds(analysis)
        for event in events:
            key = event_key(analysis, event)
            gid = str(global_event_id(art.id, event.id))
            if key is not None:
                gid = first_id.setdefault(key, gid)
            stamp = _added(analysis, event, added)
            confidence = "100" if exported(event) else str(HEDGED_CONFIDENCE)
            extras = _extras(event)
            first = (event.source_mention.start if event.source_mention else -1,
                     event.target_mention.start if event.target_mention else -1)
            for n, evidence in enumerate([event.evidence, *event.repeats]):
                actors = first if n == 0 else (_offset(analysis, event.source, evidence, bounds),
                                               _offset(analysis, event.target, evidence, bounds))
                row = [
                    gid, stamp, stamp, "1" if art.url else "2", source_name,
                    _identifier(analysis), str(evidence.sentence + 1),
                    str(actors[0]), str(actors[1]), str(evidence.start), "1", confidence,
                    str(len(art.text)), tone, "", extras,
                ]
                assert len(row) == len(MENTION_COLUMNS)
                yield row


#: ``gdelt-bq.gdeltv2.eventmentions`` spelling
BIGQUERY_MENTION_COLUMNS: tuple[str, ...] = ("GLOBALEVENTID", *MENTION_COLUMNS[1:])

_MENTIONS = EVENT_COLUMNS.index("NumMentions")
_SOURCES = EVENT_COLUMNS.index("NumSources")
_ARTICLES = EVENT_COLUMNS.index("NumArticles")


def _write(rows: Iterator[list[str]], columns: tuple[str, ...], out: str | Path | IO[str],
           header: bool) -> int:
    """``header``: a line of ``columns`` first."""
    if isinstance(out, (str, Path)):
        with safe_output(out, force=True) as fh:
            return _write(rows, columns, fh, header)
    count = 0
    if header:
        out.write("\t".join(columns) + "\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
        count += 1
    return count


def write_gdelt_events(analyses: Iterable[Analysis], out: str | Path | IO[str], *,
                       include_all: bool = False, added: Added = None,
                       gazetteer: Gazetteer | None = None, header: bool = False,
                       bigquery: bool = False) -> int:
    """Write GDELT 2.0 event rows to a path or an open text file; return the row count.
    ``header``: a line of column names first, the codebook's or, with ``bigquery``,
    BigQuery's spelling (GLOBALEVENTID, SQLDATE, Actor1Geo_FullName)."""
    rows = event_rows(analyses, include_all=include_all, added=added, gazetteer=gazetteer)
    return _write(rows, BIGQUERY_EVENT_COLUMNS if bigquery else EVENT_COLUMNS, out, header)


def write_gdelt_mentions(analyses: Iterable[Analysis], out: str | Path | IO[str], *,
                         include_all: bool = False, added: Added = None,
                         header: bool = False, bigquery: bool = False) -> int:
    """Write GDELT 2.0 mention rows to a path or an open text file; return the row count
    (``header`` and ``bigquery`` as for :func:`write_gdelt_events`)."""
    rows = mention_rows(analyses, include_all=include_all, added=added)
    return _write(rows, BIGQUERY_MENTION_COLUMNS if bigquery else MENTION_COLUMNS, out, header)


__all__ = [
    "BIGQUERY_EVENT_COLUMNS",
    "BIGQUERY_MENTION_COLUMNS",
    "EVENT_COLUMNS",
    "HEDGED_CONFIDENCE",
    "MENTION_COLUMNS",
    "event_key",
    "event_rows",
    "exported",
    "global_event_id",
    "mention_rows",
    "write_gdelt_events",
    "write_gdelt_mentions",
]
