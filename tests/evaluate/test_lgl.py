"""The places stage on LGL (read from ../shared in its own XML), held to its floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents import Pipeline
from newsevents.evaluate import evaluate
from newsevents.evaluate.places import read_gold

ROOT = Path(__file__).resolve().parents[2]

SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <dltime>2009-03-20 12:24:52</dltime>
    <text><![CDATA[Fire in Alexandria. Crews from Pineville helped.]]></text>
    <toponyms count="2">
      <toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550"><name>Alexandria</name><fclass>P</fclass>
          <lat>31.3113</lat><lon>-92.4451</lon>
          <country geonameid="6252001">United States</country></gaztag></toponym>
      <toponym><start>31</start><end>40</end><phrase>Pineville</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_lgl_xml_is_read(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(SAMPLE, encoding="utf-8")
    [article] = read_gold(path)
    assert article.published == "2009-03-20"
    # the toponym without a GeoNames entry is left out
    assert [(t.text, t.country, t.geonameid) for t in article.toponyms] == [
        ("Alexandria", "USA", 4314550)]


def test_lgl_holds_the_floors(pipeline: Pipeline, shared: Path) -> None:
    gold = shared / "eval" / "geo" / "lgl.xml"
    if not gold.is_file():
        pytest.skip(f"{gold} is not present in this copy of ../shared")
    floors = json.loads((ROOT / "gold" / "floors" / "places-lgl.json").read_text("utf-8"))
    report = evaluate("places", gold, pipeline)
    low = {k: (round(report.metrics[k], 3), v) for k, v in floors.items()
           if not k.startswith("_") and report.metrics[k] < v}
    assert not low, f"below the floor (got, floor): {low}"
