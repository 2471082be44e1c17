"""The output contract: JSON round trip and the documented shape."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsevents.records import (
    Actor,
    Analysis,
    Article,
    Cameo,
    Entity,
    Event,
    EventEvidence,
    Evidence,
    PipelineInfo,
    Plover,
    Quote,
    Skipped,
    Span,
    Tone,
)


def _analysis(text: str = "Ali Shamkhani met Ilham Aliyev.") -> Analysis:
    return Analysis(
        article=Article(id="abc", text=text, published="2021-12-18", dateline="TEHRAN",
                        license="CC-BY-4.0"),
        entities=[Entity(id="e1", name="Ali Shamkhani", type="PERSON",
                         mentions=[Span(0, 13, text[0:13])],
                         actor=Actor(code="IRNGOV", country="IRN", roles=["GOV"],
                                     evidence=[Evidence(kind="text", start=0, end=13)]))],
        quotes=[Quote(id="q1", kind="direct", text="x", start=0, end=1, speaker="e1",
                      speaker_mention=Span(0, 13, text[0:13]), cue="said")],
        events=[Event(id="v1", source="e1", target=None,
                      cameo=Cameo(code="040", root="04", quad_class=1, goldstein=1.0),
                      plover=Plover(category="CONSULT", mode="visit"),
                      evidence=EventEvidence(sentence=0, start=14, end=17, text="met"))],
        tone=Tone(tone=1.5, word_count=6),
        pipeline=PipelineInfo(version="0.1.0", model="en_core_web_sm-3.8.0", stages=["entities"]),
    )


def test_round_trip_through_json_is_exact() -> None:
    a = _analysis()
    again = Analysis.from_dict(json.loads(json.dumps(a.to_dict())))
    assert again == a
    assert isinstance(again.entities[0].actor, Actor)
    assert isinstance(again.events[0].cameo, Cameo)


def test_top_level_shape_is_the_documented_one() -> None:
    d = _analysis().to_dict()
    assert list(d) == ["article", "entities", "places", "dates", "quotes", "events", "tone",
                       "pipeline"]
    assert {"id", "url", "title", "source", "published", "dateline", "license", "language",
            "text"} <= set(d["article"])
    assert set(d["events"][0]) >= {"id", "source", "target", "cameo", "plover", "place", "date",
                                   "date_from", "modality", "negated", "mentions", "evidence"}
    assert d["events"][0]["cameo"]["code"] == "040"


def test_from_dict_accepts_integers_for_floats_and_missing_optional_fields() -> None:
    tone = Tone.from_dict({"tone": 2, "word_count": 3})
    assert tone.tone == 2.0 and isinstance(tone.tone, float)
    assert tone.positive == 0.0


def test_skipped_reads_as_one_line() -> None:
    s = Skipped("a.txt", "empty", "the input is empty")
    assert str(s) == "a.txt: skipped (empty): the input is empty"
    assert "\n" not in str(s)


@given(st.text(min_size=1, max_size=200), st.integers(0, 50), st.integers(0, 50))
def test_span_round_trip_any_text(text: str, a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    span = Span(start, end, text[start:end])
    assert Span.from_dict(json.loads(json.dumps(span.to_dict()))) == span
