"""Read, analyse and store: the loop behind ``newsevents ingest``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .memory import ActorMemory
from .pipeline import Pipeline, batched
from .records import Analysis, Article, Skipped
from .sources import read
from .store import Store, WriteResult


@dataclass(slots=True)
class IngestReport:
    """What one ingest did. ``skipped`` lists every input that was not stored."""

    written: WriteResult = field(default_factory=WriteResult)
    skipped: list[Skipped] = field(default_factory=list)
    batches: int = 0

    @property
    def seen(self) -> int:
        w = self.written
        return w.added + w.replaced + w.unchanged + len(self.skipped)


#: Called after each committed batch with the report so far.
Progress = Callable[[IngestReport], None]


def ingest(paths: Iterable[str | Path], store: Store, pipeline: Pipeline,
           progress: Progress | None = None) -> IngestReport:
    """Analyse every article under ``paths`` and store it, a batch per transaction.

    Articles the store already holds from the same pipeline are not parsed
    again. Returns what was added, replaced, left unchanged and skipped.
    """
    report = IngestReport()
    fingerprint = pipeline.info.fingerprint
    knowledge = pipeline.knowledge
    saved, knowledge.memory = knowledge.memory, store.actor_memory()
    try:
        _ingest(paths, store, pipeline, progress, report, fingerprint)
    finally:
        knowledge.memory = saved
    return report


def _ingest(paths: Iterable[str | Path], store: Store, pipeline: Pipeline,
            progress: Progress | None, report: IngestReport, fingerprint: str) -> None:
    memory = pipeline.knowledge.memory
    for batch in batched(read(paths, pipeline.options), pipeline.options.batch_size):
        stored = store.fingerprints(a.id for a in batch if isinstance(a, Article))
        unchanged, analyses, skipped = analyse_batch(batch, stored, pipeline, memory)
        report.written.unchanged += unchanged
        report.written += store.write(analyses, skipped)
        report.skipped.extend(skipped)
        report.batches += 1
        if progress is not None:
            progress(report)


def analyse_batch(batch: list[Article | Skipped], stored: dict[str, str], pipeline: Pipeline,
                  memory: ActorMemory | None) -> tuple[int, list[Analysis], list[Skipped]]:
    """One batch as ingest codes it: (articles ``stored`` by this same pipeline,
    left alone; analyses of the rest; inputs skipped). ``memory`` (the corpus
    memory, see :mod:`newsevents.memory`) learns article by article, before the
    next one is coded, so the records do not depend on where batches begin and end."""
    fingerprint = pipeline.info.fingerprint
    unchanged = 0
    todo: list[Article | Skipped] = []
    for item in batch:
        if isinstance(item, Article) and stored.get(item.id) == fingerprint:
            unchanged += 1
        else:
            todo.append(item)
    analyses: list[Analysis] = []
    skipped: list[Skipped] = []
    knowledge = pipeline.knowledge
    saved, knowledge.memory = knowledge.memory, memory
    learn = (lambda a: memory.learn([a])) if memory is not None else None
    try:
        for result in pipeline.analyze_many(todo, learn=learn):
            if isinstance(result, Skipped):
                skipped.append(result)
            else:
                analyses.append(result)
    finally:
        knowledge.memory = saved
    return unchanged, analyses, skipped


__all__ = ["IngestReport", "Progress", "analyse_batch", "ingest"]
