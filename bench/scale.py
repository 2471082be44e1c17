"""Dask scale-out: the same articles analysed in this process and on N workers.

    python bench/scale.py [--n 300] [--workers 2] [--only single|pool|cluster]

Prints articles/s for the single-process pipeline, for Dask worker processes
of a local pool (``analyze_distributed``'s default) and for a dask.distributed
LocalCluster (what ``ingest --workers N`` starts), model loading in the workers
included, their ratios, and the peak RSS of each cluster worker. On a machine
with C cores, expect at most C times; these machines have 2. ``--only cluster``
runs the cluster alone: the way to measure a worker's peak RSS on 10,000
articles without waiting for the other two runs.
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
from newsevents.scale import analyze_distributed, local_client  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", choices=("single", "pool", "cluster"), default=None,
                    help="run one of the three (no ratios then)")
    args = ap.parse_args()
    runs = {args.only} if args.only else {"single", "pool", "cluster"}
    base = [a for a in read([ROOT / "samples"]) if isinstance(a, Article)]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for k in range(args.n):
                a = base[k % len(base)]
                # a distinct text per line, so nothing is skipped as a duplicate
                fh.write(json.dumps({"text": f"{a.text}\n\nReport {k}.",
                                     "published": a.published}) + "\n")
        counts, secs = {}, {}
        peaks: dict[str, float] = {}
        if "single" in runs:
            t0 = time.perf_counter()
            pipe = Pipeline.load(Options())
            counts["single"] = sum(isinstance(r, Analysis)
                                   for r in pipe.analyze_many(read([corpus])))
            secs["single"] = time.perf_counter() - t0
        if "pool" in runs:
            t0 = time.perf_counter()
            counts["pool"] = sum(isinstance(r, Analysis) for r in analyze_distributed(
                [corpus], Options(), workers=args.workers, partition_size=16))
            secs["pool"] = time.perf_counter() - t0
        if "cluster" in runs:
            t0 = time.perf_counter()
            client = local_client(args.workers)
            try:
                counts["cluster"] = sum(isinstance(r, Analysis) for r in analyze_distributed(
                    [corpus], Options(), workers=args.workers, partition_size=16,
                    scheduler=client))
                secs["cluster"] = time.perf_counter() - t0
                peaks = client.run(_peak_rss_mb)
            finally:
                client.close()
                client.cluster.close()
    assert all(n == args.n for n in counts.values()), counts
    print(f"{args.n} articles")
    labels = {"single": "single process            ",
              "pool": f"process pool, {args.workers} workers   ",
              "cluster": f"LocalCluster, {args.workers} workers   "}
    for name in ("single", "pool", "cluster"):
        if name in secs:
            ratio = f" ({secs['single'] / secs[name]:.2f}x)" \
                if "single" in secs and name != "single" else ""
            print(f"{labels[name]} {args.n / secs[name]:8.1f} articles/s{ratio}")
    if peaks:
        print("peak RSS per cluster worker: " + ", ".join(f"{mb:.0f} MB" for mb in peaks.values()))


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
