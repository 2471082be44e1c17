"""The reference article (../shared/seed), end to end through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import cli

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed_json(seed_path: Path) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(cli, ["analyze", str(seed_path), "--published", "2021-12-18",
                                      "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_seed_article_metadata(seed_json: dict) -> None:  # type: ignore[type-arg]
    art = seed_json["article"]
    assert art["license"] == "CC-BY-4.0"
    assert art["dateline"] == "TEHRAN"
    assert art["published"] == "2021-12-18"
    assert art["language"] == "en"
    assert "Creative Commons" not in art["text"] and "licensed" not in art["text"]
    assert art["text"].startswith("Ali Shamkhani, the Secretary")
    assert art["text"].endswith("among the region's governments.")


@pytest.mark.parametrize("name", ["Ali Shamkhani", "Ilham Aliyev", "Heydar Aliyev",
                                  "Ramil Usubov"])
def test_seed_people_are_found_with_correct_spans(seed_json: dict, name: str) -> None:  # type: ignore[type-arg]
    text = seed_json["article"]["text"]
    people = {e["name"]: e for e in seed_json["entities"] if e["type"] == "PERSON"}
    assert name in people
    spans = people[name]["mentions"]
    assert spans and all(text[m["start"]:m["end"]] == m["text"] for m in spans)
    # every occurrence of the full name in the text is a mention of it
    full = {m["start"] for m in spans if m["text"] == name}
    occurrences = [i for i in range(len(text)) if text.startswith(name, i)]
    assert set(occurrences) == full


def test_no_entity_from_the_licence_sentence(seed_json: dict) -> None:  # type: ignore[type-arg]
    names = {e["name"] for e in seed_json["entities"]}
    assert "Mehr News Agency" not in names
    assert not any("Creative Commons" in n for n in names)
