"""The REST API under load: many concurrent clients for a fixed time.

    .venv/bin/python bench/load.py                        # 200 clients x 60 s, 5,000 events
    .venv/bin/python bench/load.py --events 1000000 --clients 200 --seconds 60
    .venv/bin/python bench/load.py --db newsevents.duckdb  # a store of your own (the demo's)
    .venv/bin/python bench/load.py --cold                 # each question once: first answers

Builds a store of synthetic articles as ``bench/api_latency.py`` does (or uses
``--db``), starts ``newsevents serve`` on it in a subprocess on 127.0.0.1, and
runs ``--clients`` clients at once (asyncio, one connection each), each sending
requests back to back for ``--seconds``: a mix of what the dashboard asks
(statistics, event searches with filters, dyad timelines, quotes, articles,
places). Prints the requests made, the errors (any answer but 200, any transport
failure), requests per second, latency p50/p95/p99/max overall and per kind, and
the server's peak resident memory; then the same for the requests sent after the
first ``--warmup`` seconds, when the server's caches are warm. The clients run on
the same machine as the
server and take their share of its cores: quote both figures together.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

from api_latency import COUNTRIES, build, search, serving, timeline


def _kinds(rng: random.Random) -> tuple[str, str, dict[str, str]]:
    roll = rng.random()
    if roll < 0.30:
        return ("events", *search(rng))
    if roll < 0.50:
        return ("timeline", *timeline(rng))
    if roll < 0.65:
        return "stats", "/api/stats", {}
    if roll < 0.80:
        return "quotes", "/api/quotes", {"actor": rng.choice(COUNTRIES[:8]), "limit": "20"}
    if roll < 0.90:
        return "articles", "/api/articles", {"limit": "20", "offset": str(rng.randrange(50))}
    return "places", "/api/places", {"limit": "50"}


async def _client(n: int, url: str, until: float, out: dict[str, list[float]],
                  errors: list[str], warm: float, warm_out: dict[str, list[float]]) -> None:
    rng = random.Random(n)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=url, timeout=30.0, limits=limits) as client:
        while time.monotonic() < until:
            kind, path, params = _kinds(rng)
            t0 = time.perf_counter()
            try:
                response = await client.get(path, params=params)
                ok = response.status_code == 200
                if not ok:
                    errors.append(f"{kind}: {response.status_code}")
            except httpx.TransportError as exc:
                ok = False
                errors.append(f"{kind}: {type(exc).__name__}")
            if ok:
                ms = (time.perf_counter() - t0) * 1000
                out[kind].append(ms)
                if time.monotonic() - ms / 1000 >= warm:  # sent after the warm-up
                    warm_out[kind].append(ms)


async def _load(url: str, clients: int, seconds: float, warmup: float,
                ) -> tuple[dict[str, list[float]], dict[str, list[float]], list[str], float]:
    out: dict[str, list[float]] = defaultdict(list)
    warm_out: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    t0 = time.monotonic()
    until = t0 + seconds
    await asyncio.gather(*(_client(n, url, until, out, errors, t0 + warmup, warm_out)
                           for n in range(clients)))
    return out, warm_out, errors, time.monotonic() - t0


def _questions(clients: int, draws: int = 300,
               ) -> dict[tuple[str, tuple[tuple[str, str], ...]], str]:
    """The mix's distinct questions, as ``clients`` clients draw them: (path, params) -> kind
    and the parameters it has ("events: dyad, since")."""
    out: dict[tuple[str, tuple[tuple[str, str], ...]], str] = {}
    for n in range(clients):
        rng = random.Random(n)
        for _ in range(draws):
            kind, path, params = _kinds(rng)
            shape = ", ".join(k for k in sorted(params) if k not in ("limit", "offset"))
            out.setdefault((path, tuple(sorted(params.items()))),
                           f"{kind}: {shape}" if shape and kind == "events" else kind)
    return out


def _cold(url: str, clients: int) -> None:
    """Each distinct question of the mix once, one after another, on a fresh server:
    what answering them all for the first time costs, by shape."""
    questions = _questions(clients)
    by: dict[str, list[float]] = defaultdict(list)
    t0 = time.perf_counter()
    with httpx.Client(base_url=url, timeout=120.0) as client:
        for (path, params), shape in questions.items():
            t = time.perf_counter()
            client.get(path, params=dict(params)).raise_for_status()
            by[shape].append((time.perf_counter() - t) * 1000)
    took = time.perf_counter() - t0
    print(f"{len(questions):,} distinct questions, each asked once in turn: {took:.1f} s")
    for shape, ms in sorted(by.items(), key=lambda x: -sum(x[1])):
        print(f"  {shape:32} {len(ms):5,d} questions  {sum(ms) / 1000:6.1f} s  "
              f"mean {statistics.mean(ms):6.1f} ms  max {max(ms):7.1f} ms")


def _line(ms: list[float]) -> str:
    if len(ms) < 2:
        return f"{len(ms)} requests"
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return (f"{len(ms):7,d} requests  p50 {q[49]:7.1f} ms  p95 {q[94]:7.1f} ms  "
            f"p99 {q[98]:7.1f} ms  max {max(ms):7.1f} ms")


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="store to serve (built if it does not exist)")
    parser.add_argument("--events", type=int, default=5_000, help="events of a built store")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--warmup", type=float, default=5.0,
                        help="seconds whose requests are also reported apart (cold caches)")
    parser.add_argument("--cold", action="store_true",
                        help="instead of the load, ask each distinct question of the mix "
                             "once, in turn, and print what the first answers cost")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "load.duckdb"
    if not db.exists():
        build(db, args.events)
    try:
        with serving(db) as (url, proc):
            counts = httpx.get(url + "/api/stats", timeout=30).json()["counts"]
            if args.cold:
                print(f"store: {counts['articles']:,} articles, {counts['events']:,} events")
                _cold(url, args.clients)
                return
            print(f"store: {counts['articles']:,} articles, {counts['events']:,} events; "
                  f"{args.clients} clients for {args.seconds:.0f} s, cores: {os.cpu_count()}")
            out, warm, errors, took = asyncio.run(_load(url, args.clients, args.seconds,
                                                        args.warmup))
            peak = _peak_rss_mb(proc.pid)
    finally:
        tmp.cleanup()
    every = [ms for v in out.values() for ms in v]
    total = len(every) + len(errors)
    print(f"requests {total:,}  errors {len(errors):,}  {total / took:,.0f} req/s")
    print(f"all       {_line(every)}")
    for kind in sorted(out):
        print(f"{kind:9} {_line(out[kind])}")
    steady = [ms for v in warm.values() for ms in v]
    print(f"after the first {args.warmup:.0f} s (caches warm):")
    print(f"all       {_line(steady)}")
    for kind in sorted(warm):
        print(f"{kind:9} {_line(warm[kind])}")
    if errors:
        print("errors: " + ", ".join(f"{e} x{errors.count(e)}" for e in sorted(set(errors))))
    if peak is not None:
        print(f"server peak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
