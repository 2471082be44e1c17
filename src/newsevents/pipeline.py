"""The pipeline: parse articles in batches, run the stages, return records.

>>> pipe = Pipeline.load(Options(published="2021-12-18"))   # loads the model
>>> result = pipe.analyze(article)                           # Analysis | Skipped

Building a Pipeline checks the stage order (see :mod:`newsevents.stages`).
Loading the model is explicit (:meth:`Pipeline.load`), never a side effect of
a constructor. One article's failure becomes ``Skipped("failed")`` and the
batch goes on.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from ._version import __version__
from .budget import BudgetExceeded, OverMemory, limits
from .config import Options
from .knowledge import Knowledge, default_knowledge
from .nlp import load_model, model_label
from .records import Analysis, Article, PipelineInfo, Skipped
from .stages import (
    Context,
    Stage,
    actors,
    check_order,
    dates,
    entities,
    events,
    places,
    quotes,
    tone,
)

#: Slots whose values become fields of :class:`Analysis`.
RECORD_SLOTS = ("entities", "places", "dates", "quotes", "events", "tone")


def default_stages() -> list[Stage]:
    """The stages ``newsevents analyze`` runs, in order."""
    # (places before actors: a town stands for the country the geocoder chose for it
    # in this article's context, "Alexandria" in a story about Louisiana)
    return [entities.STAGE, places.STAGE, actors.STAGE, dates.STAGE, quotes.STAGE, events.STAGE,
            tone.STAGE]


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class Pipeline:
    """Stages over a loaded spaCy model. Cheap to build once the model is loaded."""

    def __init__(self, nlp: Any, *, stages: Sequence[Stage] | None = None,
                 options: Options | None = None, knowledge: Knowledge | None = None) -> None:
        self.nlp = nlp
        self.options = options or Options()
        if knowledge is None:
            knowledge = (Knowledge(dictionaries=self.options.dictionaries)
                         if self.options.dictionaries else default_knowledge())
        self.knowledge = knowledge
        self.stages = list(default_stages() if stages is None else stages)
        check_order(self.stages)
        self.info = PipelineInfo(
            version=__version__, model=model_label(nlp), stages=[s.name for s in self.stages],
            knowledge=knowledge.fingerprint(),
        )

    @classmethod
    def load(cls, options: Options | None = None, stages: Sequence[Stage] | None = None,
             knowledge: Knowledge | None = None) -> Pipeline:
        """Load the model that ``options`` names (once per process) and build."""
        options = options or Options()
        return cls(load_model(options.model_name), stages=stages, options=options,
                   knowledge=knowledge)

    def analyze(self, article: Article | str, **meta: Any) -> Analysis | Skipped:
        """Analyse one article: an :class:`Article`, or a text (front matter allowed)
        with metadata as keywords (``published="2021-12-18"``, ``title=``, ``url=``,
        ``source=``), cleaned as ingest cleans it."""
        if isinstance(article, str):
            from .sources import from_text

            item = from_text(article, self.options, **meta)
            if isinstance(item, Skipped):
                return item
            article = item
        return next(self.analyze_many([article]))

    def analyze_many(self, items: Iterable[Article | Skipped], *,
                     learn: Callable[[Analysis], None] | None = None
                     ) -> Iterator[Analysis | Skipped]:
        """Analyse articles in batches; Skipped inputs pass through in order.

        An article whose text was already seen in this call is skipped as a
        ``duplicate``; a stage that raises gives ``Skipped("failed")``.
        ``learn`` is called with each analysis as soon as its stages have run,
        before the next article's: what it teaches (the corpus memory) reaches
        the next article whatever the batch size.
        """
        seen: dict[str, str] = {}
        for batch in batched(items, self.options.batch_size):
            todo: list[Article] = []
            for item in batch:
                if isinstance(item, Article):
                    if item.id in seen:
                        continue
                    seen[item.id] = item.origin or item.id
                    todo.append(item)
            results = dict(zip((a.id for a in todo), self._run_batch(todo, learn),
                               strict=True))
            emitted: set[str] = set()
            for item in batch:
                if isinstance(item, Skipped):
                    yield item
                elif item.id in emitted or results.get(item.id) is None:
                    yield Skipped(item.origin or item.id, "duplicate",
                                  f"same text as {seen[item.id]}")
                else:
                    emitted.add(item.id)
                    yield results[item.id]

    def _run_batch(self, articles: list[Article],
                   learn: Callable[[Analysis], None] | None = None) -> list[Analysis | Skipped]:
        """Parse a batch through ``nlp.pipe`` and run the stages on each Doc as it
        comes, so a Doc is dropped as soon as its records are made (holding the
        whole batch of Docs costs memory and, on these machines, a tenth of the
        speed). If the parser fails, the articles it had not yet given back are
        parsed one by one, so only the one that broke it is skipped."""
        ok = [a for a in articles if len(a.text) <= self.nlp.max_length]
        results: dict[str, Analysis | Skipped] = {}
        done = 0
        budget, memory = self.options.time_budget, self.options.memory_budget
        try:
            # the batch under the sum of its articles' budgets (newsevents.budget), in a
            # spaCy memory zone: the words only this batch used are forgotten after it,
            # so a long run does not grow with every new name and number it reads
            # (records hold plain strings, never a Doc, Token or string id)
            # (the memory budget is on growth, the same for a batch as for one article:
            # Docs are dropped as they are used)
            with limits(budget * len(ok), memory), self.nlp.memory_zone():
                docs = self.nlp.pipe((a.text for a in ok), batch_size=self.options.batch_size)
                for article, doc in zip(ok, docs, strict=True):
                    results[article.id] = self._run_stages(article, doc, learn)
                    done += 1
        except Exception:  # noqa: BLE001 - find the one article that broke the batch
            for article in ok[done:]:
                try:
                    with limits(budget, memory), self.nlp.memory_zone():
                        doc = self.nlp(article.text)
                        results[article.id] = self._run_stages(article, doc, learn)
                except OverMemory:
                    gc.collect()  # (what it built is unreachable now: give it back)
                    results[article.id] = Skipped(
                        article.origin or article.id, "over_memory",
                        f"analysing it grew the process by more than the {memory:g} MB "
                        "one article may take (--memory-budget)")
                except BudgetExceeded:
                    results[article.id] = Skipped(
                        article.origin or article.id, "over_budget",
                        f"not analysed within the {budget:g} s one article may take "
                        "(--time-budget)")
                except Exception as exc:  # noqa: BLE001
                    results[article.id] = Skipped(article.origin or article.id, "failed",
                                                  f"the parser failed: {exc}")
        out: list[Analysis | Skipped] = []
        for article in articles:
            result = results.get(article.id)
            if result is None:
                out.append(Skipped(article.origin or article.id, "too_large",
                                   f"{len(article.text)} characters is more than the model's "
                                   f"limit of {self.nlp.max_length}"))
            else:
                out.append(result)
        return out

    def _run_stages(self, article: Article, doc: Any,
                    learn: Callable[[Analysis], None] | None = None) -> Analysis | Skipped:
        ctx = Context(article=article, doc=doc, options=self.options, knowledge=self.knowledge)
        for stage in self.stages:
            try:
                ctx.slots[stage.assigns] = stage.run(ctx)
            except BudgetExceeded:
                raise  # the batch's time is up: Pipeline._run_batch decides
            except Exception as exc:  # noqa: BLE001 - one article never stops the batch
                return Skipped(article.origin or article.id, "failed",
                               f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}")
        fields = {slot: ctx.slots[slot] for slot in RECORD_SLOTS if slot in ctx.slots}
        analysis = Analysis(article=article, pipeline=self.info, **fields)
        if learn is not None:
            learn(analysis)
        return analysis


__all__ = ["RECORD_SLOTS", "Pipeline", "batched", "default_stages"]
