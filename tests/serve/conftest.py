"""Fixtures of the server tests.

* ``api_db``: a small store of hand-made records (IRN, AZE, ISR, TUR, GEO;
  events with places and dates in three weeks; quotes; a title full of SQL),
  whose answers the API tests know exactly. No model needed.
* ``client``: a TestClient of a read-only app over ``api_db``.
* ``samples_db``: the repository's ``samples/`` ingested with the session
  pipeline, plus the hand-made records (so that the dashboard always has a
  dyad with events whatever the event coder finds in the samples).
* ``live_server``: uvicorn serving ``samples_db`` on 127.0.0.1 on a free port,
  in a thread, for the browser tests.
"""

from __future__ import annotations

import socket
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from starlette.exceptions import StarletteDeprecationWarning

from newsevents import Pipeline, Store, ingest
from newsevents.records import (
    Actor,
    Analysis,
    Article,
    Cameo,
    Entity,
    Event,
    EventEvidence,
    PipelineInfo,
    Place,
    Plover,
    Quote,
    Span,
)
from newsevents.serve import create_app

with warnings.catch_warnings():
    # Starlette 1.x asks for `httpx2` and warns when it finds `httpx` (which works).
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient as TestClient

INFO = PipelineInfo(version="test", model="none", stages=["events"])


@dataclass
class Doc:
    """Builds one hand-made analysis: spans are found in the text, so they are right."""

    id: str
    text: str
    published: str
    title: str
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def span(self, words: str, after: int = 0) -> Span:
        start = self.text.index(words, after)
        return Span(start, start + len(words), words)

    def entity(self, eid: str, name: str, etype: str, code: str | None,
               mentions: list[str | Span]) -> None:
        spans = [m if isinstance(m, Span) else self.span(m) for m in mentions]
        actor = Actor(code, code[:3]) if code else None
        self.entities.append(Entity(eid, name, etype, spans, actor))

    def place(self, pid: str, name: str, geonameid: int, country: str, lat: float,
              lon: float) -> None:
        self.places.append(Place(pid, name, geonameid, country, "city", lat, lon,
                                 [self.span(name)]))

    def quote(self, qid: str, words: str, speaker: str | None, said_by: Span | None) -> None:
        sp = self.span(words)
        who = said_by
        self.quotes.append(Quote(qid, "direct", words, sp.start, sp.end, speaker, who, "said"))

    def event(self, vid: str, source: str, target: str, trigger: str, code: str, quad: int,
              goldstein: float, plover: str, date: str, place: str | None = None,
              **extra: Any) -> None:
        sp = self.span(trigger)
        sentence = self.text[:sp.start].count(". ")
        self.events.append(Event(
            id=vid, source=source, target=target,
            cameo=Cameo(code, code[:2], quad, goldstein, code[:3]), plover=Plover(plover),
            place=place, date=date, date_from="text",
            evidence=EventEvidence(sentence, sp.start, sp.end, trigger), **extra))

    def analysis(self) -> Analysis:
        return Analysis(
            article=Article(id=self.id, text=self.text, published=self.published,
                            title=self.title, url=f"https://example.invalid/{self.id}",
                            source="Hand-made Wire", origin=f"handmade/{self.id}.txt"),
            entities=self.entities, places=self.places, quotes=self.quotes,
            events=self.events, pipeline=INFO)


def handmade() -> list[Analysis]:
    """Records the API tests know by heart."""
    one = Doc("hand-1", (
        "Ali Shamkhani met Ilham Aliyev in Baku on Friday. "
        "\"Our region needs calm, not foreign bases,\" Shamkhani said after the talks. "
        "Iran accused Israel of plotting against its neighbours."),
        "2021-12-18", "Shamkhani meets Aliyev in Baku")
    said_by = one.span("Shamkhani", 20)
    one.entity("e1", "Ali Shamkhani", "PERSON", "IRNGOV", ["Ali Shamkhani", said_by])
    one.entity("e2", "Ilham Aliyev", "PERSON", "AZEGOV", ["Ilham Aliyev"])
    one.entity("e3", "Iran", "GPE", "IRN", ["Iran"])
    one.entity("e4", "Israel", "GPE", "ISR", ["Israel"])
    one.place("p1", "Baku", 587084, "AZE", 40.37767, 49.89201)
    one.quote("q1", "Our region needs calm, not foreign bases,", "e1", said_by)
    one.event("v1", "e1", "e2", "met", "040", 1, 1.0, "CONSULT", "2021-12-17", "p1")
    one.event("v2", "e3", "e4", "accused", "112", 3, -2.0, "ACCUSE", "2021-12-17")

    two = Doc("hand-2", (
        "Azerbaijan and Iran signed a gas agreement in Baku. "
        "Iranian troops later shelled a border post, Azerbaijan said."),
        "2022-01-05", "Gas deal, then shelling")
    two.entity("e1", "Azerbaijan", "GPE", "AZE", ["Azerbaijan"])
    two.entity("e2", "Iran", "GPE", "IRN", ["Iran"])
    two.entity("e3", "Iranian troops", "NORP", "IRNMIL", ["Iranian troops"])
    two.place("p1", "Baku", 587084, "AZE", 40.37767, 49.89201)
    two.event("v1", "e1", "e2", "signed", "057", 2, 8.0, "AGREE", "2022-01-03", "p1")
    two.event("v2", "e3", "e1", "shelled", "195", 4, -10.0, "ASSAULT", "2022-01-04")
    two.event("v3", "e1", "e2", "signed", "036", 1, 4.0, "AGREE", "2022-01-03",
              modality="intended")

    three = Doc("hand-3", (
        "Turkey and Georgia held talks in Tbilisi. "
        "The 100% Union_Party said '; DROP TABLE events; -- was painted on a wall."),
        "2022-01-20", "Talks in Tbilisi; '; DROP TABLE events; --")
    three.entity("e1", "Turkey", "GPE", "TUR", ["Turkey"])
    three.entity("e2", "Georgia", "GPE", "GEO", ["Georgia"])
    three.entity("e3", "100% Union_Party", "ORG", None, ["100% Union_Party"])
    three.place("p1", "Tbilisi", 611717, "GEO", 41.69411, 44.83368)
    three.event("v1", "e1", "e2", "held talks", "040", 1, 1.0, "CONSULT", "2022-01-19", "p1")
    three.event("v2", "e2", "e1", "held talks", "042", 1, 1.9, "CONSULT", "2022-01-19",
                negated=True)
    return [one.analysis(), two.analysis(), three.analysis()]


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("serve") / "api.duckdb"
    with Store.open(path) as store:
        store.write(handmade())
    return str(path)


@pytest.fixture(scope="session")
def client(api_db: str) -> Iterator[TestClient]:
    app = create_app(api_db)
    yield TestClient(app, base_url="http://localhost")
    app.state.service.access.close()


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline,
               samples: Path) -> str:
    path = tmp_path_factory.mktemp("serve") / "samples.duckdb"
    with Store.open(path) as store:
        report = ingest([samples], store, pipeline)
        assert not report.skipped, report.skipped
        store.write(handmade())
    return str(path)


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1, on a free port, in a thread; yield its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, log_level="warning",
                                           ws="none", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):  # bounded: at most ~20 s
            if not thread.is_alive():
                raise RuntimeError("the server thread stopped before it was ready")
            if server.started:
                try:
                    if httpx.get(url + "/api/stats", timeout=1.0).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
            thread.join(0.05)
        else:
            raise RuntimeError(f"the server at {url} was not ready in time")
        yield url
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="session")
def live_server(samples_db: str) -> Iterator[str]:
    with serving(create_app(samples_db)) as url:
        yield url


@pytest.fixture(scope="session")
def empty_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a store with no articles at all."""
    path = tmp_path_factory.mktemp("serve") / "empty.duckdb"
    Store.open(path).close()
    with serving(create_app(str(path))) as url:
        yield url


BIG_EVENTS = 30_000


@pytest.fixture(scope="session")
def big_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a generated store of BIG_EVENTS events (3,000 synthetic articles
    between 24 countries over ten years), made by bench/api_latency.py's builder."""
    import importlib.util

    bench = Path(__file__).resolve().parents[2] / "bench" / "api_latency.py"
    spec = importlib.util.spec_from_file_location("api_latency", bench)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("serve") / "big.duckdb"
    module.build(path, BIG_EVENTS)
    with serving(create_app(str(path))) as url:
        yield url
