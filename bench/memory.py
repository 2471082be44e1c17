"""Peak memory of analysing one article with the gazetteer loaded, and stage times.

    .venv/bin/python bench/memory.py [ARTICLE] [--repeat N]

Each measurement runs in a fresh child process (peak RSS is per process, from
``resource.getrusage``'s ``ru_maxrss``):

* ``model only``: load the spaCy model and parse the article;
* ``full``: the same, plus every stage (entities, places, dates, tone) with the
  GeoNames gazetteer, on the article and then ``N`` more times on other
  articles (the samples), counting how many times the gazetteer was built
  (it must be once per process) and timing each stage per article.

The article is the seed (``../shared/seed``) if present, else the first sample.
Prints figures; asserts nothing (the issue's target is under 800 MB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_17b483c5b92a52a4.txt"
TARGET_MB = 800

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
mode, article_path, samples, repeat = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
from newsevents import Analysis, Options, Pipeline, Stage, read
from newsevents.knowledge import Knowledge
from newsevents.knowledge import geonames as gz
from newsevents.stages import dates, entities, places, tone

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

options = Options(published="2021-12-18")
(article,) = [a for a in read([article_path], options)]
t0 = time.perf_counter()
pipe = Pipeline.load(options, stages=[])
out = {"model_load_s": round(time.perf_counter() - t0, 2)}
if mode == "model":
    pipe.nlp(article.text)
    out["peak_rss_mb"] = round(rss_mb(), 1)
    print(json.dumps(out)); sys.exit(0)

timings = {}
def timed(stage):
    def run(ctx):
        t = time.perf_counter()
        try:
            return stage.run(ctx)
        finally:
            timings.setdefault(stage.name, []).append(time.perf_counter() - t)
    return Stage(stage.name, run, stage.assigns, stage.requires)

stages = [entities.STAGE, places.STAGE, dates.STAGE, tone.STAGE]
pipe = Pipeline(pipe.nlp, stages=[timed(s) for s in stages], options=options,
                knowledge=Knowledge())
t0 = time.perf_counter()
result = pipe.analyze(article)
out["first_article_s"] = round(time.perf_counter() - t0, 2)
assert isinstance(result, Analysis), result
out["peak_rss_one_article_mb"] = round(rss_mb(), 1)
out["places"] = [[p.name, p.geonameid, p.country] for p in result.places]
others = [a for a in read([samples]) if not isinstance(a, str)]
timings.clear()
n = 0
for _ in range(repeat):
    for r in pipe.analyze_many(others):
        n += isinstance(r, Analysis)
    pipe = Pipeline(pipe.nlp, stages=pipe.stages, options=options, knowledge=Knowledge())
out["articles_after"] = n
out["gazetteer_loads"] = gz.load_count()
out["peak_rss_mb"] = round(rss_mb(), 1)
out["ms_per_article"] = {k: round(1000 * sum(v) / len(v), 2) for k, v in timings.items()}
print(json.dumps(out))
"""


def child(mode: str, article: Path, repeat: int) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(article), str(ROOT / "samples"), str(repeat)],
        capture_output=True, text=True, check=False, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"child process failed:\n{proc.stderr}")
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", nargs="?", type=Path,
                        default=SEED if SEED.exists() else ROOT / "samples" /
                        "01_diplomacy_visit.txt")
    parser.add_argument("--repeat", type=int, default=3,
                        help="passes over the samples after the first article (default 3)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    base = child("model", args.article, 0)
    full = child("full", args.article, args.repeat)
    print(f"article: {args.article}")
    print(f"model only:  peak RSS {base['peak_rss_mb']} MB (model load {base['model_load_s']} s)")
    print(f"full:        peak RSS {full['peak_rss_one_article_mb']} MB after one article "
          f"(first article {full['first_article_s']} s, gazetteer build included)")
    print(f"             peak RSS {full['peak_rss_mb']} MB after {full['articles_after']} more "
          f"articles; gazetteer built {full['gazetteer_loads']} time(s) in the process")
    peak = float(str(full["peak_rss_mb"]))
    verdict = "under" if peak < TARGET_MB else "OVER"
    print(f"             {verdict} the {TARGET_MB} MB target")
    print(f"places:      {full['places']}")
    stage_ms = full["ms_per_article"]
    assert isinstance(stage_ms, dict)
    print("ms/article:  " + ", ".join(f"{k} {v}" for k, v in stage_ms.items()))
    print(f"(bench took {time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
