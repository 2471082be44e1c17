"""A memory across the corpus: what earlier articles said of a person.

When one article says "Ali Shamkhani, the Secretary of Iran's SNSC", a later
one that says only "Shamkhani" can be coded IRN GOV, with evidence pointing
to the earlier article and its date. Roles change, so the latest evidence
dated on or before the new article's date wins; evidence from after it is
never used.

The store keeps the rows (table ``actor_memory``, written with each
article's other rows, so replacing an article replaces what it taught);
:class:`ActorMemory` is the in-process index that the actors stage reads
through ``Knowledge.memory``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .knowledge.actors import Office, norm
from .records import Analysis, Evidence


@dataclass(frozen=True, slots=True)
class Memory:
    article_id: str
    name: str
    code: str
    date: dt.date | None
    evidence: str


def memory_rows(a: Analysis) -> list[dict[str, Any]]:
    """Rows one analysis adds to ``actor_memory``: people coded from the text."""
    rows = []
    for e in a.entities:
        if e.type != "PERSON" or e.actor is None or not e.actor.country:
            continue
        if len(e.name.split()) < 2 or not all(w[:1].isupper() for w in e.name.split()[-1:]):
            continue  # a lone word ("Minister", "Prosecutor") is no name to remember
        text_ev = [ev for ev in e.actor.evidence if ev.kind == "text" and ev.text]
        if not text_ev or (e.actor.note or "").startswith("former"):
            continue
        keys = {norm(e.name)}
        if len(e.name.split()) > 1:
            keys.add(norm(e.name.split()[-1]))
        for key in sorted(keys):
            rows.append({"article_id": a.article.id, "name_key": key, "name": e.name,
                         "code": e.actor.code, "date": a.article.published,
                         "evidence": text_ev[0].text})
    return rows


class ActorMemory:
    """Index of memory rows by name key."""

    def __init__(self, rows: Iterable[Memory | tuple[str, str, Memory]] = ()) -> None:
        self._by_key: dict[str, list[Memory]] = {}
        for row in rows:
            if isinstance(row, Memory):
                self.add(norm(row.name), row)
            else:
                self.add(row[0], row[2])

    def add(self, key: str, memory: Memory) -> None:
        self._by_key.setdefault(key, []).append(memory)

    def learn(self, analyses: Iterable[Analysis]) -> None:
        for a in analyses:
            for r in memory_rows(a):
                day = dt.date.fromisoformat(r["date"]) if r["date"] else None
                self.add(r["name_key"], Memory(r["article_id"], r["name"], r["code"], day,
                                               r["evidence"]))

    def knows(self, name: str) -> bool:
        return norm(name) in self._by_key

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_key.values())

    def lookup(self, name: str, day: dt.date | None) -> tuple[Office, Evidence] | None:
        """The latest memory of ``name`` dated on or before ``day``."""
        found = [m for m in self._by_key.get(norm(name), [])
                 if day is None or (m.date is not None and m.date <= day)]
        if not found:
            return None
        best = max(found, key=lambda m: (m.date or dt.date.min, m.article_id))
        ev = Evidence(kind="memory", text=best.evidence, article=best.article_id,
                      date=best.date.isoformat() if best.date else None)
        return Office(best.code, best.date, None, None, "memory"), ev


__all__ = ["ActorMemory", "Memory", "memory_rows"]
