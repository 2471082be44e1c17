"""Score the event coder against gold events.

Two gold formats are read:

* the **PLOVER gold-standard records** (a JSON array, as in
  ``plover_gsr_cameo.json``): one sentence per record with ``text``,
  ``date``, ``source``/``target`` (lists of ``{"actorText", "code"}``) and
  ``event`` (a PLOVER category of version 0.5b1);
* the project's **JSON Lines** format: one article per line,
  ``{"text": ..., "published": "2024-03-09", "events": [{"source": "IRN",
  "target": "AZE", "category": "CONSULT", "code": "040"}]}`` (``source``
  and ``target`` are actor codes or their first three letters; ``code`` is
  optional).

PLOVER 0.5b1 named some categories differently from the 2021 table the
coder uses; the evaluator maps them before comparing:

=============  ==============
0.5b1          today
=============  ==============
DEMAND         REQUEST
DISAPPROVE     ACCUSE
INVESTIGATE    ACCUSE (mode investigate)
FIGHT          ASSAULT
=============  ==============

Compared events: the coder's events that are not negated, not hypothetical
(modality ``conditional``, or ``demanded`` with nobody named who demands it)
and have a PLOVER category (CAMEO 01 statements have none, as the PLOVER manual
drops them, but 016 denials, which are REJECT; 02 appeals are REQUEST: see
cameo.tsv). The others stay in the coder's output, flagged, and are left out here
as they would be from a PLOVER data set.

Figures:

* ``category_accuracy``: the record's gold category is the category of the
  coder's first event in the text (``category_any``: of any of its events);
* ``source_accuracy``/``target_accuracy``: the first event's source (target)
  has a gold source (target) country (the country part of the gold code; any international
  organisation, governmental or not, counts as ``IGO``, as the PLOVER file codes
  most of them);
  records with no event count as wrong;
* ``triple_precision``/``recall``/``f1``: (source country, target country,
  category) triples of every compared predicted event against the gold
  triples (a PLOVER record gives one gold triple per source-target pair:
  its ``SRC/TAR`` markup marks reciprocal actors, "Jordan and Britain
  agreed" being Jordan -> Britain and Britain -> Jordan, as CAMEO codes them).

Article gold whose events name their ``sentence`` (news-dev) is scored by
sentence instead of by the first event of a record, since an article has many:
for each gold event, the coder's compared events whose trigger, or a repeat of it
(the same event said again), lies in that sentence are looked at:
``sentence_recall`` (there is one), ``category_accuracy`` (one has the gold
category), ``source_accuracy``/``target_accuracy`` (one has the gold source /
target country), ``sentence_triple_recall`` (one has all three);
``sentence_triple_precision`` is the share of the coder's compared events that
match a gold event of their sentence on all three.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..knowledge.actors import split_code
from ..records import Analysis, Event
from ..sources.clean import split_dateline
from . import Report, gold_article, gold_lines, gold_object

if TYPE_CHECKING:
    from ..pipeline import Pipeline

#: PLOVER 0.5b1 category -> the 2021 category the coder emits.
PLOVER_05_TO_2021 = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


#: Country codes of older CAMEO dictionaries that ISO 3166 spells otherwise.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA"}


def _country(code: str | None) -> str | None:
    """What an actor code is compared by: its country, or ``IGO`` for an
    international organisation, governmental or not (the PLOVER file codes most
    of them plain ``IGO``, Amnesty International and the Red Cross included)."""
    if not code:
        return None
    if code.upper().startswith(("IGO", "NGO")):
        return "IGO"
    country, _roles = split_code(code)
    return LEGACY_CODES.get(country or "", country)


def _codes(value: Any) -> list[str]:
    """The actor codes of a PLOVER source/target field (a list of
    ``{"actorText", "code"}``; some records have a bare string or nothing)."""
    if not isinstance(value, list):
        return []
    return [str(v["code"]) for v in value if isinstance(v, dict) and v.get("code")]


def _plover_events(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold events of one PLOVER record, one per (source, target) pair,
    as CAMEO codes compound actors (and as PETRARCH and GDELT emit them).

    Actors marked ``SRC/TAR`` in the record's markup are "reciprocal
    source/target in the CAMEO system" (the file's readme): "Jordan and
    Britain agreed" is Jordan -> Britain and Britain -> Jordan. Otherwise
    every source meets every target ("will visit Mauritania and Senegal" is
    two events); a record without a target has events without one.
    """
    category = PLOVER_05_TO_2021.get(record["event"], record["event"])
    sources, targets = _codes(record.get("source")), _codes(record.get("target"))
    markup = record.get("textInfo", {}).get("markup", "") \
        if isinstance(record.get("textInfo"), dict) else ""
    pairs: list[tuple[str | None, str | None]]
    if "SRC/TAR" in markup and len(sources) > 1 and not targets:
        pairs = [(a, b) for i, a in enumerate(sources) for j, b in enumerate(sources) if i != j]
    else:
        sides: list[str | None] = list(sources) or [None]
        ends: list[str | None] = list(targets) or [None]
        pairs = [(s, t) for s in sides for t in ends]
    return [{"source": s, "target": t, "category": category} for s, t in pairs]


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Gold records as ``{"text", "published", "events": [{source, target, category}]}``."""
    try:
        raw = path.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    out: list[dict[str, Any]] = []
    if raw.lstrip().startswith("["):
        try:
            records = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: invalid JSON: {exc.msg} (line {exc.lineno})") from None
        for r in records:
            if not isinstance(r, dict) or "text" not in r or r.get("event") == "DOCUMENT":
                continue
            out.append({"id": r.get("id"), "text": r["text"], "published": r.get("date"),
                        "events": _plover_events(r)})
        return out
    for n, where, line in gold_lines(path):
        obj = gold_object(where, line, "events")
        obj.setdefault("id", f"{path.name}:{n}")
        out.append(obj)
    return out


#: Modalities of events the text does not report as done or announced: "unless
#: Baghdad accepted", "Israel should withdraw" (with no one named who demands it),
#: "the PKK denied carrying out the bombing" (the denial is the event, 016).
_HYPOTHETICAL = {"conditional", "demanded", "denied"}


def _compared(v: Event) -> bool:
    """Is this an event gold data can hold? Not negated, not hypothetical, and in
    PLOVER: CAMEO's 01 (statements, but 016 denials) have no PLOVER category."""
    if v.negated or v.plover is None or not v.plover.category:
        return False
    # a conditional coercive act is coded as the threat it is (13x): that is reported
    return v.modality not in _HYPOTHETICAL or v.cameo.root == "13"


def _entity_country(result: Analysis, eid: str | None) -> str | None:
    """What a predicted actor is compared by: as the gold's code is (:func:`_country`),
    so CAMEO's codes that stand on their own where a country would (UIS, an unidentified
    state actor; INT, MNC) are compared as the gold writes them."""
    for e in result.entities:
        if e.id == eid and e.actor is not None:
            if "IGO" in e.actor.roles or e.actor.code.startswith(("IGO", "NGO")):
                return "IGO"
            return e.actor.country or _country(e.actor.code)
    return None


def _triples(result: Analysis, events: list[Event]) -> Counter[tuple[Any, ...]]:
    return Counter((_entity_country(result, v.source), _entity_country(result, v.target),
                    v.plover.category if v.plover else None) for v in events)


def _sentence_scores(rec: dict[str, Any], text: str, result: Analysis,
                     events: list[Event]) -> Counter[str]:
    """Counts for gold events that name their sentence (see the module docstring)."""
    out: Counter[str] = Counter()
    spans = []
    for g in rec["events"]:
        at = text.find(g["sentence"].strip()[:200])
        spans.append((at, at + len(g["sentence"].strip())) if at >= 0 else None)

    def facts(v: Event) -> tuple[Any, Any, Any]:
        return (_entity_country(result, v.source), _entity_country(result, v.target),
                v.plover.category if v.plover else None)

    matched: set[int] = set()
    for g, span in zip(rec["events"], spans, strict=True):
        out["gold"] += 1
        if span is None:
            continue
        # an event said again in this sentence (a repeat) is in it too
        near = [(n, facts(v)) for n, v in enumerate(events)
                if any(span[0] <= e.start < span[1] for e in (v.evidence, *v.repeats))]
        gold = (_country(g.get("source")), _country(g.get("target")), g.get("category"))
        out["found"] += bool(near)
        out["category"] += any(f[2] == gold[2] for _n, f in near)
        out["source"] += any(f[0] == gold[0] for _n, f in near)
        out["target"] += any(f[1] == gold[1] for _n, f in near)
        hits = [n for n, f in near if f == gold and n not in matched]
        if hits:
            out["triple"] += 1
            matched.add(hits[0])
    out["predicted"] += len(events)
    out["predicted_ok"] += len(matched)
    return out


def run(gold_path: Path, pipeline: Pipeline) -> Report:
    if "events" not in pipeline.info.stages:
        raise ConfigError("the pipeline has no events stage")
    records = read_gold(gold_path)
    by_sentence = bool(records) and all(
        isinstance(g, dict) and g.get("sentence") for r in records for g in r["events"])
    sent: Counter[str] = Counter()
    n = len(records)
    cat_top = cat_any = src_ok = tgt_ok = tgt_n = 0
    tp = fp = fn = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for rec in records:
        # event gold has no offsets: the text is read as the product reads an
        # article, its dateline ("HANOI, March 12 - ") apart from the story
        dateline, body = split_dateline(rec["text"])
        art = gold_article(body, published=rec.get("published"), origin=str(rec["id"]),
                           dateline=dateline)
        result = pipeline.analyze(art)
        events = [v for v in result.events if _compared(v)] if isinstance(result, Analysis) \
            else []
        gold_events = rec["events"]
        g0 = gold_events[0] if gold_events else {}
        top = events[0] if events else None
        top_cat = top.plover.category if top is not None and top.plover else None
        if top_cat == g0.get("category"):
            cat_top += 1
        if any(v.plover and v.plover.category == g0.get("category") for v in events):
            cat_any += 1
        confusion[(str(g0.get("category")), str(top_cat))] += 1
        gold_sources = {_country(g.get("source")) for g in gold_events}
        gold_targets = {_country(g.get("target")) for g in gold_events} - {None}
        if gold_targets:
            tgt_n += 1
        if isinstance(result, Analysis) and top is not None:
            if _entity_country(result, top.source) in gold_sources:
                src_ok += 1
            if gold_targets and _entity_country(result, top.target) in gold_targets:
                tgt_ok += 1
        if by_sentence and isinstance(result, Analysis):
            sent += _sentence_scores(rec, result.article.text, result, events)
        predicted = _triples(result, events) if isinstance(result, Analysis) else Counter()
        gold = Counter((_country(g.get("source")), _country(g.get("target")), g.get("category"))
                       for g in gold_events)
        hit = sum((predicted & gold).values())
        tp += hit
        fp += sum(predicted.values()) - hit
        fn += sum(gold.values()) - hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    worst = [f"{g} coded as {c}: {k}" for (g, c), k in confusion.most_common(12) if g != c]
    if by_sentence:
        gold_n = sent["gold"] or 1
        sp = sent["predicted_ok"] / sent["predicted"] if sent["predicted"] else 0.0
        sr = sent["triple"] / gold_n
        return Report(
            kind="events",
            counts={"records": n, "gold events": sent["gold"],
                    "predicted events": sent["predicted"]},
            metrics={"sentence_recall": sent["found"] / gold_n,
                     "category_accuracy": sent["category"] / gold_n,
                     "source_accuracy": sent["source"] / gold_n,
                     "target_accuracy": sent["target"] / gold_n,
                     "sentence_triple_precision": sp, "sentence_triple_recall": sr,
                     "sentence_triple_f1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0,
                     "triple_precision": p, "triple_recall": r,
                     "triple_f1": 2 * p * r / (p + r) if p + r else 0.0})
    return Report(
        kind="events",
        counts={"records": n, "gold events": tp + fn, "predicted events": tp + fp},
        metrics={"category_accuracy": cat_top / n if n else 0.0,
                 "category_any": cat_any / n if n else 0.0,
                 "source_accuracy": src_ok / n if n else 0.0,
                 "target_accuracy": tgt_ok / tgt_n if tgt_n else 0.0,
                 "triple_precision": p, "triple_recall": r,
                 "triple_f1": 2 * p * r / (p + r) if p + r else 0.0},
        notes=["most frequent confusions (gold coded as predicted): " + "; ".join(worst)]
        if worst else [],
    )
