"""Dask scale-out: the same articles analysed in this process and on N workers.

    python bench/scale.py [--n 300] [--workers 2]

Prints articles/s for the single-process pipeline, for Dask worker processes
of a local pool (``analyze_distributed``'s default) and for a dask.distributed
LocalCluster (what ``ingest --workers N`` starts), model loading in the workers
included, their ratios, and the peak RSS of each cluster worker. On a machine
with C cores, expect at most C times; these machines have 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from distributed import Client, LocalCluster  # noqa: E402

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
        t0 = time.perf_counter()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None, host="127.0.0.1",
                          silence_logs=logging.ERROR) as cluster, \
                Client(cluster, set_as_default=False) as client:
            on_cluster = sum(isinstance(r, Analysis) for r in analyze_distributed(
                [corpus], Options(), workers=args.workers, partition_size=16,
                scheduler=client.get))
            t_cluster = time.perf_counter() - t0
            peaks = client.run(_peak_rss_mb)
    assert one == many == on_cluster == args.n, (one, many, on_cluster)
    print(f"{args.n} articles")
    print(f"single process             {args.n / t_one:8.1f} articles/s")
    print(f"process pool, {args.workers} workers    {args.n / t_many:8.1f} articles/s "
          f"({t_one / t_many:.2f}x)")
    print(f"LocalCluster, {args.workers} workers    {args.n / t_cluster:8.1f} articles/s "
          f"({t_one / t_cluster:.2f}x)")
    print("peak RSS per cluster worker: " + ", ".join(f"{mb:.0f} MB" for mb in peaks.values()))


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
