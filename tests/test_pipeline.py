"""The pipeline: stage order, batches, failures, duplicates, first entities."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents import (
    Analysis,
    Article,
    Context,
    Pipeline,
    PipelineError,
    Skipped,
    Stage,
    default_stages,
    from_text,
)
from newsevents.budget import resident_bytes
from newsevents.config import Options
from newsevents.errors import ConfigError
from newsevents.stages import check_order


def _stage(name: str, assigns: str, requires: tuple[str, ...] = ()) -> Stage:
    return Stage(name=name, run=lambda ctx: [], assigns=assigns, requires=requires)


def test_stage_order_is_checked_when_the_pipeline_is_built() -> None:
    check_order([_stage("a", "entities", ("doc",)), _stage("b", "events", ("entities",))])
    with pytest.raises(PipelineError, match="'b' requires entities"):
        check_order([_stage("b", "events", ("entities",)), _stage("a", "entities")])
    with pytest.raises(PipelineError, match="appears twice"):
        check_order([_stage("a", "x"), _stage("a", "y")])
    with pytest.raises(PipelineError, match="a second time"):
        check_order([_stage("a", "x"), _stage("b", "x")])


def test_reading_an_unassigned_slot_is_an_error(pipeline: Pipeline) -> None:
    art = from_text("The minister met his counterpart.")
    assert isinstance(art, Article)
    ctx = Context(article=art, doc=None, options=pipeline.options)
    with pytest.raises(PipelineError, match="'events'"):
        ctx["events"]


def _articles(*texts: str) -> list[Article]:
    out = []
    for i, t in enumerate(texts):
        a = from_text(t, origin=f"t{i}")
        assert isinstance(a, Article)
        out.append(a)
    return out


def test_a_failing_stage_skips_one_article_and_the_batch_goes_on(pipeline: Pipeline) -> None:
    def fragile(ctx: Context) -> list[object]:
        if "explode" in ctx.article.text:
            raise ValueError("boom")
        return []

    pipe = Pipeline(pipeline.nlp, stages=[*pipeline.stages, Stage("fragile", fragile, "extra")])
    got = list(pipe.analyze_many(_articles(
        "Police arrested two men in Lima.", "This one will explode.", "Rebels shelled Goma.")))
    assert [type(g) for g in got] == [Analysis, Skipped, Analysis]
    bad = got[1]
    assert isinstance(bad, Skipped) and bad.reason == "failed"
    assert "fragile" in bad.detail and "boom" in bad.detail and bad.origin == "t1"


def _the_middle_one_skipped(pipeline: Pipeline, stage: Stage, middle: str,
                           **budget: float) -> Skipped:
    """Run three articles in one batch with an extra ``stage`` and the ``budget``
    options; the middle one (``middle``) is skipped alone: the others are analysed."""
    options = replace(pipeline.options, batch_size=8, **budget)
    pipe = Pipeline(pipeline.nlp, stages=[*pipeline.stages, stage], options=options)
    got = list(pipe.analyze_many(_articles(
        "Police arrested two men in Lima.", middle, "Rebels shelled Goma.")))
    assert [type(g) for g in got] == [Analysis, Skipped, Analysis]
    skipped = got[1]
    assert isinstance(skipped, Skipped) and skipped.origin == "t1"
    return skipped


def test_an_article_over_its_time_budget_is_skipped_alone(pipeline: Pipeline) -> None:
    """A stage that never ends on one input (simulated by waiting on an event nobody
    sets) costs that input only; the others of its batch are analysed."""
    import threading

    never = threading.Event()

    def stuck(ctx: Context) -> list[object]:
        if "forever" in ctx.article.text:
            never.wait(30)  # what a runaway parse would do; the budget ends it
        return []

    slow = _the_middle_one_skipped(pipeline, Stage("stuck", stuck, "extra"),
                                   "This one runs forever.", time_budget=0.3)
    assert slow.reason == "over_budget" and "0.3 s" in slow.detail


def test_a_budget_gives_back_a_timer_that_was_running() -> None:
    import signal

    from newsevents.budget import deadline

    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, 50.0)
    try:
        with deadline(5.0):
            pass
        left, _interval = signal.getitimer(signal.ITIMER_REAL)
        assert 40.0 < left <= 50.0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_bad_time_budget_is_refused() -> None:
    with pytest.raises(ConfigError, match="time budget"):
        Options(time_budget=-1)
    with pytest.raises(ConfigError, match="time budget"):
        Options(time_budget=float("nan"))


def test_duplicates_in_one_run_are_skipped_and_order_is_kept(pipeline: Pipeline) -> None:
    a, b = _articles("Police arrested two men in Lima.", "Rebels shelled Goma on Monday.")
    dup = from_text("police arrested  two men in Lima.", origin="copy")
    got = list(pipeline.analyze_many([a, b, dup, a]))
    assert [type(g) for g in got] == [Analysis, Analysis, Skipped, Skipped]
    assert isinstance(got[2], Skipped) and got[2].reason == "duplicate"
    assert "t0" in got[2].detail


def test_entities_group_mentions_by_name_and_spans_index_the_text(pipeline: Pipeline) -> None:
    (art,) = _articles(
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on "
        "Monday. Scholz said Germany and France would work together. Macron's visit to Berlin "
        "was his second this year.")
    result = pipeline.analyze(art)
    assert isinstance(result, Analysis)
    by_name = {e.name: e for e in result.entities}
    assert "Berlin" in by_name and len(by_name["Berlin"].mentions) == 2
    assert "Emmanuel Macron" in by_name
    # the possessive is not part of the name
    assert all(not m.text.endswith("'s") for e in result.entities for m in e.mentions)
    for e in result.entities:
        for m in e.mentions:
            assert art.text[m.start:m.end] == m.text
    ids = [e.id for e in result.entities]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
    assert result.pipeline.stages == [s.name for s in default_stages()]


def test_batches_give_the_same_result_as_one_at_a_time(pipeline: Pipeline) -> None:
    arts = _articles(*(f"Officials in Nairobi said {n} people were arrested on Friday."
                       for n in ("two", "three", "four", "five", "six")))
    one = [pipeline.analyze(a) for a in arts]
    many = list(Pipeline(pipeline.nlp, options=pipeline.options).analyze_many(arts))
    assert one == many


def test_a_text_is_analysed_directly(pipeline) -> None:  # type: ignore[no-untyped-def]
    import newsevents as ne

    text = ("Iranian Foreign Minister Hossein Amir-Abdollahian met his Azerbaijani "
            "counterpart in Baku on Friday.")
    via_pipeline = pipeline.analyze(text, published="2022-06-18")
    assert isinstance(via_pipeline, ne.Analysis)
    # (a meeting is coded each way)
    assert [(v.cameo.code, v.date) for v in via_pipeline.events] == [("040", "2022-06-17")] * 2
    assert isinstance(pipeline.analyze("   ", published="2022-06-18"), ne.Skipped)
    top = ne.analyze(text, published="2022-06-18")
    assert isinstance(top, ne.Analysis) and top.events[0].cameo.code == "040"


def test_a_long_run_does_not_keep_every_new_word_it_read(pipeline: Pipeline) -> None:
    # names and numbers no model knows, as every day's news has
    texts = [f"Minister Zorvathi{k}q met envoy Blenquist{k}x in Qarvella{k}z on Monday."
             for k in range(6)]
    before = len(pipeline.nlp.vocab.strings)
    got = list(pipeline.analyze_many(_articles(*texts)))
    assert all(isinstance(g, Analysis) for g in got)
    assert any(e.name.startswith("Zorvathi") for g in got if isinstance(g, Analysis)
               for e in g.entities)
    assert len(pipeline.nlp.vocab.strings) == before


def test_a_blank_line_ends_a_sentence(pipeline: Pipeline) -> None:
    # a headline line over a dateline is no part of the story's first sentence
    text = ("Kenyan court jails ex-governor for graft\n\nNAIROBI, March 3 (AP) - A Kenyan "
            "anti-corruption court on Tuesday sentenced former Nairobi governor Mike Sonko to "
            "12 years in prison.")
    doc = pipeline.nlp(text)
    starts = {s.start_char for s in doc.sents}
    assert text.index("NAIROBI") in starts, [s.text for s in doc.sents]
    a = pipeline.analyze(text, published="2026-03-04")
    assert isinstance(a, Analysis)
    blank = text.index("\n\n")
    assert not any(m.start < blank < m.end for e in a.entities for m in e.mentions), [
        e.name for e in a.entities]


def test_the_time_budget_holds_in_a_thread_signals_cannot_reach(pipeline: Pipeline) -> None:
    """A server's or a Dask worker's thread: a stage that never ends on one input
    (a busy loop here, as a runaway pure-Python path would be) is stopped there too."""
    import threading

    def busy(ctx: Context) -> list[object]:
        if "forever" in ctx.article.text:
            while True:
                sum(range(100))
        return []

    options = replace(pipeline.options, time_budget=0.3, batch_size=8)
    pipe = Pipeline(pipeline.nlp, stages=[*pipeline.stages, Stage("busy", busy, "extra")],
                    options=options)
    got: list[object] = []
    worker = threading.Thread(target=lambda: got.extend(pipe.analyze_many(_articles(
        "Police arrested two men in Lima.", "This one runs forever.", "Rebels shelled Goma."))))
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "the budget did not stop the stage in a worker thread"
    assert [type(g) for g in got] == [Analysis, Skipped, Analysis]
    slow = got[1]
    assert isinstance(slow, Skipped) and slow.reason == "over_budget"


def test_a_budget_kept_in_a_thread_leaves_nothing_behind() -> None:
    """A block that ends in time is not interrupted later by its timer."""
    import threading
    import time

    from newsevents.budget import deadline

    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                with deadline(0.05):
                    time.sleep(0.01)
            end = time.monotonic() + 0.3
            while time.monotonic() < end:  # long past every timer
                sum(range(100))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert not t.is_alive() and errors == []


def _hog(ctx: Context) -> list[object]:
    """A stage that, on one input, builds up memory as a runaway path would."""
    if "hungry" in ctx.article.text:
        _grow(10.0)
        raise AssertionError("the memory budget did not stop the stage")
    return []


def _grow(seconds: float) -> None:
    """Take a megabyte at a time, up to 1 GiB (far past the caps here), for
    ``seconds``: a cap has that long to stop it."""
    import time

    held = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if len(held) < 1024:
            held.append(b"x" * (1 << 20))
        sum(range(1000))


@pytest.mark.skipif(resident_bytes() is None, reason="the memory budget needs Linux's /proc")
def test_an_article_over_its_memory_budget_is_skipped_alone(pipeline: Pipeline) -> None:
    fat = _the_middle_one_skipped(pipeline, Stage("hog", _hog, "extra"),
                                  "This one is hungry.", memory_budget=64)
    assert fat.reason == "over_memory" and "64 MB" in fat.detail


@pytest.mark.skipif(resident_bytes() is None, reason="the memory budget needs Linux's /proc")
def test_the_memory_budget_holds_in_a_thread(pipeline: Pipeline) -> None:
    import threading

    options = replace(pipeline.options, memory_budget=64, batch_size=8)
    pipe = Pipeline(pipeline.nlp, stages=[*pipeline.stages, Stage("hog", _hog, "extra")],
                    options=options)
    got: list[object] = []
    worker = threading.Thread(target=lambda: got.extend(pipe.analyze_many(_articles(
        "This one is hungry.", "Rebels shelled Goma."))))
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert [type(g) for g in got] == [Skipped, Analysis]
    assert isinstance(got[0], Skipped) and got[0].reason == "over_memory"


@pytest.mark.skipif(resident_bytes() is None, reason="the memory budget needs Linux's /proc")
def test_a_memory_cap_leaves_a_block_within_it_alone() -> None:
    from newsevents.budget import OverMemory, memory_cap

    for _ in range(20):
        with memory_cap(256):
            kept = [b"y" * (1 << 20) for _ in range(4)]
    assert len(kept) == 4
    with pytest.raises(OverMemory), memory_cap(32):
        _grow(10.0)


def test_a_bad_memory_budget_is_refused() -> None:
    with pytest.raises(ConfigError, match="memory budget"):
        Options(memory_budget=-5)
    with pytest.raises(ConfigError, match="memory budget"):
        Options(memory_budget=float("nan"))
