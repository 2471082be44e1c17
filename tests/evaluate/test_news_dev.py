"""Floors on news-dev: 40 real Wikinews articles with gold written by others.

The set is a development set (``../shared/eval/news-dev``): it finds classes of
failure; the rules are tested on sentences of our own elsewhere. These tests only
hold the figures to the floors in ``gold/floors/news-dev.json``, which may rise and
never silently fall.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents import Pipeline
from newsevents.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "gold" / "floors" / "news-dev.json").read_text("utf-8"))


@pytest.mark.parametrize("kind", ["actors", "quotes", "events", "places"])
def test_news_dev_holds_the_floors(pipeline: Pipeline, shared: Path, kind: str) -> None:
    gold = shared / "eval" / "news-dev" / f"{kind}.jsonl"
    if not gold.is_file():
        pytest.skip(f"{gold} is not present in this copy of ../shared")
    report = evaluate(kind, gold, pipeline)
    low = {k: (round(report.metrics[k], 3), v) for k, v in FLOORS[kind].items()
           if report.metrics[k] < v}
    assert not low, f"below the floor (got, floor): {low}\n{report.to_text()[:3000]}"
