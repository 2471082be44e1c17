"""Scale out on Dask: parse and code articles in worker processes.

spaCy parsing is the expensive part and it is single-threaded per process, so
the articles are split into partitions that Dask hands to workers; each worker
loads the model and the knowledge tables once (per process, via the same
caches the single-process pipeline uses) and returns plain records. Storing
stays in the calling process, one transaction per batch, because DuckDB has
one writer: the store gets exactly what ``newsevents ingest`` would write.

>>> from newsevents.scale import analyze_distributed
>>> for result in analyze_distributed(["articles/"], Options(), workers=4):
...     ...

The corpus memory of people goes with the work: ``ingest_distributed`` sends
each chunk the memory the store had plus what earlier chunks taught it.

Any Dask scheduler works: by default a local process pool with ``workers``
processes; pass ``scheduler=`` ("threads", "synchronous", or a
``distributed.Client``'s ``get``) to use another, e.g. a cluster.
"""

from __future__ import annotations

import functools
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from ..config import Options
from ..ingest import IngestReport, Progress
from ..memory import ActorMemory
from ..pipeline import Pipeline, batched
from ..records import Analysis, Article, Skipped
from ..sources import read
from ..store import Store

_pipelines: dict[Options, Pipeline] = {}


def _worker_pipeline(options: Options) -> Pipeline:
    """One pipeline per worker process and options (model loaded once)."""
    if options not in _pipelines:
        _pipelines[options] = Pipeline.load(options)
    return _pipelines[options]


def _analyze_partition(items: list[dict[str, Any]], options: Options,
                       memory: ActorMemory | None = None) -> list[dict[str, Any]]:
    pipe = _worker_pipeline(options)
    pipe.knowledge.memory = memory  # what the store knew of people when the chunk left
    articles = [Article.from_dict(x) for x in items]
    out = []
    for result in pipe.analyze_many(articles):
        kind = "skipped" if isinstance(result, Skipped) else "analysis"
        out.append({"kind": kind, "record": result.to_dict()})
    return out


def analyze_distributed(paths: Iterable[str | Path], options: Options | None = None, *,
                        workers: int = 2, partition_size: int = 64,
                        scheduler: Any = None,
                        memory: ActorMemory | None = None) -> Iterator[Analysis | Skipped]:
    """Analyse every article under ``paths`` on Dask; yields results in input order.

    Inputs that cannot be read come back as :class:`Skipped` straight away;
    duplicates across partitions are skipped as in :meth:`Pipeline.analyze_many`.
    ``memory`` (what earlier articles said of people, see :mod:`newsevents.memory`)
    goes to the workers with each partition of work, as it is when the partition
    leaves: whoever updates it meanwhile (``ingest_distributed`` does) lets later
    partitions learn from earlier ones, as ``ingest`` does batch by batch.

    With a local process pool (the default) or a ``distributed`` client (``scheduler=``
    the client or its ``get``) the partitions stream: a few per worker are in flight
    at any time and each result is handed on as soon as those before it are back,
    so no worker waits for the slowest of a chunk and the caller's own work (turning
    records back into objects, writing a store) runs while the workers parse.
    Any other Dask scheduler ("threads", "synchronous", a custom ``get``) computes
    a bag of partitions per chunk of input.
    """
    options = options or Options()
    client = _client_of(scheduler)
    if client is not None:
        yield from _stream(paths, options, workers, partition_size,
                          functools.partial(client.submit, pure=False), memory)
    elif scheduler is not None:
        yield from _analyze(paths, options, workers, partition_size, {"scheduler": scheduler},
                            memory)
    else:
        # one pool for the whole run: each worker loads the model once, not per partition
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from _stream(paths, options, workers, partition_size, pool.submit, memory)


def _client_of(scheduler: Any) -> Any:
    """The ``distributed.Client`` that ``scheduler`` is, or whose ``get`` it is; else None."""
    owner = getattr(scheduler, "__self__", scheduler)
    return owner if callable(getattr(owner, "submit", None)) and \
        callable(getattr(owner, "gather", None)) else None


#: partitions in flight per worker: one being parsed, one waiting in its queue
IN_FLIGHT = 2


def _stream(paths: Iterable[str | Path], options: Options, workers: int, partition_size: int,
            submit: Callable[..., Any],
            memory: ActorMemory | None) -> Iterator[Analysis | Skipped]:
    """Partitions sent as workers free up, results handed on in input order."""
    seen: dict[str, str] = {}
    pending: deque[tuple[list[Skipped | int], Any]] = deque()
    limit = IN_FLIGHT * max(1, workers)
    try:
        for part in batched(_numbered(read(paths, options), seen), partition_size):
            slots = [x for x, _ in part]
            todo = [d for _, d in part if d is not None]
            # the memory as it is now, frozen: the caller may learn more while this waits
            frozen = pickle.dumps(memory) if memory is not None else None
            pending.append((slots, submit(_analyze_frozen, todo, options, frozen)
                            if todo else None))
            while len(pending) >= limit:
                yield from _received(*pending.popleft())
        while pending:
            yield from _received(*pending.popleft())
    finally:
        for _, future in pending:
            if future is not None:
                future.cancel()


def _numbered(items: Iterable[Article | Skipped],
              seen: dict[str, str]) -> Iterator[tuple[Skipped | int, dict[str, Any] | None]]:
    """Each input as a ready result (unreadable, duplicate) or the index of its work
    within its partition, with the article to send."""
    k = 0
    for item in items:
        if isinstance(item, Skipped):
            yield item, None
        elif item.id in seen:
            yield Skipped(item.origin or item.id, "duplicate",
                          f"same text as {seen[item.id]}"), None
        else:
            seen[item.id] = item.origin or item.id
            yield k, item.to_dict()
            k += 1


def _received(slots: list[Skipped | int], future: Any) -> Iterator[Analysis | Skipped]:
    return _results(slots, future.result() if future is not None else [])


def _results(slots: list[Skipped | int],
             done: list[dict[str, Any]]) -> Iterator[Analysis | Skipped]:
    """The results of a partition or a chunk in input order: a ready one, or the
    worker's record of the work at that index (counted from the first index there)."""
    base = min((s for s in slots if isinstance(s, int)), default=0)
    for slot in slots:
        if isinstance(slot, Skipped):
            yield slot
            continue
        r = done[slot - base]
        yield Skipped.from_dict(r["record"]) if r["kind"] == "skipped" \
            else Analysis.from_dict(r["record"])


def _analyze_frozen(items: list[dict[str, Any]], options: Options,
                    memory: bytes | None) -> list[dict[str, Any]]:
    return _analyze_partition(items, options, pickle.loads(memory) if memory else None)


def _analyze(paths: Iterable[str | Path], options: Options, workers: int, partition_size: int,
             compute: dict[str, Any],
             memory: ActorMemory | None = None) -> Iterator[Analysis | Skipped]:
    import dask.bag as db

    seen: dict[str, str] = {}
    for chunk in batched(read(paths, options), partition_size * max(1, workers) * 4):
        slots: list[Skipped | int] = []  # a ready result, or the index of work to do
        todo: list[dict[str, Any]] = []
        for slot, item in _numbered(chunk, seen):
            slots.append(slot)
            if item is not None:
                todo.append(item)
        done: list[dict[str, Any]] = []
        if todo:
            bag = db.from_sequence(todo, partition_size=partition_size)  # type: ignore[no-untyped-call]
            done = bag.map_partitions(_analyze_partition, options, memory).compute(**compute)
        yield from _results(slots, done)


def ingest_distributed(paths: Iterable[str | Path], store: Store, options: Options | None = None,
                       *, workers: int = 2, partition_size: int = 64, scheduler: Any = None,
                       progress: Progress | None = None) -> IngestReport:
    """``newsevents ingest`` on Dask: workers analyse, this process stores.

    Articles the store already holds from the same pipeline are still
    analysed by the workers, then left unchanged by the store's write.
    """
    options = options or Options()
    report = IngestReport()
    memory = store.actor_memory()
    results = analyze_distributed(paths, options, workers=workers,
                                  partition_size=partition_size, scheduler=scheduler,
                                  memory=memory)
    for batch in batched(results, options.batch_size):
        analyses = [r for r in batch if isinstance(r, Analysis)]
        skipped = [r for r in batch if isinstance(r, Skipped)]
        report.written += store.write(analyses, skipped)
        memory.learn(analyses)  # the chunks not yet sent out will know these people
        report.skipped.extend(skipped)
        report.batches += 1
        if progress is not None:
            progress(report)
    return report


def local_client(workers: int) -> Any:
    """A client of a new ``distributed.LocalCluster`` of ``workers`` processes on this
    machine, one thread each (spaCy parses on one core), reached as a remote one is.

    The workers' statistical profiler (a stack sample every 10 ms, for the Dask
    dashboard, which is not started) is switched off, and their event loops check
    their own health every second instead of every 20 ms: both woke up to take
    the parsing thread's GIL, which cost each worker a tenth of its speed. And the
    workers keep glibc's own rule for handing freed memory back to the system: the
    nanny's default (``MALLOC_TRIM_THRESHOLD_=65536``) hands it back so eagerly that
    a parser, which allocates and frees all the time, spent some 14% more CPU on the
    same articles (three interleaved pairs of runs; a worker's peak RSS is 343 MB
    instead of 330 on 1,000 articles).
    """
    import logging
    import os

    import dask
    from distributed import Client, LocalCluster

    spawn = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    trim = spawn.pop("MALLOC_TRIM_THRESHOLD_", None)
    if trim is not None and os.environ.get("MALLOC_TRIM_THRESHOLD_") == str(trim):
        # a nanny started before in this process wrote its variables into os.environ
        # for good (and a nanny takes os.environ's value over its configuration's):
        # the workers would inherit it all the same
        del os.environ["MALLOC_TRIM_THRESHOLD_"]
    with dask.config.set({"distributed.worker.profile.enabled": False,
                          "distributed.admin.tick.interval": "1s",
                          "distributed.nanny.pre-spawn-environ": spawn}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1,  # type: ignore[no-untyped-call]
                               processes=True, dashboard_address=None, host="127.0.0.1",
                               silence_logs=logging.ERROR)
    return Client(cluster, set_as_default=False)  # type: ignore[no-untyped-call]


__all__ = ["analyze_distributed", "ingest_distributed", "local_client"]
