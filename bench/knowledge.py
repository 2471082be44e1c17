"""Cost of loading the actor knowledge base: time and extra memory, in a fresh process.

    .venv/bin/python bench/knowledge.py [--repeat 3]

Each run starts a child process that imports newsevents, notes its peak RSS,
loads the actor tables (countries, roles, metonyms, IGOs and every dated office
in ``people.tsv`` and ``people/*.tsv``) and notes the time and the peak RSS
again. Prints the figures and the size of the tables; asserts nothing (the
actors issue's budget: under 1 s and 150 MB extra).
"""

from __future__ import annotations

import argparse

from _child import run_child

CHILD = r"""
import newsevents.knowledge.actors as actors
before, t = rss(), clock()
kb = actors.load_actor_kb()
seconds, extra = clock() - t, rss() - before
offices = {(o.code, o.start, o.end, o.note) for v in kb.people.values() for o in v}
print(json.dumps({"seconds": seconds, "extra_mb": extra, "names": len(kb.people),
                  "offices": len(offices), "codes": len({o[0][:3] for o in offices})}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs = [run_child(CHILD) for _ in range(args.repeat)]
    last = runs[-1]
    print(f"actor tables: {last['names']} names, {last['offices']} dated office rows, "
          f"{last['codes']} country and organisation codes")
    for n, r in enumerate(runs, start=1):
        print(f"run {n}: load {r['seconds']:.2f} s, extra peak RSS {r['extra_mb']:.0f} MB")
    best = min(r["seconds"] for r in runs)
    print(f"best load {best:.2f} s (budget 1 s); extra RSS "
          f"{max(r['extra_mb'] for r in runs):.0f} MB (budget 150 MB)")


if __name__ == "__main__":
    main()
