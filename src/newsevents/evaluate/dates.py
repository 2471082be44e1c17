"""Score event dates against a gold set: ``newsevents evaluate dates GOLD``.

Gold format (JSON Lines, one text per line)::

    {"id": "d001",
     "text": "Police in Nairobi arrested 12 protesters on Friday.",
     "published": "2024-03-09",
     "events": [{"trigger": "arrested",        # the event's word, once in the text
                 "date": "2024-03-08",          # YYYY-MM-DD
                 "precision": "day",            # day, week, month or year
                 "date_from": "text",           # text, or published when no words date it
                 "expression": "on Friday"}]}   # optional: the words that date it

The conventions are those of the events stage (README, "when"): only a
temporal expression that governs the event's clause dates it, else the
publication date (``date_from: "published"``); a week named as such is its
Monday, a month its 1st, a year its 1st of January, each with its precision.

A gold event is *found* when the pipeline codes an event whose evidence is the
trigger word (its first whole-word occurrence in the text), or the verb that
carries that noun a few words before it ("opened fire", "went on strike",
"held talks": the coder's evidence is the verb). Figures, over gold
events:

* ``found``: gold events whose trigger carries a coded event;
* ``date_accuracy``: found events with the gold date *and* precision (the
  figure the floors hold);
* ``day_accuracy``: found events with the gold date, whatever the precision;
* ``precision_accuracy``: found events with the gold precision;
* ``source_accuracy``: found events whose ``date_from`` is the gold one (a
  date read from the text, or the publication date);
* ``text_date_accuracy`` and ``published_accuracy``: ``date_accuracy`` over the
  found gold events dated by their text, and over those the text leaves undated.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..records import Analysis, Event
from . import Report, gold_article, gold_lines

if TYPE_CHECKING:
    from ..pipeline import Pipeline

PRECISIONS = ("day", "week", "month", "year")
SOURCES = ("text", "published")
#: Notes (wrong and missed dates) shown at most.
MAX_NOTES = 25


@dataclass(frozen=True, slots=True)
class GoldDate:
    trigger: str
    start: int
    date: str
    precision: str
    date_from: str


@dataclass(frozen=True, slots=True)
class GoldText:
    id: str
    text: str
    published: str | None
    events: list[GoldDate]


def read_gold(path: Path) -> list[GoldText]:
    """The texts of a gold file; ConfigError names the line of any fault."""
    out = []
    for n, where, line in gold_lines(path):
        try:
            data = json.loads(line)
            text = data["text"]
            if not isinstance(text, str) or not text.strip():
                raise ValueError("no text")
            events = [_gold_event(e, text) for e in data["events"]]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{where} is not a gold text: {exc}") from None
        out.append(GoldText(str(data.get("id") or f"line {n}"), text, data.get("published"),
                            events))
    if not out:
        raise ConfigError(f"the gold file {path} has no texts")
    return out


def _gold_event(e: dict[str, str], text: str) -> GoldDate:
    trigger = str(e["trigger"])
    m = re.search(rf"(?<!\w){re.escape(trigger)}(?!\w)", text)
    if m is None:
        raise ValueError(f"trigger {trigger!r} is not a word of the text")
    date, precision = str(e["date"]), str(e["precision"])
    date_from = str(e.get("date_from") or "text")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        raise ValueError(f"date {date!r} is not YYYY-MM-DD")
    if precision not in PRECISIONS:
        raise ValueError(f"precision {precision!r} is not one of {', '.join(PRECISIONS)}")
    if date_from not in SOURCES:
        raise ValueError(f"date_from {date_from!r} is not one of {', '.join(SOURCES)}")
    return GoldDate(trigger, m.start(), date, precision, date_from)


#: How far before an event noun the verb that carries it may be ("opened fire", "went
#: on strike", "held a nationwide strike", "staged protests").
LIGHT_VERB_GAP = 20
#: Verbs that carry an event noun rather than name an act of their own.
LIGHT_VERBS = re.compile(
    r"open(?:s|ed|ing)?|go(?:es|ing)?|went|gone|hold(?:s|ing)?|held|stag(?:e|es|ed|ing)|"
    r"launch(?:es|ed|ing)?|carr(?:y|ies|ied|ying)|conduct(?:s|ed|ing)?|mount(?:s|ed|ing)?|"
    r"begin(?:s|ning)?|began|begun|resum(?:e|es|ed|ing)|start(?:s|ed|ing)?|"
    r"wag(?:e|es|ed|ing)|mak(?:e|es|ing)|made|tak(?:e|es|ing)|took|taken", re.I)


def _event_at(events: list[Event], start: int, text: str) -> Event | None:
    """The coded event whose evidence starts at ``start`` (the asserted, positive one
    first when several are coded on one word), else one on the verb that carries the
    noun there, a light verb a few words before it within the clause."""
    here = [v for v in events if v.evidence.start == start]
    if not here:
        here = [v for v in events if v.evidence.end <= start
                and start - v.evidence.end <= LIGHT_VERB_GAP
                and LIGHT_VERBS.fullmatch(v.evidence.text)
                and not any(ch in ".,;:" for ch in text[v.evidence.end:start])]
    here.sort(key=lambda v: (v.negated, v.modality != "asserted", start - v.evidence.end))
    return here[0] if here else None


def run(gold: Path, pipeline: Pipeline) -> Report:
    """Run ``pipeline`` over the gold texts and score its event dates."""
    if "events" not in [s.assigns for s in pipeline.stages]:
        raise ConfigError("the pipeline has no stage that codes events; add the events stage")
    texts = read_gold(gold)
    inputs = [gold_article(t.text, published=t.published, origin=f"{gold.name}:{t.id}")
              for t in texts]
    n = found = right = day = prec = source = 0
    by_from = {k: [0, 0] for k in SOURCES}  # gold date_from -> [right, found]
    notes: list[str] = []
    for t, result in zip(texts, pipeline.analyze_many(inputs), strict=True):
        if not isinstance(result, Analysis):
            raise ConfigError(f"gold text {t.id} could not be analysed: {result}")
        for g in t.events:
            n += 1
            v = _event_at(result.events, g.start, t.text)
            if v is None:
                notes.append(f"{t.id}: no event coded on {g.trigger!r}")
                continue
            found += 1
            by_from[g.date_from][1] += 1
            ok = v.date == g.date and (v.date_precision or "day") == g.precision
            right += ok
            by_from[g.date_from][0] += ok
            day += v.date == g.date
            prec += (v.date_precision or "day") == g.precision
            source += v.date_from == g.date_from
            if not ok:
                said = v.date_text.text if v.date_text else v.date_from
                notes.append(f"{t.id}: {g.trigger!r} dated {v.date} ({v.date_precision}, "
                             f"from {said!r}), gold {g.date} ({g.precision}, {g.date_from})")
    report = Report(kind="dates")
    report.counts = {"texts": len(texts), "gold events": n, "found": found}
    report.metrics = {
        "found": found / n if n else 0.0,
        "date_accuracy": right / found if found else 0.0,
        "day_accuracy": day / found if found else 0.0,
        "precision_accuracy": prec / found if found else 0.0,
        "source_accuracy": source / found if found else 0.0,
    }
    for key, name in (("text", "text_date_accuracy"), ("published", "published_accuracy")):
        hits, total = by_from[key]
        if total:
            report.metrics[name] = hits / total
    report.notes = notes[:MAX_NOTES]
    return report


__all__ = ["GoldDate", "GoldText", "read_gold", "run"]
