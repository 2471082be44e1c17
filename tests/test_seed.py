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


def _person(seed_json: dict, name: str) -> dict:  # type: ignore[type-arg]
    found = [e for e in seed_json["entities"] if e["name"] == name]
    assert len(found) == 1, [e["name"] for e in seed_json["entities"]]
    return found[0]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("name", "aliases", "code"), [
    ("Ali Shamkhani", {"Shamkhani", "the SNSC chief", "The top security official",
                       "Iran's senior security official", "his Iranian counterpart", "He"},
     "IRNGOV"),
    ("Ilham Aliyev", {"Aliyev", "The Azeri president",
                      "the president of the Republic of Azerbaijan"}, "AZEGOV"),
    ("Ramil Usubov", {"Usubov", "Azerbaijan's senior security official",
                      "Azerbaijan’s top security official", "He"}, "AZEGOV"),
])
def test_seed_people_are_resolved_and_coded(seed_json: dict, name: str, aliases: set[str],  # type: ignore[type-arg]
                                            code: str) -> None:
    e = _person(seed_json, name)
    assert aliases <= {m["text"] for m in e["mentions"]}
    assert e["actor"]["code"] == code
    ev = e["actor"]["evidence"][0]
    assert ev["kind"] == "text"
    assert seed_json["article"]["text"][ev["start"]:ev["end"]] == ev["text"]


def test_seed_father_and_son_stay_apart(seed_json: dict) -> None:  # type: ignore[type-arg]
    heydar = _person(seed_json, "Heydar Aliyev")
    ilham = _person(seed_json, "Ilham Aliyev")
    assert {m["start"] for m in heydar["mentions"]}.isdisjoint(
        {m["start"] for m in ilham["mentions"]})
    assert heydar["actor"]["code"] == "AZEELI"  # a former president (CAMEO 3.2.4)
    assert "deceased" in heydar["actor"]["note"] or "former" in heydar["actor"]["note"]


def test_seed_organisations_and_metonyms(seed_json: dict) -> None:  # type: ignore[type-arg]
    snsc = _person(seed_json, "Supreme National Security Council")
    assert "SNSC" in {m["text"] for m in snsc["mentions"]}
    assert snsc["actor"]["code"] == "IRNGOV"
    zionist = _person(seed_json, "Zionist regime")
    assert zionist["actor"]["code"] == "ISRGOV"


def _events(seed_json: dict) -> list[tuple[str | None, str | None, str, str, str]]:  # type: ignore[type-arg]
    code = {e["id"]: (e["actor"] or {}).get("code") for e in seed_json["entities"]}
    return [(code.get(v["source"]), code.get(v["target"]), v["cameo"]["code"],
             (v["plover"] or {}).get("category"), v["modality"]) for v in seed_json["events"]]


def test_seed_meetings_in_baku_on_friday(seed_json: dict) -> None:  # type: ignore[type-arg]
    places = {p["id"]: p["name"] for p in seed_json["places"]}
    meetings = [v for v in seed_json["events"] if v["cameo"]["code"].startswith("04")
                and v["plover"]["category"] == "CONSULT" and v["modality"] == "asserted"]
    code = {e["id"]: (e["actor"] or {}).get("code") for e in seed_json["entities"]}
    with_aliyev = [v for v in meetings if code.get(v["target"]) == "AZEGOV"
                   and code.get(v["source"]) == "IRNGOV"]
    assert len(with_aliyev) >= 2  # Aliyev on Friday, Usubov later
    first = with_aliyev[0]
    assert places[first["place"]] == "Baku"
    assert (first["date"], first["date_from"]) == ("2021-12-17", "text")
    text = seed_json["article"]["text"]
    ev = first["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["text"] == "met"


def test_seed_intent_denunciation_and_cooperation(seed_json: dict) -> None:  # type: ignore[type-arg]
    events = _events(seed_json)
    # Aliyev: "will visit Tehran again"
    assert ("AZEGOV", "IRN", "036", "AGREE", "intended") in events
    # "The Zionist regime, as the main center of evil ..."
    assert any(s == "IRNGOV" and t == "ISRGOV" and c.startswith("11") for s, t, c, _, _ in
               events)
    # cooperation both ways
    assert any(s and s.startswith("IRN") and t and t.startswith("AZE") and c.startswith("03")
               for s, t, c, _, _ in events)
    assert any(s and s.startswith("AZE") and t and t.startswith("IRN") and c.startswith("03")
               for s, t, c, _, _ in events)


def test_seed_nothing_from_the_licence_line(seed_json: dict) -> None:  # type: ignore[type-arg]
    text = seed_json["article"]["text"]
    assert all(v["evidence"]["end"] <= len(text) for v in seed_json["events"])
    assert "Mehr News Agency" not in text
