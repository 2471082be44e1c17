"""Helpers for the stage tests that analyse a sentence of their own."""

from __future__ import annotations

from pathlib import Path

from newsevents import Analysis, Article, Entity, Options, Pipeline, from_text


def analyse(pipe: Pipeline, text: str, published: str | None = "2024-03-09") -> Analysis:
    """The analysis of ``text`` as an article published on ``published``."""
    art = from_text(text, published=published)
    assert isinstance(art, Article)
    result = pipe.analyze(art)
    assert isinstance(result, Analysis), result
    return result


def entity(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert found, f"no {name!r} in {[e.name for e in entities]}"
    return found[0]


def code(entities: list[Entity], name: str) -> str | None:
    """The actor code of the entity named ``name`` (None when it has no actor)."""
    e = entity(entities, name)
    return e.actor.code if e.actor else None


def with_people(pipeline: Pipeline, folder: Path, rows: str) -> Pipeline:
    """The pipeline's model with a people dictionary of ``rows`` (CSV lines
    ``name,aliases,code,start,end,note``) on top of the project's tables."""
    csv = folder / "people.csv"
    csv.write_text("name,aliases,code,start,end,note\n" + rows, encoding="utf-8")
    return Pipeline(pipeline.nlp, options=Options(dictionaries=(str(csv),)))
