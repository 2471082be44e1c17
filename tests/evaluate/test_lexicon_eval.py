"""The event lexicon compared with a PETRARCH verb dictionary, by CAMEO root."""

from __future__ import annotations

from pathlib import Path

from newsevents import Pipeline
from newsevents.evaluate import evaluate
from newsevents.knowledge.compare import lexicon_coverage, read_petrarch_verbs
from newsevents.knowledge.events import EventLexicon, Pattern

SAMPLE = """\
# a verb dictionary in the PETRARCH format
&AUXVERB1_
+WAS

---  ACCUSE   [---]  ---
ACCUSE {ACCUSES ACCUSED }
CHARGE
- * (OF) [112]
- * (WITH) CRIMES [111]

---  MEET   [040]  ---
MEET {MET }
- * [040]
- * (WITH) [042]
"""


def test_verbs_are_read_by_root(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert read_petrarch_verbs(path) == {"11": {"accuse", "charge"}, "04": {"meet"}}
    lex = EventLexicon()
    lex.add(Pattern(code="111", trigger="accuse", objects=frozenset(), targets=("dobj",),
                    sources=(), example=""))
    cov = {c.root: (c.shared, c.theirs, c.missing) for c in lexicon_coverage(lex, path)}
    assert cov == {"04": (0, 1, ["meet"]), "11": (1, 2, ["charge"])}


def test_the_lexicon_holds_its_coverage_of_petrarch(pipeline: Pipeline, shared: Path) -> None:
    report = evaluate("lexicon", shared / "reference" / "petrarch" / "CAMEO.2.0.txt", pipeline)
    assert report.counts["dictionary verbs"] > 1000
    assert report.metrics["verb_coverage"] >= 0.36, report.to_text()[:2000]
