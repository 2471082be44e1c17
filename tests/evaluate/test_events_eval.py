"""The events evaluator, and the coder held to its floors on the PLOVER gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents import ConfigError, Pipeline
from newsevents.evaluate import events
from newsevents.records import (
    Actor,
    Analysis,
    Article,
    Cameo,
    Entity,
    Event,
    EventEvidence,
    PipelineInfo,
    Plover,
    Span,
)

ROOT = Path(__file__).resolve().parents[2]
FLOORS = ROOT / "gold" / "floors" / "events.json"


def test_plover_05_categories_are_mapped_and_igos_compared_as_igo(tmp_path: Path) -> None:
    gold = tmp_path / "plover.json"
    gold.write_text(json.dumps([
        {"id": "doc", "event": "DOCUMENT", "eventText": "internal"},
        {"id": "a", "text": "Iran criticised Israel.", "event": "DISAPPROVE",
         "source": [{"actorText": "Iran", "code": "IRN"}],
         "target": [{"actorText": "Israel", "code": "ISRGOV"}]},
        {"id": "b", "text": "The UN demanded a truce.", "event": "DEMAND",
         "source": [{"actorText": "UN", "code": "IGOUNO"}], "target": ""},
    ]))
    records = events.read_gold(gold)
    assert [r["events"][0]["category"] for r in records] == ["ACCUSE", "REQUEST"]
    assert records[0]["events"][0]["target"] == "ISRGOV"
    assert records[1]["events"][0]["target"] is None
    assert events._country("IGOUNO") == events._country("IGO") == "IGO"
    assert events._country("ISRGOV") == "ISR"


def test_plover_reciprocal_and_compound_actors_give_one_gold_event_per_pair(
        tmp_path: Path) -> None:
    gold = tmp_path / "plover.json"
    gold.write_text(json.dumps([
        {"id": "r", "text": "Jordan and Britain agreed.", "event": "AGREE",
         "source": [{"actorText": "Jordan", "code": "JOR"},
                    {"actorText": "Britain", "code": "GBR"}], "target": "",
         "textInfo": {"markup": "(SRC/TAR: Jordan) and (SRC/TAR: Britain) (EVT: agreed)."}},
        {"id": "m", "text": "Gambia's president will visit Mauritania and Senegal.",
         "event": "AGREE", "source": [{"actorText": "Gambian President", "code": "GMB"}],
         "target": [{"actorText": "Mauritania", "code": "MRT"},
                    {"actorText": "Senegal", "code": "SEN"}],
         "textInfo": {"markup": "(SRC: Gambian President) (EVT: will visit) (TAR: Mauritania)"
                                " and (TAR: Senegal)"}},
        {"id": "s", "text": "U.S. and Russian negotiators return to Geneva.",
         "event": "CONSULT", "source": [{"actorText": "U.S.", "code": "USA"},
                                        {"actorText": "Russian", "code": "RUS"}],
         "textInfo": {"markup": "(SRC: U.S.) and (SRC: Russian negotiators) (EVT: return)"}},
    ]))
    pairs = [[(e["source"], e["target"]) for e in r["events"]] for r in events.read_gold(gold)]
    assert pairs == [[("JOR", "GBR"), ("GBR", "JOR")],
                     [("GMB", "MRT"), ("GMB", "SEN")],
                     [("USA", None), ("RUS", None)]]
    # transnational NGOs are compared as the file codes them: IGO
    assert events._country("NGOAMN") == "IGO"


def test_a_predicted_actor_is_compared_as_the_gold_code_would_be() -> None:
    # CAMEO's UIS ("foreign security forces") stands where a country would: the gold's
    # "UIS" is compared as "UIS", and so is a predicted actor coded so with no country
    from types import SimpleNamespace
    result = SimpleNamespace(entities=[
        Entity(id="e1", name="foreign security forces", type="ORG",
               actor=Actor(code="UIS", country=None, roles=["UIS"])),
        Entity(id="e2", name="police", type="ORG", actor=Actor(code="COP", roles=["COP"])),
        Entity(id="e3", name="Kenya", type="GPE", actor=Actor(code="KEN", country="KEN"))])
    assert events._entity_country(result, "e1") == events._country("UIS") == "UIS"  # type: ignore[arg-type]
    assert events._entity_country(result, "e2") is None  # type: ignore[arg-type]
    assert events._entity_country(result, "e3") == "KEN"  # type: ignore[arg-type]


def test_only_events_that_happened_or_were_announced_are_compared() -> None:
    from newsevents.records import Cameo, Event, EventEvidence, Plover

    def event(code: str, category: str | None, modality: str = "asserted",
              negated: bool = False) -> Event:
        return Event(id="v", cameo=Cameo(code=code, root=code[:2], quad_class=1, goldstein=0.0,
                                         base_code=code[:3]),
                     plover=Plover(category=category, mode=None) if category else None,
                     modality=modality, negated=negated,
                     evidence=EventEvidence(sentence=0, start=0, end=1, text="x"))

    assert events._compared(event("040", "CONSULT"))
    assert events._compared(event("036", "AGREE", "intended"))
    assert not events._compared(event("040", "CONSULT", negated=True))
    assert not events._compared(event("030", "AGREE", "conditional"))  # "unless X accepted"
    assert events._compared(event("135", "THREATEN", "conditional"))  # "may halt ... if"
    assert not events._compared(event("183", "ASSAULT", "denied"))  # "denied carrying out"
    assert not events._compared(event("010", None))  # statements: no PLOVER category


def test_jsonl_gold_lines_must_have_text_and_events(tmp_path: Path) -> None:
    bad = tmp_path / "e.jsonl"
    bad.write_text('{"text": "x"}\n')
    with pytest.raises(ConfigError, match=r'e\.jsonl:1: expected an object with "text" and'):
        events.read_gold(bad)


def test_events_hold_the_floors_on_the_plover_gold_file(shared: Path,
                                                        pipeline: Pipeline) -> None:
    report = events.run(shared / "eval" / "plover_gsr_cameo.json", pipeline)
    floors = json.loads(FLOORS.read_text("utf-8"))
    assert report.counts["records"] == 322
    low = {k: (round(report.metrics[k], 3), v) for k, v in floors.items()
           if not k.startswith("_") and report.metrics[k] < v}  # "_comment": why a floor moved
    assert not low, f"below the floor (got, floor): {low}\n{report.to_text()}"


def test_events_hold_the_floors_on_the_projects_gold_set(pipeline: Pipeline) -> None:
    gold = ROOT / "gold" / "events.jsonl"
    records = events.read_gold(gold)
    assert len(records) >= 15 and sum(len(r["events"]) for r in records) >= 60
    report = events.run(gold, pipeline)
    floors = json.loads((ROOT / "gold" / "floors" / "events-project.json").read_text("utf-8"))
    low = {k: (round(report.metrics[k], 3), v) for k, v in floors.items()
           if not k.startswith("_") and report.metrics[k] < v}  # "_comment": why a floor moved
    assert not low, f"below the floor (got, floor): {low}\n{report.to_text()}"


def test_article_gold_with_sentences_is_scored_by_sentence() -> None:
    text = "Iran met Azerbaijan. Israel attacked Gaza."
    ents = [Entity(id=f"e{n}", name=c, type="GPE", mentions=[Span(0, 1, "x")],
                   actor=Actor(code=c, country=c, roles=[]))
            for n, c in enumerate(["IRN", "AZE", "ISR", "PSE"])]

    def ev(src: str, tgt: str, category: str, at: int) -> Event:
        return Event(id="v", source=src, target=tgt,
                     cameo=Cameo(code="040", root="04", quad_class=1, goldstein=1.0,
                                 base_code="040"),
                     plover=Plover(category=category, mode=None),
                     evidence=EventEvidence(sentence=0, start=at, end=at + 3, text="x"))

    result = Analysis(article=Article(id="a", text=text), pipeline=PipelineInfo("t", "t"),
                      entities=ents, events=[ev("e0", "e1", "CONSULT", 5),
                                             ev("e2", "e1", "ASSAULT", 28)])
    rec = {"events": [
        {"source": "IRNGOV", "target": "AZE", "category": "CONSULT",
         "sentence": "Iran met Azerbaijan."},
        {"source": "ISR", "target": "PSE", "category": "ASSAULT",
         "sentence": "Israel attacked Gaza."}]}
    counts = events._sentence_scores(rec, text, result, result.events)
    assert counts["gold"] == 2 and counts["found"] == 2
    assert counts["category"] == 2 and counts["source"] == 2 and counts["target"] == 1
    assert counts["triple"] == 1 and counts["predicted_ok"] == 1 and counts["predicted"] == 2


def test_an_event_said_again_in_a_gold_sentence_is_found_there() -> None:
    text = "Rebels attacked Kenyan troops on Monday. The rebels attacked again on Tuesday."
    second = text.index("attacked again")
    ents = [Entity("e1", "Rebels", "ORG", [Span(0, 6, "Rebels")], Actor("SOMREB", "SOM", ["REB"])),
            Entity("e2", "Kenyan troops", "ORG", [Span(16, 29, "Kenyan troops")],
                   Actor("KENMIL", "KEN", ["MIL"]))]
    attack = Event(id="v1", source="e1", target="e2", cameo=Cameo("190", "19", 4, -10.0, "190"),
                   plover=Plover("ASSAULT"), evidence=EventEvidence(0, 7, 15, "attacked"),
                   repeats=[EventEvidence(1, second, second + 8, "attacked")], mentions=2)
    result = Analysis(article=Article(id="a", text=text), entities=ents, events=[attack],
                      pipeline=PipelineInfo(version="t", model="none", stages=["events"]))
    rec = {"events": [{"sentence": "The rebels attacked again on Tuesday.", "source": "SOMREB",
                       "target": "KENMIL", "category": "ASSAULT"}]}
    scores = events._sentence_scores(rec, text, result, [attack])
    assert scores["found"] == 1 and scores["triple"] == 1
