"""Compare the event lexicon with a PETRARCH verb dictionary (``CAMEO.2.0.txt``).

``newsevents evaluate lexicon ../shared/reference/petrarch/CAMEO.2.0.txt`` reports,
per CAMEO root, the share of the dictionary's verbs (a verb counts for every root
its patterns code) that the project's lexicon has a verb pattern for in that root,
and overall the share of the dictionary's distinct verbs the lexicon knows in any
root. The notes list, per root, the first verbs the lexicon lacks: where to look
when real articles show a gap. The dictionary is read where it is, never copied.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..knowledge.compare import lexicon_coverage, read_petrarch_verbs
from . import Report

if TYPE_CHECKING:
    from ..pipeline import Pipeline


def run(gold_path: Path, pipeline: Pipeline) -> Report:
    lexicon = pipeline.knowledge.events
    roots = lexicon_coverage(lexicon, gold_path)
    theirs = {v.split()[0] for verbs in read_petrarch_verbs(gold_path).values() for v in verbs}
    ours = set(lexicon.verbs)
    metrics = {"verb_coverage": len(theirs & ours) / len(theirs) if theirs else 0.0,
               "root_pair_coverage": (sum(r.shared for r in roots)
                                      / (sum(r.theirs for r in roots) or 1))}
    metrics.update({f"root_{r.root}": r.coverage for r in roots})
    return Report(
        kind="lexicon",
        counts={"dictionary verbs": len(theirs), "lexicon verbs": len(ours),
                "shared verbs": len(theirs & ours)},
        metrics=metrics,
        notes=[f"root {r.root}: {r.shared} of {r.theirs}; missing e.g. "
               + ", ".join(r.missing[:10]) for r in roots])
