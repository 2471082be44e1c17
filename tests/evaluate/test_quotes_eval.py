"""The quotes evaluator on the project's gold set, held to the floors in gold/floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents import ConfigError, Pipeline
from newsevents.evaluate import Report
from newsevents.evaluate import quotes as evaluator
from newsevents.stages import entities, quotes

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "quotes.jsonl"
FLOORS = ROOT / "gold" / "floors" / "quotes.json"


@pytest.fixture(scope="module")
def report(pipeline: Pipeline) -> Report:
    return evaluator.run(GOLD, Pipeline(pipeline.nlp, stages=[entities.STAGE, quotes.STAGE]))


def test_the_gold_set_is_big_and_covers_every_kind() -> None:
    articles = list(evaluator.read_gold(GOLD))
    found = [q for a in articles for q in a.quotes]
    assert len(articles) >= 15 and len(found) >= 60
    assert {q.kind for q in found} == {"direct", "partial", "indirect"}
    texts = "\n".join(a.text for a in articles)
    for mark in ('"', "“", "”", "«", "»", "‘", "’", "so-called", "according to", "for his part",
                 "told reporters:", "” — "):
        assert mark in texts, mark


def test_quotes_hold_the_floors(report: Report) -> None:
    floors = json.loads(FLOORS.read_text("utf-8"))
    low = {k: (round(report.metrics[k], 3), v) for k, v in floors.items()
           if report.metrics[k] < v}
    assert not low, f"below the floor (got, floor): {low}\n{report.to_text()}"
    assert report.metrics["overlap_f1"] >= 0.95  # the targets
    assert report.metrics["speaker_accuracy"] >= 0.90
    text = report.to_text()
    assert "overlap_f1" in text and "exact_f1" in text and "speaker_accuracy" in text


def test_matching_is_one_to_one_by_best_overlap() -> None:
    gold = [(0, 100), (40, 60)]   # reported speech with a partial quote inside
    predicted = [(42, 60), (0, 98), (200, 210)]
    assert evaluator.match(gold, predicted) == {0: 1, 1: 0}
    # a match shares at least half of the shorter span
    assert evaluator.match([(0, 100)], [(60, 130)]) == {0: 0}
    assert evaluator.match([(0, 100)], [(90, 130)]) == {}


@pytest.mark.parametrize(("predicted", "gold", "same"), [
    ("Ali Shamkhani", "Ali Shamkhani", True), ("Shamkhani", "Ali Shamkhani", True),
    ("the Interior Ministry", "Interior Ministry", True), ("Ilham Aliyev", "Ramil Usubov", False),
    (None, "Ali Shamkhani", False)])
def test_speaker_names_agree_by_full_name_or_surname(
        predicted: str | None, gold: str, same: bool) -> None:
    assert evaluator.same_speaker(predicted, gold) is same


def test_a_bad_gold_line_is_a_clear_error(tmp_path: Path, pipeline: Pipeline) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "He said it.", "quotes": [
        {"start": 0, "end": 2, "kind": "direct", "speaker": None, "text": "She"}]}) + "\n",
        "utf-8")
    with pytest.raises(ConfigError, match=r"bad.jsonl:1 is not a gold article: quote text"):
        list(evaluator.read_gold(bad))
    bad.write_text('{"text": "x", "quotes": [{"start": 0, "end": 1, "kind": "odd"}]}\n', "utf-8")
    with pytest.raises(ConfigError, match="kind 'odd'"):
        list(evaluator.read_gold(bad))
    bad.write_text("{not json\n", "utf-8")
    with pytest.raises(ConfigError, match=r"bad\.jsonl:1"):
        list(evaluator.read_gold(bad))
    with pytest.raises(ConfigError, match="no stage that finds quotes"):
        evaluator.run(GOLD, Pipeline(pipeline.nlp, stages=[entities.STAGE]))
