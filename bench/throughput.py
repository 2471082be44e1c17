"""Throughput of newsevents against spaCy alone, in one process and one run.

    python bench/throughput.py [--n 300] [--repeat 2] [--batch-size 32] [--model NAME]

The same N articles (made from the bundled samples, each given its own id)
go through:

* spaCy alone:        ``nlp.pipe(texts)``, the floor no pipeline can beat;
* newsevents analyze: cleaning (dateline, licence, language) + parsing +
                      every stage, from the raw text to the records;
* newsevents ingest:  the same plus writing to an in-memory DuckDB store.

Runs alternate (spaCy, analyze, ingest, spaCy, ...) and the best of
``--repeat`` is kept for each, so a noisy machine hurts all three alike. The
ratios are the figures to quote: newsevents articles/s over spaCy articles/s.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsevents import (  # noqa: E402
    Analysis,
    Article,
    Options,
    Pipeline,
    Store,
    default_stages,
    from_text,
    read,
)


def sample_texts(n: int) -> list[tuple[str, dict[str, str | None]]]:
    """N raw texts with metadata, cycling through the samples."""
    base = [a for a in read([ROOT / "samples"]) if isinstance(a, Article)]
    if not base:
        raise SystemExit("no sample articles found under samples/")
    raw = [((f"{a.dateline} — " if a.dateline else "") + a.text,
            {"title": a.title, "published": a.published}) for a in base]
    return [raw[i % len(raw)] for i in range(n)]


def run_analyze(pipe: Pipeline, texts: list[tuple[str, dict[str, str | None]]]) -> list[Analysis]:
    articles = []
    for k, (text, meta) in enumerate(texts):
        art = from_text(text, pipe.options, origin=f"bench:{k}", **meta)
        assert isinstance(art, Article)
        articles.append(dataclasses.replace(art, id=f"{art.id}-{k}"))  # distinct ids: no dedup
    out = [r for r in pipe.analyze_many(articles) if isinstance(r, Analysis)]
    assert len(out) == len(texts), "every bench article should be analysed"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="articles per run (default 300)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each kind (default 2)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", default=None)
    ap.add_argument("--stages", default=None,
                    help="comma-separated stages to run (default: all), e.g. entities,actors")
    args = ap.parse_args()

    options = Options(model=args.model, batch_size=args.batch_size)
    stages = default_stages()
    if args.stages:
        wanted = args.stages.split(",")
        stages = [s for s in stages if s.name in wanted]
    pipe = Pipeline.load(options, stages=stages)
    texts = sample_texts(args.n)
    plain = [t for t, _ in texts]
    words = sum(len(t.split()) for t in plain)
    run_analyze(pipe, texts[:20])  # warm up: model, language identifier, caches

    best = {"spacy": float("inf"), "analyze": float("inf"), "ingest": float("inf")}
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _doc in pipe.nlp.pipe(plain, batch_size=args.batch_size):
            pass
        best["spacy"] = min(best["spacy"], time.perf_counter() - t0)

        t0 = time.perf_counter()
        run_analyze(pipe, texts)
        best["analyze"] = min(best["analyze"], time.perf_counter() - t0)

        t0 = time.perf_counter()
        results = run_analyze(pipe, texts)
        with Store.open(":memory:") as store:
            for i in range(0, len(results), args.batch_size):
                store.write(results[i:i + args.batch_size])
        best["ingest"] = min(best["ingest"], time.perf_counter() - t0)

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model {pipe.info.model}, stages {','.join(pipe.info.stages)}, "
          f"{args.n} articles, {words} words, batch {args.batch_size}, best of {args.repeat}")
    print(f"{'run':<20}{'articles/s':>12}{'words/s':>12}{'ratio':>8}")
    for name, label in (("spacy", "spaCy alone"), ("analyze", "newsevents analyze"),
                        ("ingest", "newsevents ingest")):
        secs = best[name]
        print(f"{label:<20}{args.n / secs:>12.1f}{words / secs:>12.0f}"
              f"{best['spacy'] / secs:>8.3f}")
    print(f"peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
