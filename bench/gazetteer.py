"""Cost of the GeoNames gazetteer: build once, open per process, look up per name.

    .venv/bin/python bench/gazetteer.py [--repeat 3] [--build]

Each run starts a child process that imports newsevents, notes its peak RSS,
opens the gazetteer (built beforehand into the user cache), looks up 2,000
names (place names, and words that name no place) and notes the times and the
peak RSS again. ``--build`` also times a build from the packaged data into an
empty cache directory. Prints the figures; asserts nothing (the places issue's
budget: under 2 s and 300 MB extra to load).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, time
from newsevents.knowledge import geonames
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
g = geonames.GeoNamesGazetteer()
opened = time.perf_counter() - t
names = ["Baku", "Tehran", "Paris", "Springfield", "Rapides Parish", "Ontario", "Tex.",
         "Kharkiv", "Police", "Monday", "Washington", "Gaza", "Cottonport", "Kiev"]
t = time.perf_counter()
found = 0
for i in range(2000):
    g._candidates.cache_clear()  # time the query, not the per-process lookup cache
    found += len(g.candidates(names[i % len(names)]))
lookups = time.perf_counter() - t
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"open_s": opened, "lookup_us": lookups / 2000 * 1e6,
                  "extra_mb": (after - before) / 1024, "entries": len(g), "found": found}))
"""


def _child(env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", action="store_true", help="also time a build from scratch")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    _child(env)  # make sure the user cache holds a build
    if args.build:
        with tempfile.TemporaryDirectory() as cache:
            r = _child({**env, "NEWSEVENTS_CACHE": cache})
            size = sum(p.stat().st_size for p in Path(cache).iterdir()) / 1e6
        print(f"build from the packaged data: {r['open_s']:.1f} s, extra peak RSS "
              f"{r['extra_mb']:.0f} MB, {size:.0f} MB on disk")
    runs = [_child(env) for _ in range(args.repeat)]
    print(f"gazetteer: {runs[-1]['entries']:.0f} entries")
    for n, r in enumerate(runs, start=1):
        print(f"run {n}: open {r['open_s'] * 1000:.0f} ms, lookup {r['lookup_us']:.0f} us a "
              f"name, extra peak RSS {r['extra_mb']:.0f} MB")
    print(f"best open {min(r['open_s'] for r in runs):.3f} s (budget 2 s); extra RSS "
          f"{max(r['extra_mb'] for r in runs):.0f} MB (budget 300 MB)")


if __name__ == "__main__":
    main()
