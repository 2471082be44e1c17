"""Entities: named-entity mentions grouped into document entities.

This first version groups mentions whose names are the same once case,
a leading "the" and a trailing possessive are set aside. The next version
(issue 3) adds surnames, titles, roles, pronouns, acronyms and metonyms.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..records import Entity, Span
from . import Context, Stage

#: spaCy labels that name actors or places; dates and numbers have stages of their own.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

_DETERMINERS = {"the", "The"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


def mention_span(ent: Any, text: str) -> Span | None:
    """The character span of a spaCy entity, without "the" and a possessive.

    ``text`` is the article text the Doc was parsed from (``Doc.text`` would
    rebuild it from the tokens at every call).
    """
    tokens = list(ent)
    while tokens and (tokens[0].text in _DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in _POSSESSIVE or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(start=start, end=end, text=text[start:end])


def name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def find_entities(ctx: Context) -> list[Entity]:
    groups: dict[str, list[tuple[Span, str]]] = {}
    for ent in ctx.doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        span = mention_span(ent, ctx.article.text)
        if span is None or not any(c.isalpha() for c in span.text):
            continue
        groups.setdefault(name_key(span.text), []).append((span, ent.label_))
    entities = []
    for n, members in enumerate(groups.values(), start=1):
        labels = Counter(label for _, label in members)
        label = max(labels, key=lambda lab: (labels[lab], -_first(members, lab)))
        spans = [span for span, _ in members]
        name = max((s.text for s in spans), key=lambda t: (len(t), t))
        entities.append(Entity(id=f"e{n}", name=name, type=label, mentions=spans))
    return entities


def _first(members: list[tuple[Span, str]], label: str) -> int:
    return next(span.start for span, lab in members if lab == label)


STAGE = Stage(name="entities", run=find_entities, assigns="entities", requires=("doc",))
