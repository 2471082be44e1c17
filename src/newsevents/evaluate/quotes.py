"""Score the ``quotes`` stage against a gold set: ``newsevents evaluate quotes GOLD``.

Gold format (JSON Lines, one article per line)::

    {"id": "g01",                      # optional, shown in notes
     "text": "Seitkali stressed that Kazakhstan wanted ...",
     "published": "2024-04-02",        # optional
     "quotes": [{"start": 23, "end": 118, "kind": "indirect",
                 "speaker": "Daniyar Seitkali",     # canonical name, or null
                 "text": "Kazakhstan wanted ..."}]} # optional; checked against the span

``text`` is the article as newsevents analyses it (already cleaned: no
dateline, no licence line); ``start``/``end`` index it, end exclusive.
``kind`` is ``direct``, ``partial`` or ``indirect``. Spans follow the stage's
conventions (:mod:`newsevents.stages.quotes`): the words inside the marks
without outer blanks or a trailing comma; for reported speech the complement
clause without "that" and without final punctuation. ``speaker`` is the
canonical name of the person or organisation who spoke, or null when the
speaker is not a named entity ("witnesses said").

Figures:

* **overlap** precision, recall and F1: a predicted and a gold quote match
  when they share at least half of the shorter span; each quote matches at
  most one other (best overlap first);
* **exact** precision, recall and F1: same start and end;
* **kind accuracy** over overlap matches;
* **speaker accuracy** over overlap matches whose gold speaker is not null:
  right when the predicted speaker entity's name is the gold name (case and a
  leading "the" aside) or has the same last word ("Shamkhani" for "Ali
  Shamkhani"); a quote with no predicted speaker is wrong;
* overlap recall for each kind.

The pipeline is used as given; it must have a stage that assigns ``quotes``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..records import Analysis, Article, Quote
from ..sources.clean import article_id
from . import Report, gold_lines

if TYPE_CHECKING:
    from ..pipeline import Pipeline

KINDS = ("direct", "partial", "indirect")
#: Notes (missed and spurious quotes) shown at most.
MAX_NOTES = 12


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    published: str | None
    quotes: list[GoldQuote]


def read_gold(path: Path) -> Iterator[GoldArticle]:
    """The articles of a gold file; ConfigError names the line of any fault."""
    for n, where, line in gold_lines(path):
        try:
            data = json.loads(line)
            text = data["text"]
            quotes = [_gold_quote(q, text, where) for q in data.get("quotes", [])]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{where} is not a gold article: {exc}") from None
        if not isinstance(text, str) or not text.strip():
            raise ConfigError(f"{where} has no text")
        yield GoldArticle(str(data.get("id") or f"line {n}"), text, data.get("published"), quotes)


def _gold_quote(q: dict[str, Any], text: str, where: str) -> GoldQuote:
    start, end, kind = int(q["start"]), int(q["end"]), str(q["kind"])
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} is outside the text")
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if "text" in q and q["text"] != text[start:end]:
        raise ValueError(f"quote text {q['text'][:40]!r} is not the text at {start}-{end}")
    speaker = q.get("speaker")
    return GoldQuote(start, end, kind, str(speaker) if speaker else None)


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """gold index -> predicted index, one to one, by best overlap first.

    Two spans match when they share at least half of the shorter one.
    """
    pairs = []
    for g, gs in enumerate(gold):
        for p, ps in enumerate(predicted):
            shared = _shared(gs, ps)
            if shared and 2 * shared >= min(gs[1] - gs[0], ps[1] - ps[0]):
                union = max(gs[1], ps[1]) - min(gs[0], ps[0])
                pairs.append((shared / union, g, p))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, g, p in sorted(pairs, reverse=True):
        if g not in out and p not in used:
            out[g] = p
            used.add(p)
    return out


def _name_key(name: str) -> str:
    words = name.casefold().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def same_speaker(predicted: str | None, gold: str) -> bool:
    """Gold name and predicted entity name agree (full name or last word)."""
    if not predicted:
        return False
    p, g = _name_key(predicted), _name_key(gold)
    return p == g or (bool(p) and bool(g) and p.split()[-1] == g.split()[-1])


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _short(text: str, q: tuple[int, int]) -> str:
    words = text[q[0]:q[1]]
    return repr(words if len(words) <= 60 else words[:57] + "...")


def run(gold: Path, pipeline: Pipeline) -> Report:
    """Run ``pipeline`` over the gold articles and score its quotes."""
    if "quotes" not in [s.assigns for s in pipeline.stages]:
        raise ConfigError("the pipeline has no stage that finds quotes; add the quotes stage")
    articles = list(read_gold(gold))
    if not articles:
        raise ConfigError(f"the gold file {gold} has no articles")
    inputs = [Article(id=article_id(a.text), text=a.text, published=a.published,
                      origin=f"{gold.name}:{a.id}") for a in articles]
    n_gold = n_pred = overlap = exact = kind_ok = scored = speaker_ok = 0
    gold_kind = dict.fromkeys(KINDS, 0)
    found_kind = dict.fromkeys(KINDS, 0)
    notes: list[str] = []  # wrong speakers, all of them
    others: list[str] = []  # missed and spurious quotes, up to MAX_NOTES
    for art, result in zip(articles, pipeline.analyze_many(inputs), strict=True):
        if not isinstance(result, Analysis):
            raise ConfigError(f"gold article {art.id} could not be analysed: {result}")
        predicted: list[Quote] = result.quotes
        names = {e.id: e.name for e in result.entities}
        gspans = [(q.start, q.end) for q in art.quotes]
        pspans = [(q.start, q.end) for q in predicted]
        pairs = match(gspans, pspans)
        n_gold += len(gspans)
        n_pred += len(pspans)
        overlap += len(pairs)
        for g, p in pairs.items():
            gq, pq = art.quotes[g], predicted[p]
            exact += int(gspans[g] == pspans[p])
            kind_ok += int(gq.kind == pq.kind)
            found_kind[gq.kind] += 1
            if gq.speaker is not None:
                scored += 1
                said = names.get(pq.speaker or "")
                if same_speaker(said, gq.speaker):
                    speaker_ok += 1
                else:
                    named = pq.speaker_mention.text if pq.speaker_mention else None
                    notes.append(f"{art.id}: speaker of {_short(art.text, gspans[g])} is "
                                 f"{said or 'unknown'} (named {named!r}), not {gq.speaker}")
        for g, gq in enumerate(art.quotes):
            gold_kind[gq.kind] += 1
            if g not in pairs:
                others.append(f"{art.id}: missed {gq.kind} {_short(art.text, gspans[g])}")
        matched = set(pairs.values())
        for p, pq in enumerate(predicted):
            if p not in matched:
                others.append(f"{art.id}: spurious {pq.kind} {_short(art.text, pspans[p])}")
    report = Report(kind="quotes")
    report.counts = {"articles": len(articles), "gold quotes": n_gold,
                     "predicted quotes": n_pred, "overlap matches": overlap,
                     "exact matches": exact, "speakers scored": scored}
    for name, hits in (("overlap", overlap), ("exact", exact)):
        precision, recall, f1 = _prf(hits, n_pred, n_gold)
        report.metrics |= {f"{name}_precision": precision, f"{name}_recall": recall,
                           f"{name}_f1": f1}
    report.metrics["kind_accuracy"] = kind_ok / overlap if overlap else 0.0
    report.metrics["speaker_accuracy"] = speaker_ok / scored if scored else 0.0
    for kind in KINDS:
        if gold_kind[kind]:
            report.metrics[f"{kind}_recall"] = found_kind[kind] / gold_kind[kind]
    report.notes = notes + others[:MAX_NOTES]
    return report


__all__ = ["GoldArticle", "GoldQuote", "match", "read_gold", "run", "same_speaker"]
