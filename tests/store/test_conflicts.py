"""The same person coded with different countries across the store is reported."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsevents import Store
from newsevents.cli import cli
from newsevents.records import Actor, Analysis, Article, Entity, Evidence, PipelineInfo, Span

INFO = PipelineInfo(version="test", model="none", stages=["entities"])


def _article(aid: str, published: str, name: str, code: str, kind: str) -> Analysis:
    text = f"{name} spoke to reporters on Monday about the border." + " padding" * 30
    ev = Evidence(kind=kind, start=0 if kind == "text" else None,
                  end=len(name) if kind == "text" else None, text=name)
    return Analysis(article=Article(id=aid, text=text, published=published, origin=aid),
                    pipeline=INFO,
                    entities=[Entity("e1", name, "PERSON", [Span(0, len(name), name)],
                                     Actor(code, code[:3], [code[3:]], evidence=[ev]))])


def test_a_person_with_two_countries_in_one_year_is_a_conflict(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        store.write([
            _article("a1", "2024-03-01", "Levan Kiknadze", "GEOGOV", "text"),
            _article("a2", "2024-05-01", "Levan Kiknadze", "GEOGOV", "text"),
            _article("a3", "2024-06-01", "Levan Kiknadzé", "TURGOV", "context"),
            # a career, not a conflict: one country, another role years later
            _article("a4", "2019-01-01", "Mehmet Arslan", "TURGOV", "knowledge"),
            _article("a5", "2024-01-01", "Mehmet Arslan", "TURELI", "knowledge"),
            # two countries, but eight years apart
            _article("a6", "2010-01-01", "Anna Berg", "SWEGOV", "text"),
            _article("a7", "2018-01-01", "Anna Berg", "NORGOV", "text"),
        ])
        found = store.actor_conflicts()
    assert [c["name"] for c in found] == ["Levan Kiknadze"]
    c = found[0]
    assert c["suggested"] == "GEOGOV"
    assert {x["code"]: (len(x["articles"]), x["from_text"]) for x in c["codes"]} == {
        "GEOGOV": (2, 2), "TURGOV": (1, 0)}
    assert (c["first"], c["last"]) == ("2024-03-01", "2024-06-01")
    with Store.open(db, read_only=True) as store:
        assert [x["name"] for x in store.actor_conflicts(window_days=3000)] == [
            "Anna Berg", "Levan Kiknadze"]
    result = CliRunner().invoke(cli, ["actors", "--conflicts", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Levan Kiknadze" in result.stdout and "GEOGOV (2, 2)" in result.stdout
    assert "Anna Berg" not in result.stdout
