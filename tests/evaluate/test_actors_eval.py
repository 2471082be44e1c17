"""The actors evaluator on the project's gold set, held to the floors in gold/floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents import Analysis, ConfigError, Pipeline
from newsevents.evaluate import actors, gold_article
from newsevents.records import Actor, Entity, PipelineInfo, Span

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "actors.jsonl"
FLOORS = ROOT / "gold" / "floors" / "actors.json"


def test_the_gold_set_is_valid() -> None:
    records = actors.read_gold(GOLD)
    assert len(records) >= 10
    persons = [e for r in records for e in r["entities"] if e["type"] == "PERSON"]
    assert len(persons) >= 20
    for r in records:
        for e in r["entities"]:
            for s, t in e["mentions"]:
                assert 0 <= s < t <= len(r["text"])


def test_scoring_of_a_hand_made_prediction() -> None:
    text = "Kiknadze met Arslan. He said it went well."
    gold = {"text": text, "entities": [
        {"name": "Kiknadze", "code": "GEOGOV", "mentions": [[0, 8], [21, 23]]},
        {"name": "Arslan", "code": "TURGOV", "mentions": [[13, 19]]}]}
    art = gold_article(text)
    info = PipelineInfo(version="t", model="t")
    good = Analysis(article=art, pipeline=info, entities=[
        Entity(id="e1", name="Kiknadze", type="PERSON", mentions=[Span(0, 8, "Kiknadze"),
                                                                   Span(21, 23, "He")],
               actor=Actor(code="GEOGOV", country="GEO", roles=["GOV"])),
        Entity(id="e2", name="Arslan", type="PERSON", mentions=[Span(13, 19, "Arslan")],
               actor=Actor(code="TURMIL", country="TUR", roles=["MIL"]))])
    s = actors.score_article(gold, good)
    assert (s["matched"], s["codes"], s["countries"]) == (3, 1, 2)
    assert s["b3_p"] == pytest.approx(3.0) and s["b3_r"] == pytest.approx(3.0)
    merged = Analysis(article=art, pipeline=info, entities=[
        Entity(id="e1", name="X", type="PERSON", mentions=[Span(0, 8, "Kiknadze"),
                                                            Span(13, 19, "Arslan")])])
    s = actors.score_article(gold, merged)
    assert s["matched"] == 2 and s["b3_p"] == pytest.approx(1.0)  # 0.5 + 0.5


def test_a_leading_article_is_not_a_span_difference() -> None:
    # "the BTU" in the gold, "BTU" predicted: the same mention (3 of 7 characters would
    # fail the half-overlap rule); "the strike" against "strike" alike
    text = "Workers of the BTU walked out. The union said the strike would go on."
    gold = {"text": text, "entities": [
        {"name": "BTU", "type": "ORG", "code": "GBRLAB", "mentions": [[11, 18], [31, 40]]}]}
    pred = Analysis(article=gold_article(text), pipeline=PipelineInfo(version="t", model="t"),
                    entities=[Entity(id="e1", name="BTU", type="ORG", mentions=[
                        Span(15, 18, "BTU"), Span(35, 40, "union")])])
    s = actors.score_article(gold, pred)
    assert s["matched"] == 2 and s["b3_r"] == pytest.approx(2.0)


def test_bad_gold_lines_are_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "g.jsonl"
    bad.write_text('{"text": "x"}\n')
    with pytest.raises(ConfigError, match=r'g\.jsonl:1: expected an object with "text" and'):
        actors.read_gold(bad)


def test_actors_hold_the_floors(pipeline: Pipeline) -> None:
    report = actors.run(GOLD, pipeline)
    floors = json.loads(FLOORS.read_text("utf-8"))
    low = {k: (round(report.metrics[k], 3), v) for k, v in floors.items()
           if not k.startswith("_") and report.metrics[k] < v}  # "_comment": why a floor moved
    assert not low, f"below the floor (got, floor): {low}\n{report.to_text()}"
