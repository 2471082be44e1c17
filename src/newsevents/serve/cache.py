"""Answers to repeated reads, kept until the store changes.

A dashboard asks the same questions over and over (the statistics, a dyad's
timeline, the first page of events), and between two writes the answer cannot
change: this server is the store's only writer (``POST /api/articles`` and the
batches ``newsevents ingest`` hands over, :mod:`newsevents.serve.handoff`). So
:class:`ResponseCache`, a plain ASGI middleware, keeps the complete answer (status,
headers, body) to a ``GET /api/...`` request with status 200, by its path and
query string, and replays it. Each write moves the store's generation on
(:attr:`StoreAccess.generation`) and empties the cache. Bounded: at most
``entries`` answers of at most ``largest`` bytes each and ``total`` bytes in all
(64 MB), the least recently used dropped first. Measured with ``bench/load.py`` (README, Web API).

A question being answered is answered once: requests that ask it again before the
first answer is ready wait for that answer instead of computing it alongside
(when 200 dashboards open at once, thirty of them ask for the statistics in the
same second). A waiter whose leader's answer cannot be kept (not a 200, too large,
the store changed meanwhile) computes its own.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable

from .guard import ASGIApp, Message, Receive, Scope, Send

#: what a cached answer is: status, raw headers, body
_Answer = tuple[int, list[tuple[bytes, bytes]], bytes]


class ResponseCache:
    """Replay 200 answers to ``GET /api/...`` until ``generation()`` changes."""

    def __init__(self, app: ASGIApp, *, generation: Callable[[], int], entries: int = 2048,
                 largest: int = 1_000_000, total: int = 64_000_000) -> None:
        self.app = app
        self.generation = generation
        self.entries = entries
        self.largest = largest
        self.total = total
        self._bytes = 0
        self._answers: OrderedDict[bytes, _Answer] = OrderedDict()
        self._seen = generation()
        self._lock = threading.Lock()
        #: questions being answered now, by key, store generation and event loop (a
        #: future belongs to one loop; a test client may run several): the answer's
        #: future
        self._pending: dict[tuple[bytes, int, int], asyncio.Future[_Answer | None]] = {}
        self.hits = 0
        self.misses = 0
        #: requests answered by waiting for the same question asked just before
        self.shared = 0

    def _get(self, key: bytes) -> _Answer | None:
        with self._lock:
            now = self.generation()
            if now != self._seen:
                self._answers.clear()
                self._bytes = 0
                self._seen = now
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
                self.hits += 1
            else:
                self.misses += 1
            return answer

    def _put(self, key: bytes, answer: _Answer, generation: int) -> bool:
        """Keep ``answer``; False if it is stale (the store changed meanwhile)."""
        with self._lock:
            if generation != self.generation():
                return False  # the store changed while this answer was being made
            if key in self._answers:
                self._bytes -= len(self._answers[key][2])
            self._answers[key] = answer
            self._bytes += len(answer[2])
            self._answers.move_to_end(key)
            while len(self._answers) > self.entries or self._bytes > self.total:
                _key, dropped = self._answers.popitem(last=False)
                self._bytes -= len(dropped[2])
            return True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET" or \
                not str(scope.get("path", "")).startswith("/api/"):
            await self.app(scope, receive, send)
            return
        key = scope.get("raw_path") or str(scope["path"]).encode()
        key = bytes(key) + b"?" + bytes(scope.get("query_string", b""))
        answer = self._get(key)
        generation = self.generation()
        loop = asyncio.get_running_loop()
        slot = (key, generation, id(loop))
        pending = self._pending.get(slot)
        if answer is None and pending is not None:
            answer = await asyncio.shield(pending)
            if answer is not None:
                self.shared += 1
        if answer is not None:
            await _replay(answer, send)
            return
        if pending is not None:  # the leader's answer was not kept: compute our own
            await self.app(scope, receive, send)
            return
        done: asyncio.Future[_Answer | None] = loop.create_future()
        self._pending[slot] = done
        try:
            await self._answer(key, generation, done, scope, receive, send)
        finally:
            if not done.done():
                done.set_result(None)
            if self._pending.get(slot) is done:
                del self._pending[slot]

    async def _answer(self, key: bytes, generation: int, done: asyncio.Future[_Answer | None],
                      scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app, keep its answer if it may be replayed, and hand it to the
        requests waiting for it."""
        start: Message | None = None
        parts: list[bytes] = []
        size = 0
        keep = True

        async def record(message: Message) -> None:
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                start = message
                keep = message.get("status") == 200
            elif message["type"] == "http.response.body" and keep:
                body = bytes(message.get("body", b""))
                size += len(body)
                if size > self.largest:
                    keep = False
                    parts.clear()
                else:
                    parts.append(body)
                if not message.get("more_body", False) and keep and start is not None:
                    answer = (200, list(start.get("headers", [])), b"".join(parts))
                    if self._put(key, answer, generation):
                        done.set_result(answer)
            await send(message)

        await self.app(scope, receive, record)


async def _replay(answer: _Answer, send: Send) -> None:
    status, headers, body = answer
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


__all__ = ["ResponseCache"]
