"""An event found in the parse, before it becomes an :class:`~newsevents.records.Event`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
