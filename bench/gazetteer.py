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
import os
import tempfile
from pathlib import Path

from _child import run_child

CHILD = r"""
from newsevents.knowledge import geonames
before, t = rss(), clock()
g = geonames.GeoNamesGazetteer()
opened = clock() - t
names = ["Baku", "Tehran", "Paris", "Springfield", "Rapides Parish", "Ontario", "Tex.",
         "Kharkiv", "Police", "Monday", "Washington", "Gaza", "Cottonport", "Kiev"]
t = clock()
found = 0
for i in range(2000):
    g._candidates.cache_clear()  # time the query, not the per-process lookup cache
    found += len(g.candidates(names[i % len(names)]))
lookups = clock() - t
print(json.dumps({"open_s": opened, "lookup_us": lookups / 2000 * 1e6,
                  "extra_mb": rss() - before, "entries": len(g), "found": found}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", action="store_true", help="also time a build from scratch")
    args = parser.parse_args()
    env = dict(os.environ)
    run_child(CHILD, env)  # make sure the user cache holds a build
    if args.build:
        with tempfile.TemporaryDirectory() as cache:
            r = run_child(CHILD, {**env, "NEWSEVENTS_CACHE": cache})
            size = sum(p.stat().st_size for p in Path(cache).iterdir()) / 1e6
        print(f"build from the packaged data: {r['open_s']:.1f} s, extra peak RSS "
              f"{r['extra_mb']:.0f} MB, {size:.0f} MB on disk")
    runs = [run_child(CHILD, env) for _ in range(args.repeat)]
    print(f"gazetteer: {runs[-1]['entries']:.0f} entries")
    for n, r in enumerate(runs, start=1):
        print(f"run {n}: open {r['open_s'] * 1000:.0f} ms, lookup {r['lookup_us']:.0f} us a "
              f"name, extra peak RSS {r['extra_mb']:.0f} MB")
    print(f"best open {min(r['open_s'] for r in runs):.3f} s (budget 2 s); extra RSS "
          f"{max(r['extra_mb'] for r in runs):.0f} MB (budget 300 MB)")


if __name__ == "__main__":
    main()
