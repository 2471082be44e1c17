"""Stages: plain functions over one parsed article.

A stage reads the spaCy ``Doc`` and what earlier stages assigned, and returns
typed records that the pipeline stores under the stage's ``assigns`` slot. It
declares the slots it ``requires``; :class:`newsevents.pipeline.Pipeline`
checks when it is built that every requirement is assigned by an earlier stage
(the idea of spaCy's ``requires=``/``assigns=``, without a registry).

A stage does no I/O: knowledge it needs is loaded once and handed to it
through the :class:`Context`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..config import Options
from ..errors import PipelineError
from ..knowledge import Knowledge
from ..records import Article

#: Slots present before any stage runs.
BASE_SLOTS = frozenset({"article", "doc"})


@dataclass(slots=True)
class Context:
    """What a stage sees: the article, its Doc, options, knowledge, assigned slots."""

    article: Article
    doc: Any  # spacy.tokens.Doc; typed loosely so records never import spaCy
    options: Options
    knowledge: Knowledge = field(default_factory=Knowledge)
    slots: dict[str, Any] = field(default_factory=dict)
    _sents: list[Any] | None = field(default=None, repr=False)
    _tokens: list[Any] | None = field(default=None, repr=False)

    def sentences(self) -> list[Any]:
        """``list(doc.sents)``, made once for all stages (spaCy walks the whole
        Doc each time ``doc.sents`` is read)."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
        return self._sents

    def tokens(self) -> list[Any]:
        """``list(doc)``, made once for all stages (spaCy makes new Token objects
        on every pass)."""
        if self._tokens is None:
            self._tokens = list(self.doc)
        return self._tokens

    def published_day(self) -> dt.date | None:
        """The article's publication day (None when it has none or an unreadable one)."""
        try:
            return dt.date.fromisoformat((self.article.published or "")[:10])
        except ValueError:
            return None

    def __getitem__(self, slot: str) -> Any:
        try:
            return self.slots[slot]
        except KeyError:
            raise PipelineError(f"slot {slot!r} was read before any stage assigned it") from None


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the pipeline: ``run(ctx)`` returns the value for ``assigns``."""

    name: str
    run: Callable[[Context], Any]
    assigns: str
    requires: tuple[str, ...] = ()


def check_order(stages: list[Stage]) -> None:
    """Raise PipelineError unless each stage's requirements come before it."""
    available = set(BASE_SLOTS)
    names: set[str] = set()
    for stage in stages:
        if stage.name in names:
            raise PipelineError(f"stage {stage.name!r} appears twice")
        names.add(stage.name)
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, "
                "which no earlier stage assigns"
            )
        if stage.assigns in available:
            raise PipelineError(f"stage {stage.name!r} assigns {stage.assigns!r} a second time")
        available.add(stage.assigns)


__all__ = ["BASE_SLOTS", "Context", "Stage", "check_order"]
