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

from collections.abc import Iterable, Iterator
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
    goes to the workers with each chunk of work, as it is when the chunk leaves:
    whoever updates it between chunks (``ingest_distributed`` does) lets later
    chunks learn from earlier ones, as ``ingest`` does batch by batch.
    """
    options = options or Options()
    if scheduler is not None:
        yield from _analyze(paths, options, workers, partition_size, {"scheduler": scheduler},
                            memory)
        return
    # one pool for the whole run: each worker loads the model once, not per chunk
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from _analyze(paths, options, workers, partition_size,
                            {"scheduler": "processes", "pool": pool}, memory)


def _analyze(paths: Iterable[str | Path], options: Options, workers: int, partition_size: int,
             compute: dict[str, Any],
             memory: ActorMemory | None = None) -> Iterator[Analysis | Skipped]:
    import dask.bag as db

    seen: dict[str, str] = {}
    for chunk in batched(read(paths, options), partition_size * max(1, workers) * 4):
        slots: list[Skipped | int] = []  # a ready result, or the index of work to do
        todo: list[dict[str, Any]] = []
        for item in chunk:
            if isinstance(item, Skipped):
                slots.append(item)
            elif item.id in seen:
                slots.append(Skipped(item.origin or item.id, "duplicate",
                                     f"same text as {seen[item.id]}"))
            else:
                seen[item.id] = item.origin or item.id
                slots.append(len(todo))
                todo.append(item.to_dict())
        done: list[dict[str, Any]] = []
        if todo:
            bag = db.from_sequence(todo, partition_size=partition_size)  # type: ignore[no-untyped-call]
            done = bag.map_partitions(_analyze_partition, options, memory).compute(**compute)
        for slot in slots:
            if isinstance(slot, Skipped):
                yield slot
                continue
            r = done[slot]
            yield Skipped.from_dict(r["record"]) if r["kind"] == "skipped" \
                else Analysis.from_dict(r["record"])


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


__all__ = ["analyze_distributed", "ingest_distributed"]
