"""The dates evaluator: its gold format, its scoring, and the project's date gold held
to the floors in gold/floors."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newsevents import ConfigError, Pipeline
from newsevents.evaluate import Report
from newsevents.evaluate import dates as evaluator

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "dates.jsonl"
FLOORS = ROOT / "gold" / "floors" / "dates.json"


def _gold(tmp_path: Path, *records: dict[str, object]) -> Path:
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def test_a_right_and_a_wrong_date_are_told_apart(tmp_path: Path, pipeline: Pipeline) -> None:
    path = _gold(tmp_path, {
        "id": "t1", "published": "2021-12-18",
        "text": "Kenyan police arrested 12 protesters in Nairobi on Friday.",
        "events": [{"trigger": "arrested", "date": "2021-12-17", "precision": "day",
                    "date_from": "text"}]}, {
        "id": "t2", "published": "2021-12-18",
        "text": "Kenyan police arrested 12 protesters in Nairobi last week.",
        "events": [{"trigger": "arrested", "date": "2021-12-17", "precision": "day",
                    "date_from": "text"}]})
    report = evaluator.run(path, pipeline)
    assert report.counts["gold events"] == 2 and report.metrics["found"] == 1.0
    # the second gold date is deliberately wrong ("last week" is the week of 2021-12-06)
    assert report.metrics["date_accuracy"] == 0.5
    assert any("t2" in n and "2021-12-06" in n for n in report.notes), report.notes


def test_an_event_noun_is_found_on_its_light_verb_only(tmp_path: Path,
                                                       pipeline: Pipeline) -> None:
    # "went on strike": the coder's evidence is the verb; "welcomed the ceasefire" is
    # another event, not the ceasefire's
    path = _gold(tmp_path, {
        "id": "s1", "published": "2021-12-18",
        "text": "Kenyan teachers went on strike in Nairobi on Monday.",
        "events": [{"trigger": "strike", "date": "2021-12-13", "precision": "day"}]}, {
        "id": "s2", "published": "2021-12-18",
        "text": "Kenya's government welcomed the ceasefire in Somalia.",
        "events": [{"trigger": "ceasefire", "date": "2021-12-18", "precision": "day",
                    "date_from": "published"}]})
    report = evaluator.run(path, pipeline)
    assert report.counts["found"] == 1 and report.metrics["date_accuracy"] == 1.0, \
        report.to_text()


@pytest.mark.parametrize(("event", "message"), [
    ({"trigger": "visited", "date": "2021-12-17", "precision": "day"}, "not a word"),
    ({"trigger": "arrested", "date": "17/12/2021", "precision": "day"}, "YYYY-MM-DD"),
    ({"trigger": "arrested", "date": "2021-12-17", "precision": "hour"}, "precision"),
    ({"trigger": "arrested", "date": "2021-12-17", "precision": "day", "date_from": "x"},
     "date_from"),
])
def test_a_bad_gold_line_is_one_clear_error(tmp_path: Path, event: dict[str, str],
                                            message: str) -> None:
    path = _gold(tmp_path, {"text": "Police arrested 12 protesters.", "events": [event]})
    with pytest.raises(ConfigError, match=message):
        evaluator.read_gold(path)


def test_the_date_gold_is_big_and_covers_every_precision() -> None:
    texts = evaluator.read_gold(GOLD)
    events = [e for t in texts for e in t.events]
    assert len(texts) >= 150
    kinds = Counter((e.precision, e.date_from) for e in events)
    for kind in (("day", "text"), ("week", "text"), ("month", "text"), ("year", "text"),
                 ("day", "published")):
        assert kinds[kind] >= 10, kinds


@pytest.fixture(scope="module")
def report(pipeline: Pipeline) -> Report:
    return evaluator.run(GOLD, pipeline)


def test_dates_hold_the_floors(report: Report) -> None:
    floors = json.loads(FLOORS.read_text("utf-8"))
    low = {k: (round(report.metrics[k], 3), v) for k, v in floors.items()
           if not k.startswith("_") and report.metrics[k] < v}
    assert not low, f"below the floor (got, floor): {low}\n{report.to_text()}"
