"""Request latency of the REST API on a large store.

    .venv/bin/python bench/api_latency.py                 # 100,000 events, 300 requests each
    .venv/bin/python bench/api_latency.py --db big.duckdb --keep --requests 500

Builds a store of synthetic articles (``--events`` events, ten per article,
between actors of 24 countries over ten years, written with ``Store.write``
as the pipeline's records would be), starts ``newsevents serve`` on it in a
subprocess on 127.0.0.1, and sends ``--requests`` requests one after another
to each of: the dyad timeline (``/api/dyads/A/B/timeline?by=week``), the
event search (``/api/events`` with dyad, actor, CAMEO code, PLOVER, date and
place filters), the dashboard's sorted, Goldstein-range and sentence-word event
questions, and the other lists (articles, quotes, actors, places, network).
Prints p50/p95/p99 per kind. Only 127.0.0.1 is contacted;
the loops are bounded. ``--index`` creates the indexes named in the output
before serving, to compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from newsevents import Store
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

COUNTRIES = ["IRN", "AZE", "TUR", "GEO", "RUS", "UKR", "USA", "CHN", "ISR", "SYR", "IRQ", "ARM",
             "DEU", "FRA", "GBR", "IND", "PAK", "AFG", "SAU", "EGY", "KOR", "PRK", "JPN", "BLR"]
ROLES = ["GOV", "MIL", "", "GOV", "OPP", "MED"]
CITIES = [("Baku", 587084, "AZE", 40.38, 49.89), ("Tehran", 112931, "IRN", 35.69, 51.42),
          ("Tbilisi", 611717, "GEO", 41.69, 44.83), ("Ankara", 323786, "TUR", 39.92, 32.85),
          ("Moscow", 524901, "RUS", 55.75, 37.62), ("Kyiv", 703448, "UKR", 50.45, 30.52),
          ("Washington", 4140963, "USA", 38.90, -77.04), ("Beijing", 1816670, "CHN", 39.91, 116.40),
          ("Yerevan", 616052, "ARM", 40.18, 44.51), ("Seoul", 1835848, "KOR", 37.57, 126.98)]
CODES = [("040", 1, 1.0, "CONSULT"), ("036", 1, 4.0, "AGREE"), ("057", 2, 8.0, "AGREE"),
         ("051", 1, 3.4, "SUPPORT"), ("111", 3, -2.0, "ACCUSE"), ("112", 3, -2.0, "ACCUSE"),
         ("138", 3, -7.0, "THREATEN"), ("172", 4, -5.0, "SANCTION"), ("190", 4, -10.0, "FIGHT"),
         ("195", 4, -10.0, "ASSAULT"), ("042", 1, 1.9, "CONSULT"), ("070", 2, 7.0, "AID")]
INFO = PipelineInfo(version="bench", model="none", stages=["events"])
INDEXES = [
    "CREATE INDEX IF NOT EXISTS events_date ON events (date)",
    "CREATE INDEX IF NOT EXISTS events_source_code ON events (source_code)",
    "CREATE INDEX IF NOT EXISTS events_target_code ON events (target_code)",
]


def synthetic(n: int, rng: random.Random, start: dt.date) -> Analysis:
    """One article of ten events between six actors, with two places and two quotes."""
    actors = []
    for k in range(6):
        country = rng.choice(COUNTRIES[:8] if k < 3 else COUNTRIES)
        actors.append((f"{country} official {rng.randrange(500)}",
                       country + rng.choice(ROLES)))
    sentences = [f"{name} spoke about the region on day {n}." for name, _ in actors]
    cities = rng.sample(CITIES, 2)
    sentences += [f"Talks were held in {c[0]} and the delegation met again." for c in cities]
    sentences += [f'"We want calm," said {actors[0][0]} after meeting number {j}.'
                  for j in range(2)]
    text = " ".join(sentences) + " " + "Officials gave no further details. " * 8
    entities = []
    for k, (name, code) in enumerate(actors):
        s = text.index(name)
        entities.append(Entity(f"e{k + 1}", name, "PERSON", [Span(s, s + len(name), name)],
                               Actor(code, code[:3], [code[3:]] if code[3:] else [])))
    places = []
    for k, (name, gid, country, lat, lon) in enumerate(cities):
        s = text.index(name)
        places.append(Place(f"p{k + 1}", name, gid, country, "city", lat, lon,
                            [Span(s, s + len(name), name)]))
    quotes = []
    for j in range(2):
        s = text.index('"We want calm,"', text.index(f"meeting number {j}") - 60)
        quotes.append(Quote(f"q{j + 1}", "direct", "We want calm,", s + 1, s + 14, "e1", None,
                            "said"))
    day = start + dt.timedelta(days=rng.randrange(3650))
    events = []
    trigger = text.index("met again")
    for j in range(10):
        a, b = rng.sample(range(6), 2)
        code, quad, gold, plover = rng.choice(CODES)
        events.append(Event(
            id=f"v{j + 1}", source=f"e{a + 1}", target=f"e{b + 1}",
            cameo=Cameo(code, code[:2], quad, gold, code), plover=Plover(plover),
            place=f"p{rng.randrange(2) + 1}",
            date=(day - dt.timedelta(days=rng.randrange(3))).isoformat(), date_from="text",
            modality="asserted" if rng.random() < 0.9 else "intended",
            negated=rng.random() < 0.03,
            evidence=EventEvidence(6, trigger, trigger + 3, "met")))
    return Analysis(article=Article(id=f"bench-{n:07d}", text=text, published=day.isoformat(),
                                    title=f"Synthetic article {n}", origin=f"bench/{n}.txt"),
                    entities=entities, places=places, quotes=quotes, events=events,
                    pipeline=INFO)


def build(db: Path, events: int) -> None:
    rng = random.Random(7)
    start = dt.date(2015, 1, 1)
    articles = (events + 9) // 10
    t0 = time.perf_counter()
    with Store.open(db) as store:
        for first in range(0, articles, 1000):
            batch = [synthetic(n, rng, start) for n in range(first, min(first + 1000, articles))]
            store.write(batch)
        counts = store.counts()
    print(f"built {db}: {counts['articles']:,} articles, {counts['events']:,} events, "
          f"{counts['entities']:,} entities in {time.perf_counter() - t0:.1f} s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(url: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):  # bounded: at most ~30 s
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            if httpx.get(url + "/api/stats", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server at {url} did not answer in time")


@contextmanager
def serving(db: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``newsevents serve`` on ``db`` in a subprocess on 127.0.0.1, read-only, ready:
    its URL and process; stopped afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "NEWSEVENTS_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(url, proc)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def percentiles(ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return (f"p50 {q[49]:6.1f} ms   p95 {q[94]:6.1f} ms   p99 {q[98]:6.1f} ms   "
            f"max {max(ms):6.1f} ms")


Request = Callable[[random.Random], tuple[str, dict[str, str]]]


_ASKED = itertools.count()


def measure(client: httpx.Client, n: int, make: Request) -> list[float]:
    """Latency of ``n`` requests; each with a throwaway parameter never sent before,
    so that the server's answer cache (serve/cache.py) never answers: the figures
    are the store's queries."""
    rng = random.Random(11)
    out = []
    for _ in range(n):
        path, params = make(rng)
        params = {**params, "bench": str(next(_ASKED))}
        t0 = time.perf_counter()
        response = client.get(path, params=params)
        out.append((time.perf_counter() - t0) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{response.url}: {response.status_code} {response.text}")
    return out


def timeline(rng: random.Random) -> tuple[str, dict[str, str]]:
    a, b = rng.sample(COUNTRIES[:8], 2)
    return f"/api/dyads/{a}/{b}/timeline", {"by": "week"}


def search(rng: random.Random) -> tuple[str, dict[str, str]]:
    a, b = rng.sample(COUNTRIES[:8], 2)
    year = rng.randrange(2015, 2025)
    choices: list[dict[str, str]] = [
        {"dyad": f"{a},{b}"},
        {"actor": a, "code": rng.choice(["04", "11", "19", "05"])},
        {"actor": a + "GOV", "since": f"{year}-01-01", "until": f"{year}-06-30"},
        {"plover": rng.choice(["CONSULT", "ACCUSE", "ASSAULT"]), "quad_class": "4"},
        {"place": rng.choice(["Baku", "AZE", "611717"])},
        {"dyad": f"{a},{b}", "since": f"{year}-01-01"},
        {},
    ]
    return "/api/events", {**rng.choice(choices), "limit": "50"}


def sorted_search(rng: random.Random) -> tuple[str, dict[str, str]]:
    """The dashboard's other event questions: a sort, a Goldstein range, sentence words."""
    a = rng.choice(COUNTRIES[:8])
    choices: list[dict[str, str]] = [
        {"sort": rng.choice(["-goldstein", "code", "source_code", "-quad_class"])},
        {"actor": a, "sort": "-goldstein"},
        {"goldstein_max": "-5", "actor": a},
        {"q": rng.choice(["Tbilisi", "delegation", "official 42"]), "actor": a},
        {"modality": "intended", "negated": "true"},
        {"offset": str(rng.randrange(0, 5000) * 50)},
    ]
    return "/api/events", {**rng.choice(choices), "limit": "50"}


def article_list(rng: random.Random) -> tuple[str, dict[str, str]]:
    year = rng.randrange(2015, 2025)
    choices: list[dict[str, str]] = [
        {}, {"since": f"{year}-01-01", "until": f"{year}-03-31"}, {"q": "Tbilisi"},
        {"offset": str(rng.randrange(0, 1000) * 50)},
    ]
    return "/api/articles", rng.choice(choices)


def quote_list(rng: random.Random) -> tuple[str, dict[str, str]]:
    a = rng.choice(COUNTRIES[:8])
    year = rng.randrange(2015, 2025)
    choices: list[dict[str, str]] = [
        {}, {"actor": a}, {"speaker": f"official {rng.randrange(500)}"},
        {"since": f"{year}-01-01", "until": f"{year}-12-31"}, {"q": "calm"},
    ]
    return "/api/quotes", rng.choice(choices)


def actor_list(rng: random.Random) -> tuple[str, dict[str, str]]:
    a = rng.choice(COUNTRIES[:8])
    choices: list[dict[str, str]] = [{}, {"code": a}, {"name": "official 1"}, {"type": "PERSON"}]
    return "/api/actors", rng.choice(choices)


def place_list(rng: random.Random) -> tuple[str, dict[str, str]]:
    year = rng.randrange(2015, 2025)
    choices: list[dict[str, str]] = [
        {"limit": "500"}, {"quad_class": str(rng.randrange(1, 5)), "limit": "500"},
        {"since": f"{year}-01-01", "until": f"{year}-12-31", "limit": "500"}, {"country": "AZE"},
    ]
    return "/api/places", rng.choice(choices)


def network(rng: random.Random) -> tuple[str, dict[str, str]]:
    year = rng.randrange(2015, 2025)
    choices: list[dict[str, str]] = [
        {"limit": "60"}, {"level": "actor", "limit": "60"}, {"quad_class": "4", "limit": "60"},
        {"since": f"{year}-01-01", "until": f"{year}-12-31", "min_events": "5"},
    ]
    return "/api/network", rng.choice(choices)


#: Every list the dashboard asks for, and the dyad timeline.
KINDS: list[tuple[str, Request]] = [
    ("dyad timeline", timeline), ("event search", search), ("event sort/text", sorted_search),
    ("articles", article_list), ("quotes", quote_list), ("actors", actor_list),
    ("places", place_list), ("network", network),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="store to build (or reuse, if it exists)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="per kind of request")
    parser.add_argument("--index", action="store_true", help="create the INDEXES first")
    parser.add_argument("--keep", action="store_true", help="keep the store afterwards")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.duckdb"
    if not db.exists():
        build(db, args.events)
    if args.index:
        with Store.open(db) as store:
            for sql in INDEXES:
                store.con.execute(sql)
        print("indexes: " + "; ".join(INDEXES))
    try:
        with serving(db) as (url, _proc), httpx.Client(base_url=url, timeout=30.0) as client:
            stats = client.get("/api/stats").json()["counts"]
            print(f"serving {stats['articles']:,} articles, {stats['events']:,} events at {url}")
            for _, make in KINDS:  # warm up: first connection, DuckDB caches
                measure(client, 10, make)
            for name, make in KINDS:
                ms = measure(client, args.requests, make)
                print(f"{name:16} {args.requests} requests: {percentiles(ms)}")
    finally:
        if not args.keep:
            tmp.cleanup()
        elif args.db is None:
            print(f"kept {db}")


if __name__ == "__main__":
    main()
