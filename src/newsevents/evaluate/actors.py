"""Score entity resolution and actor codes against a gold file.

Gold format (JSON Lines, one article per line)::

    {"id": "a01", "text": "...", "published": "2024-03-09",
     "entities": [{"name": "Levan Kiknadze", "type": "PERSON", "code": "GEOGOV",
                   "mentions": [[0, 14], [120, 128], ...]}]}

``mentions`` are character offsets into ``text`` (end exclusive) of every
expression that refers to the entity: names, surnames, role descriptions
("the Georgian premier"), pronouns, country references. ``code`` is the
CAMEO actor code.

Figures:

* ``mention_recall``: gold mentions that some predicted mention matches
  (same span, or overlapping by at least half of their union once a leading
  "the", "a" or "an" is set aside on both sides: annotation schemes differ on
  whether the article belongs to a name, and "the MDC" against "MDC" is the
  same mention);
* ``b3_precision``/``b3_recall``/``b3_f1``: B-cubed clustering scores over
  the matched gold mentions (does each mention sit with the right others?);
* ``code_accuracy``/``country_accuracy``: for each gold entity with a code,
  the predicted entity holding most of its mentions has the same code /
  the same country;
* ``person_code_accuracy``/``person_country_accuracy``: the same over gold
  PERSON entities only (the figures the actors issue targets).

Codes that name the same actor are compared as equal: the European Union is
``IGOEEC`` in the CAMEO manual and ``IGOEUR`` in Phoenix and much gold.
A note names every gold person whose code was missed, with the code given.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..knowledge.actors import split_code
from ..records import Analysis
from . import Report, gold_article, gold_lines, gold_object

if TYPE_CHECKING:
    from ..pipeline import Pipeline


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


#: spellings of one actor code, compared as equal (CAMEO manual vs Phoenix).
_SAME_CODE = {"IGOEUR": "IGOEEC"}


def _norm(code: str | None) -> str | None:
    if not code:
        return code
    for alias, canon in _SAME_CODE.items():
        if code.startswith(alias):
            return canon + code[len(alias):]
    return code


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [gold_object(where, line, "entities") for _n, where, line in gold_lines(path)]


_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.I)


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """A mention's span without a leading article."""
    hit = _ARTICLE.match(text, start, end)
    return (hit.end(), end) if hit and hit.end() < end else (start, end)


def score_article(gold: dict[str, Any], result: Analysis) -> dict[str, Any]:
    """Counts for one article (summed by :func:`run`)."""
    text = gold["text"]
    pred: list[tuple[tuple[int, int], int]] = [
        (_core(text, m.start, m.end), i) for i, e in enumerate(result.entities)
        for m in e.mentions]
    gold_mentions: list[tuple[tuple[int, int], int]] = [
        (_core(text, int(s), int(e)), gi) for gi, ent in enumerate(gold["entities"])
        for s, e in ent["mentions"]]
    # match each gold mention to the best predicted mention
    match: dict[int, int] = {}  # gold mention index -> predicted entity index
    for gi, (gspan, _) in enumerate(gold_mentions):
        best, best_ov = None, 0.5
        for pspan, pent in pred:
            ov = 1.0 if pspan == gspan else _overlap(pspan, gspan)
            if ov >= best_ov:
                best, best_ov = pent, ov
        if best is not None:
            match[gi] = best
    # B-cubed over matched gold mentions
    p_sum = r_sum = 0.0
    for gi in match:
        g_ent = gold_mentions[gi][1]
        p_ent = match[gi]
        same_pred = [gj for gj in match if match[gj] == p_ent]
        same_gold = [gj for gj, (_, ge) in enumerate(gold_mentions) if ge == g_ent]
        both = [gj for gj in same_pred if gold_mentions[gj][1] == g_ent]
        p_sum += len(both) / len(same_pred)
        r_sum += len(both) / len(same_gold)
    out: Counter[str] = Counter()
    misses: list[str] = []
    for g_ent, ent in enumerate(gold["entities"]):
        if not ent.get("code"):
            continue
        person = ent.get("type") == "PERSON"
        keys = ("", "person_") if person else ("",)
        for k in keys:
            out[k + "coded"] += 1
        votes = Counter(match[gi] for gi, (_, ge) in enumerate(gold_mentions)
                        if ge == g_ent and gi in match)
        if not votes:
            if person:
                misses.append(f"{ent.get('name')}: expected {ent['code']}, not found")
            continue
        pe = result.entities[votes.most_common(1)[0][0]]
        got = pe.actor.code if pe.actor else None
        code_ok = _norm(got) == _norm(ent["code"])
        country_ok = bool(pe.actor) and (
            _norm(pe.actor.country if pe.actor else None)
            == _norm(split_code(ent["code"])[0]))
        for k in keys:
            out[k + "codes"] += code_ok
            out[k + "countries"] += country_ok
        if person and not code_ok:
            misses.append(f"{ent.get('name')}: expected {ent['code']}, got {got} "
                          f"(entity {pe.name!r})")
    return {"gold_mentions": len(gold_mentions), "matched": len(match), "b3_p": p_sum,
            "b3_r": r_sum, "coded": out["coded"], "codes": out["codes"],
            "countries": out["countries"], "person_coded": out["person_coded"],
            "person_codes": out["person_codes"], "person_countries": out["person_countries"],
            "entities": len(gold["entities"]), "misses": misses}


def run(gold_path: Path, pipeline: Pipeline) -> Report:
    """Analyse every gold article and score it."""
    totals: Counter[str] = Counter()
    articles = 0
    misses: list[str] = []
    for gold in read_gold(gold_path):
        art = gold_article(gold["text"], published=gold.get("published"),
                           origin=str(gold.get("id", "?")), dateline=gold.get("dateline"))
        result = pipeline.analyze(art)
        if not isinstance(result, Analysis):
            misses.append(f"{gold.get('id')}: {result}")
            continue
        articles += 1
        scores = score_article(gold, result)
        misses += [f"{gold.get('id')}: {m}" for m in scores.pop("misses")]
        for k, v in scores.items():
            totals[k] += v
    matched = totals["matched"] or 1
    p = totals["b3_p"] / matched
    r = totals["b3_r"] / (totals["gold_mentions"] or 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    coded = totals["coded"] or 1
    people = totals["person_coded"] or 1
    return Report(
        kind="actors",
        counts={"articles": articles, "gold entities": int(totals["entities"]),
                "gold mentions": int(totals["gold_mentions"])},
        metrics={"mention_recall": totals["matched"] / (totals["gold_mentions"] or 1),
                 "b3_precision": p, "b3_recall": r, "b3_f1": f1,
                 "code_accuracy": totals["codes"] / coded,
                 "country_accuracy": totals["countries"] / coded,
                 "person_code_accuracy": totals["person_codes"] / people,
                 "person_country_accuracy": totals["person_countries"] / people},
        notes=misses,
    )
