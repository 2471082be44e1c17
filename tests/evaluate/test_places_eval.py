"""The places evaluator on the project's gold set, held to the floors in gold/floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents import ConfigError, Pipeline
from newsevents.evaluate import places

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "places.jsonl"
FLOORS = ROOT / "gold" / "floors" / "places.json"


def test_the_gold_set_is_big_and_valid() -> None:
    records = places.read_gold(GOLD)
    toponyms = [t for r in records for t in r.toponyms]
    assert len(toponyms) >= 100
    names = {t.text for t in toponyms}
    assert {"Paris", "Tripoli", "Georgia", "Hyderabad", "Córdoba", "San José", "Alexandria",
            "Birmingham", "London"} <= names
    # the same name meaning different places is what the set is for
    assert len({t.geonameid for t in toponyms if t.text == "Tripoli"}) == 2


def test_places_hold_the_floors(pipeline: Pipeline) -> None:
    report = places.run(GOLD, pipeline)
    floors = json.loads(FLOORS.read_text("utf-8"))
    assert report.counts["toponyms"] >= 100
    low = {k: (round(report.metrics[k], 3), v) for k, v in floors.items()
           if report.metrics[k] < v}
    assert not low, f"below the floor (got, floor): {low}\n{report.to_text()}"
    assert report.metrics["country_accuracy"] >= 0.97  # the targets
    assert report.metrics["accuracy_161km"] >= 0.90
    assert "toponym_recall" in report.to_text()


def test_a_bad_gold_record_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "Police in Lima.", "toponyms": [
        {"start": 0, "end": 4, "text": "Lima", "lat": -12.04, "lon": -77.03,
         "country": "PER"}]}) + "\n", "utf-8")
    with pytest.raises(ConfigError, match=r"bad.jsonl:1: toponym 'Lima' is not at 0:4"):
        places.read_gold(bad)
    bad.write_text("{not json\n", "utf-8")
    with pytest.raises(ConfigError, match="invalid JSON"):
        places.read_gold(bad)


def test_the_gold_s_own_geonames_feature_is_right_wherever_its_release_put_it(
        tmp_path: Path, pipeline: Pipeline) -> None:
    # LGL puts Canada (6251999) at 60, -96; today's GeoNames at 60.1, -113.6
    text = "Police in Toronto said the money was wired to Canada."
    start = text.index("Canada")
    gold = tmp_path / "g.jsonl"

    def score(geonameid: int) -> float:
        gold.write_text(json.dumps({"text": text, "published": "2024-03-09", "toponyms": [
            {"start": start, "end": start + 6, "text": "Canada", "lat": 0.0, "lon": 0.0,
             "country": "CAN", "geonameid": geonameid}]}) + "\n", "utf-8")
        report = places.run(gold, pipeline)
        assert report.counts["recognised"] == 1
        return report.metrics["accuracy_161km"]

    assert score(6251999) == 1.0
    assert score(1) == 0.0  # another feature at that far point is wrong


def test_recall_is_also_given_over_the_toponyms_that_are_no_demonyms(
        tmp_path: Path, pipeline: Pipeline) -> None:
    # a gold set that counts "Israeli" (as LGL does) is read both ways
    text = "Israeli troops entered Jenin on Monday."
    gold = tmp_path / "g.jsonl"
    toponyms = [{"start": text.index(w), "end": text.index(w) + len(w), "text": w,
                 "lat": lat, "lon": lon, "country": "PSE" if w == "Jenin" else "ISR"}
                for w, lat, lon in (("Israeli", 31.5, 34.75), ("Jenin", 32.46, 35.3))]
    gold.write_text(json.dumps({"text": text, "toponyms": toponyms}) + "\n", "utf-8")
    report = places.run(gold, pipeline)
    assert report.metrics["toponym_recall"] == 0.5
    assert report.metrics["toponym_recall_no_demonyms"] == 1.0
