"""Querying stored quotes: filters by speaker, actor and text; newest first; bound values."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsevents import Analysis, Article, ConfigError, Pipeline, Store, from_text
from newsevents.records import Actor, Entity, PipelineInfo, Quote, Span
from newsevents.stages import entities, quotes
from newsevents.store.quotes import COLUMNS, count_quotes, query_quotes

INFO = PipelineInfo(version="test", model="none", stages=["entities", "quotes"])


def _analysis(aid: str, published: str | None, speaker: tuple[str, str | None, str | None],
              said: list[str]) -> Analysis:
    name, code, country = speaker
    text = f"{name} said: " + " ".join(f"“{s}”" for s in said)
    actor = Actor(code=code, country=country) if code else None
    ent = Entity(id="e1", name=name, type="PERSON", mentions=[Span(0, len(name), name)],
                 actor=actor)
    found = []
    for n, s in enumerate(said, start=1):
        start = text.index(s)
        found.append(Quote(id=f"q{n}", kind="direct", text=s, start=start, end=start + len(s),
                           speaker="e1", speaker_mention=Span(0, len(name), name), cue="said"))
    found.append(Quote(id=f"q{len(said) + 1}", kind="direct", text=said[0], start=found[0].start,
                       end=found[0].end, speaker=None))  # an unattributed one
    return Analysis(article=Article(id=aid, text=text, published=published, origin=aid),
                    entities=[ent], quotes=found, pipeline=INFO)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "q.duckdb") as s:
        yield _filled(s)


def _filled(s: Store) -> Store:
    s.write([
        _analysis("a-old", "2021-12-17", ("Ali Shamkhani", "IRNGOV", "IRN"),
                  ["We are against any action that leads to insecurity.",
                   "The region needs stability."]),
        _analysis("a-new", "2024-03-09", ("Ilham Aliyev", "AZEGOV", "AZE"),
                  ["I have traveled to Iran several times."]),
        _analysis("a-nodate", None, ("Kemal Aydiner", None, None),
                  ["Turkey is ready to listen; 100% ready."]),
    ])
    return s


def test_all_quotes_newest_article_first_then_in_text_order(store: Store) -> None:
    rows = query_quotes(store.con)
    assert [(r["article_id"], r["id"]) for r in rows] == [
        ("a-new", "q1"), ("a-new", "q2"), ("a-old", "q1"), ("a-old", "q3"), ("a-old", "q2"),
        ("a-nodate", "q1"), ("a-nodate", "q2")]
    assert set(rows[0]) == set(COLUMNS)
    first = rows[0]
    assert first["published"] == "2024-03-09"
    assert first["speaker_name"] == "Ilham Aliyev" and first["actor_code"] == "AZEGOV"
    assert first["text"] == "I have traveled to Iran several times."


def test_filter_by_speaker_name_part_any_case(store: Store) -> None:
    rows = query_quotes(store.con, speaker="shamkh")
    assert {r["speaker_name"] for r in rows} == {"Ali Shamkhani"} and len(rows) == 2
    assert query_quotes(store.con, speaker="Nobody") == []


@pytest.mark.parametrize(("actor", "who"), [
    ("IRN", {"Ali Shamkhani"}), ("irngov", {"Ali Shamkhani"}), ("AZE", {"Ilham Aliyev"}),
    ("AZEGOV", {"Ilham Aliyev"}), ("GOV", set()), ("USA", set())])
def test_filter_by_actor_code_prefix_or_country(store: Store, actor: str, who: set[str]) -> None:
    assert {r["speaker_name"] for r in query_quotes(store.con, actor=actor)} == who


def test_filter_by_text_and_combined_filters(store: Store) -> None:
    assert [r["text"] for r in query_quotes(store.con, contains="STABILITY")] == [
        "The region needs stability."]
    assert query_quotes(store.con, contains="stability", speaker="aliyev") == []
    rows = query_quotes(store.con, contains="Iran", actor="AZE", speaker="Ilham")
    assert [r["article_id"] for r in rows] == ["a-new"]


def test_limit(store: Store) -> None:
    assert len(query_quotes(store.con, limit=2)) == 2
    with pytest.raises(ConfigError, match="at least 1"):
        query_quotes(store.con, limit=0)


def test_offset_pages_through_what_count_quotes_counts(store: Store) -> None:
    every = query_quotes(store.con)
    assert count_quotes(store.con) == len(every) == 7
    pages = [query_quotes(store.con, limit=3, offset=o) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert [r for p in pages for r in p] == every
    with pytest.raises(ConfigError, match="the offset must be 0 or more, not -1"):
        query_quotes(store.con, offset=-1)


@pytest.mark.parametrize("filters", [
    {}, {"speaker": "shamkh"}, {"speaker": "Nobody"}, {"actor": "IRN"}, {"actor": "azegov"},
    {"actor": "GOV"}, {"contains": "STABILITY"}, {"contains": "%"},
    {"contains": "Iran", "actor": "AZE", "speaker": "Ilham"},
    {"contains": "stability", "speaker": "aliyev"}, {"speaker": "", "actor": "", "contains": ""},
])
def test_count_quotes_has_the_filters_of_query_quotes(store: Store,
                                                      filters: dict[str, Any]) -> None:
    assert count_quotes(store.con, **filters) == len(query_quotes(store.con, **filters))


@pytest.mark.parametrize("nasty", ["%", "_", "'; DROP TABLE quotes; --", "100%", "\\", "' OR 1=1"])
def test_values_are_bound_never_written_into_sql(store: Store, nasty: str) -> None:
    for key in ("speaker", "actor", "contains"):
        rows = query_quotes(store.con, **{key: nasty})
        assert count_quotes(store.con, **{key: nasty}) == len(rows)
        if key == "contains" and nasty in ("%", "100%"):  # a literal percent sign
            assert {r["article_id"] for r in rows} == {"a-nodate"}
        else:
            assert rows == []
    assert store.counts()["quotes"] == 7


def test_quotes_found_by_the_pipeline_are_queryable(tmp_path: Path, pipeline: Pipeline) -> None:
    pipe = Pipeline(pipeline.nlp, stages=[entities.STAGE, quotes.STAGE])
    art = from_text("Georgian President Irakli Mchedlidze met his guest in Tbilisi. \"Georgia "
                    "and Turkey are strategic partners,\" Mchedlidze said.",
                    origin="t.txt", published="2024-03-09")
    assert isinstance(art, Article)
    result = pipe.analyze(art)
    assert isinstance(result, Analysis)
    with Store.open(tmp_path / "p.duckdb") as s:
        s.write([result])
        (row,) = query_quotes(s.con, speaker="mchedlidze")
        assert row["text"] == "Georgia and Turkey are strategic partners"
        assert row["speaker_text"] == "Mchedlidze" and row["cue"] == "said"
