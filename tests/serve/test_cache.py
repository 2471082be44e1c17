"""Repeated reads answered from memory until the store changes (serve/cache.py)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from newsevents import Pipeline
from newsevents.serve import create_app
from newsevents.serve.cache import ResponseCache
from newsevents.store import Store


class _Counting:
    """An ASGI app that answers ``status`` with a body naming how often it ran."""

    def __init__(self, status: int = 200, size: int = 0) -> None:
        self.calls = 0
        self.status = status
        self.size = size

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls += 1
        await send({"type": "http.response.start", "status": self.status,
                    "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body",
                    "body": f"call {self.calls}".encode() + b"x" * self.size})


def _get(app: Any, path: str, query: bytes = b"", method: str = "GET") -> tuple[int, bytes]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(),
             "query_string": query, "headers": []}
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def test_a_read_is_replayed_until_the_store_changes() -> None:
    inner, generation = _Counting(), [0]
    cache = ResponseCache(inner, generation=lambda: generation[0])
    assert _get(cache, "/api/stats") == (200, b"call 1")
    assert _get(cache, "/api/stats") == (200, b"call 1")
    assert _get(cache, "/api/stats", b"x=1") == (200, b"call 2")  # another question
    generation[0] += 1  # a write
    assert _get(cache, "/api/stats") == (200, b"call 3")
    assert (cache.hits, inner.calls) == (1, 3)


def test_only_whole_successful_api_reads_are_kept() -> None:
    for inner, path, method in [(_Counting(404), "/api/articles/x", "GET"),
                                (_Counting(), "/api/ingest", "POST"),
                                (_Counting(), "/static/app.js", "GET"),
                                (_Counting(size=2_000), "/api/events", "GET")]:
        cache = ResponseCache(inner, generation=lambda: 0, largest=1_000)
        first = _get(cache, path, method=method)
        second = _get(cache, path, method=method)
        assert first != second and inner.calls == 2, path


def test_the_cache_is_bounded_in_bytes_too() -> None:
    inner = _Counting(size=40)
    cache = ResponseCache(inner, generation=lambda: 0, total=100)
    for path in ("/api/a", "/api/b", "/api/c"):
        _get(cache, path)
    assert _get(cache, "/api/c")[1].startswith(b"call 3")  # the newest is kept
    assert _get(cache, "/api/a")[1].startswith(b"call 4")  # the oldest was dropped


class _Slow(_Counting):
    """A :class:`_Counting` that answers only once ``release`` is set."""

    def __init__(self, status: int = 200) -> None:
        super().__init__(status)
        self.release = asyncio.Event()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.release.wait()
        await super().__call__(scope, receive, send)


def _together(cache: ResponseCache, inner: _Slow, paths: list[str]) -> list[tuple[int, bytes]]:
    """Ask ``paths`` at once, let the app answer when all are waiting."""
    async def run() -> list[tuple[int, bytes]]:
        async def one(path: str) -> tuple[int, bytes]:
            sent: list[dict[str, Any]] = []

            async def receive() -> dict[str, Any]:
                return {"type": "http.request", "body": b"", "more_body": False}

            async def send(message: dict[str, Any]) -> None:
                sent.append(message)

            scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(),
                     "query_string": b"", "headers": []}
            await cache(scope, receive, send)
            return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])

        tasks = [asyncio.create_task(one(path)) for path in paths]
        await asyncio.sleep(0)  # every request has reached the cache
        inner.release.set()
        return list(await asyncio.gather(*tasks))
    return asyncio.run(run())


def test_a_question_asked_again_while_it_is_answered_is_answered_once() -> None:
    inner = _Slow()
    cache = ResponseCache(inner, generation=lambda: 0)
    answers = _together(cache, inner, ["/api/stats"] * 5 + ["/api/events"])
    assert answers[:5] == [(200, b"call 1")] * 5
    assert answers[5] == (200, b"call 2")  # another question is not shared
    assert (inner.calls, cache.shared) == (2, 4)


def test_waiters_compute_their_own_answer_when_the_first_is_not_kept() -> None:
    inner = _Slow(status=500)
    cache = ResponseCache(inner, generation=lambda: 0)
    answers = _together(cache, inner, ["/api/stats"] * 3)
    assert sorted(answers) == [(500, b"call 1"), (500, b"call 2"), (500, b"call 3")]
    assert cache.shared == 0


def test_the_server_never_answers_from_before_a_write(tmp_path: Path, pipeline: Pipeline,
                                                      samples: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store.open(db).close()
    app = create_app(str(db), handoff_key="k", pipeline=pipeline)
    text = next(p for p in sorted(samples.iterdir()) if p.suffix == ".txt").read_text("utf-8")
    with TestClient(app, base_url="http://localhost") as client:
        assert client.get("/api/stats").json()["counts"]["articles"] == 0
        assert client.get("/api/stats").json()["counts"]["articles"] == 0
        article = {"id": "a1", "text": text, "published": "2024-03-09", "origin": "t.txt"}
        answer = client.post("/api/ingest", json={"items": [{"article": article}]},
                             headers={"Authorization": "Bearer k"})
        assert answer.status_code == 200 and answer.json()["added"] == 1, answer.text
        assert client.get("/api/stats").json()["counts"]["articles"] == 1
