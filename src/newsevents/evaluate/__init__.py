"""Scorers against gold data, behind ``newsevents evaluate KIND GOLD``.

Each evaluator is a module here with ``run(gold: Path, pipeline: Pipeline)
-> Report``; :data:`EVALUATORS` names them. Gold sets written by the project
live in ``gold/`` at the top of the repository, and the floors that tests hold
them to in ``gold/floors/KIND.json`` (floors may rise, never silently fall).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..records import Article

if TYPE_CHECKING:
    from ..pipeline import Pipeline

#: kind -> module (under newsevents.evaluate) that scores it.
EVALUATORS: dict[str, str] = {
    "actors": "actors", "events": "events", "places": "places", "quotes": "quotes",
    "lexicon": "lexicon", "dates": "dates"}


@dataclass(slots=True)
class Report:
    """What an evaluator measured: named figures and a text for people."""

    kind: str
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_text(self) -> str:
        lines = [f"{self.kind} evaluation"]
        lines += [f"  {k:<28}{v:>8}" for k, v in self.counts.items()]
        lines += [f"  {k:<28}{v:>8.3f}" for k, v in self.metrics.items()]
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)


def gold_lines(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line number, ``path:line``, text) of each non-blank line of a JSONL gold
    file; a file that cannot be read is one ConfigError."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    for n, line in enumerate(lines, start=1):
        if line.strip():
            yield n, f"{path}:{n}", line


def gold_object(where: str, line: str, key: str) -> dict[str, Any]:
    """One JSONL gold line as an object with ``text`` and ``key``, or a ConfigError."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{where}: invalid JSON: {exc.msg}") from None
    if not isinstance(obj, dict) or "text" not in obj or key not in obj:
        raise ConfigError(f'{where}: expected an object with "text" and "{key}"')
    return obj


def gold_article(text: str, *, published: str | None = None, origin: str = "gold",
                 dateline: str | None = None) -> Article:
    """An Article whose text is the gold text exactly, so gold offsets apply.

    Gold texts are not cleaned (a dateline stays in the text); pass the
    dateline separately if the gold file gives one.
    """
    from ..sources.clean import article_id, parse_published

    return Article(id=article_id(text), text=text, published=parse_published(published),
                   dateline=dateline, origin=origin)


def evaluate(kind: str, gold: Path, pipeline: Pipeline) -> Report:
    """Run the evaluator for ``kind`` on the gold file ``gold``."""
    if kind not in EVALUATORS:
        known = ", ".join(sorted(EVALUATORS)) or "none yet"
        raise ConfigError(f"no evaluator for {kind!r} (known: {known})")
    module = importlib.import_module(f"{__name__}.{EVALUATORS[kind]}")
    report: Report = module.run(gold, pipeline)
    return report


__all__ = ["EVALUATORS", "Report", "evaluate", "gold_article", "gold_lines",
           "gold_object"]
