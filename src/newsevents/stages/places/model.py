"""The places stage's working records: a toponym found, and the group of its
mentions resolved as one (one sense per discourse)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...knowledge.gazetteer import GazetteerEntry
from ...records import Span


@dataclass(slots=True)
class _Toponym:
    span: Span | None  # None: the dateline, which is not in the text
    text: str
    label: str


@dataclass(slots=True)
class _Group:
    key: str
    toponyms: list[_Toponym]
    candidates: list[GazetteerEntry]
    qualifiers: list[int] = field(default_factory=list)  # groups that qualify this one
    siblings: list[int] = field(default_factory=list)  # groups in a list with this one
    choice: GazetteerEntry | None = None
    confidence: float | None = None  # the choice's share of the candidates' odds
    shadowed: frozenset[str] = frozenset()  # keys of areas that hold a town of their name,
    # and of towns named like a state of their country
    outgrown: frozenset[str] = frozenset()  # keys of provinces smaller than a city of
    # their name elsewhere

    @property
    def first(self) -> int:
        return min((t.span.start if t.span else -1) for t in self.toponyms)

    @property
    def name(self) -> str:
        return self.toponyms[0].text
