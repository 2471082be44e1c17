"""An event found in the parse, before it becomes an :class:`~newsevents.records.Event`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...knowledge.events import Pattern
from ...records import EventEvidence


@dataclass(slots=True)
class Candidate:
    code: str
    source: str | None
    target: str | None
    trigger: Any  # token
    sentence: int
    modality: str = "asserted"
    negated: bool = False
    source_tok: Any = None
    target_tok: Any = None
    repeats: list[EventEvidence] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)


#: object items a name satisfies (see ``knowledge/data/events.tsv``)
NAME_ITEMS = frozenset({"person", "country", "town"})


@dataclass(slots=True)
class Match:
    """A pattern of the lexicon matched at a trigger, with the words it bound."""

    pattern: Pattern
    trigger: Any
    last: Any
    obj: Any
    xcomp: Any
    subject: Any
    passive: bool
    matched: str | None

    @property
    def score(self) -> tuple[int, int, int, int, int]:
        """Most specific first: an object matched, more trigger words, more object
        words, a word of the text over a name that stands for one ("ousted
        president Mohamed Morsi": the title "president" over "a named person"), and
        what an order or a request asks done over whom it asks ("ordered French
        troops to leave": an expulsion, not a deployment)."""
        p = self.pattern
        return (1 if self.matched else 0, len(p.words),
                len(self.matched.split()) if self.matched else 0,
                0 if self.matched in NAME_ITEMS else 1, 1 if self.xcomp is not None else 0)
