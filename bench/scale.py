"""Dask scale-out: the same articles analysed in this process and on N workers.

    python bench/scale.py [--n 300] [--workers 2]

Prints articles/s for the single-process pipeline and for Dask worker
processes (model loading in the workers included), and their ratio. On a
machine with C cores, expect at most C times; these machines have 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsevents import Analysis, Article, Options, Pipeline, read  # noqa: E402
from newsevents.scale import analyze_distributed  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    base = [a for a in read([ROOT / "samples"]) if isinstance(a, Article)]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for k in range(args.n):
                a = base[k % len(base)]
                # a distinct text per line, so nothing is skipped as a duplicate
                fh.write(json.dumps({"text": f"{a.text}\n\nReport {k}.",
                                     "published": a.published}) + "\n")
        t0 = time.perf_counter()
        pipe = Pipeline.load(Options())
        one = sum(isinstance(r, Analysis) for r in pipe.analyze_many(read([corpus])))
        t_one = time.perf_counter() - t0
        t0 = time.perf_counter()
        many = sum(isinstance(r, Analysis) for r in analyze_distributed(
            [corpus], Options(), workers=args.workers, partition_size=16))
        t_many = time.perf_counter() - t0
    assert one == many == args.n, (one, many)
    print(f"{args.n} articles")
    print(f"single process      {args.n / t_one:8.1f} articles/s")
    print(f"dask, {args.workers} workers     {args.n / t_many:8.1f} articles/s")
    print(f"speed-up            {t_one / t_many:8.2f}x")


if __name__ == "__main__":
    main()
