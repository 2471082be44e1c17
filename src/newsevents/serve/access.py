"""Access to the store from many request threads.

DuckDB connections are not thread-safe, and one process may not hold the
same file open read-only and read-write at once. So:

* reads share one read-only connection (opened on the first request) and
  each request gets its own cursor of it (a cursor is a connection of its
  own to the same database, cheap to make: well under a millisecond,
  against some 20 ms to open the file);
* a write (``POST /api/articles``) waits for the reads in flight, closes the
  shared connection, opens the store read-write for that one batch, closes
  it, and the next read opens the shared connection again;
* what is worth building once per state of the store (the places summary) is
  kept by :meth:`StoreAccess.memo` until the next write.

A readers-writer lock orders the two; a waiting writer goes before readers
that come after it. While the server holds the store open, another process
cannot write to it (DuckDB's file lock): ``newsevents ingest`` hands its
batches to the server instead (:mod:`newsevents.serve.handoff`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

from ..store import Store
from ..store.stories import StoryIndex

T = TypeVar("T")


class RWLock:
    """Many readers or one writer; writers are not starved."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            try:
                while self._writing or self._readers:
                    self._cond.wait()
            finally:
                self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class StoreAccess:
    """Read cursors over one shared read-only connection; exclusive writes."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = RWLock()
        self._mutex = threading.Lock()  # guards the shared connection itself
        self._shared: Store | None = None
        #: moves on after every write: answers made before it are stale
        self.generation = 0
        # the stories' index lives as long as the server, not one write
        self._story_index: StoryIndex | None = None
        #: what :meth:`memo` built, by name: (generation, value)
        self._memo: dict[str, tuple[int, Any]] = {}
        self._building = threading.Lock()

    @contextmanager
    def read(self) -> Iterator[Store]:
        """A store over a cursor of its own, for one request."""
        with self._lock.shared():
            with self._mutex:
                if self._shared is None:
                    self._shared = Store.open(self.path, read_only=True)
                cursor = self._shared.con.cursor()
            try:
                yield Store(cursor, self.path)
            finally:
                cursor.close()

    def memo(self, name: str, build: Callable[[], T]) -> T:
        """``build()``, made once per state of the store: kept until the next write.
        Call it inside :meth:`read`, so that no write changes the store meanwhile."""
        generation = self.generation
        hit = self._memo.get(name)
        if hit is not None and hit[0] == generation:
            return cast(T, hit[1])
        with self._building:  # one build at a time; the others wait and take it
            hit = self._memo.get(name)
            if hit is not None and hit[0] == generation:
                return cast(T, hit[1])
            value = build()
            self._memo[name] = (generation, value)
            return value

    @contextmanager
    def write(self) -> Iterator[Store]:
        """The store opened read-write, with no read in flight."""
        with self._lock.exclusive():
            self._close_shared()
            try:
                with Store.open(self.path) as store:
                    store.stories_index = self._story_index
                    yield store
                    self._story_index = store.stories_index
            finally:
                self.generation += 1

    def _close_shared(self) -> None:
        with self._mutex:
            if self._shared is not None:
                self._shared.close()
                self._shared = None

    def close(self) -> None:
        """Close the shared connection (at shutdown)."""
        with self._lock.exclusive():
            self._close_shared()


__all__ = ["RWLock", "StoreAccess"]
