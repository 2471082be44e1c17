"""The public output contract: plain dataclasses, no spaCy objects.

Every span (``start``/``end``) is a character offset into ``Article.text``,
end exclusive, so ``article.text[m.start:m.end] == m.text`` always holds.
``Event.source``/``target``, ``Quote.speaker`` and ``Event.place`` are ids of
entities and places in the same :class:`Analysis`.

``to_dict``/``from_dict`` give the JSON shape documented in the README, and
``Analysis.from_dict(a.to_dict()) == a`` for every analysis. Fields may be
added in later versions; existing ones are never renamed.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, TypeVar, Union

T = TypeVar("T", bound="Record")

SkipReason = Literal[
    "empty",  # nothing but white space
    "binary",  # not text in any encoding
    "too_large",  # over Options.max_bytes
    "unsupported",  # a file kind newsevents does not read
    "malformed",  # a JSONL line or HTML page that cannot be parsed
    "no_text",  # HTML page with no article body
    "not_english",  # language detected is not English
    "duplicate",  # same article id seen earlier in this run
    "failed",  # a stage raised: a bug, reported with its message
    "over_budget",  # not analysed within Options.time_budget
    "over_memory",  # analysing it grew the process past Options.memory_budget
]


class Record:
    """Mixin for the contract's dataclasses: JSON-ready dict round trip."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (field order kept); several times faster than ``asdict``."""
        out: dict[str, Any] = {}
        for name in _field_names(type(self)):  # type: ignore[arg-type]
            value = getattr(self, name)
            out[name] = value if type(value) in _SCALARS else _plain(value)
        return out

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return typing.cast(T, _build(cls, data))


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


#: Values that are their own JSON form (the common case: checked first, by type).
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(tp: Any, value: Any) -> Any:
    """Turn JSON-shaped ``value`` into an instance of the annotation ``tp``."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(inner[0], value)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_build(item, v) for v in value]
    if origin is Literal:
        return value
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = _hints(tp)
        kwargs = {
            f.name: _build(hints[f.name], value[f.name])
            for f in dataclasses.fields(tp)
            if f.name in value
        }
        return tp(**kwargs)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


@dataclass(slots=True)
class Span(Record):
    """A stretch of the article text."""

    start: int
    end: int
    text: str


@dataclass(slots=True, kw_only=True)
class Article(Record):
    """One news article, cleaned: ``text`` has no dateline or licence line."""

    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    dateline: str | None = None  # "TEHRAN" from "TEHRAN— ..."
    license: str | None = None  # SPDX id, e.g. "CC-BY-4.0"
    language: str = "en"
    text: str
    authors: list[str] = field(default_factory=list)
    origin: str | None = None  # where it was read from: "path" or "path:line"


@dataclass(slots=True)
class Evidence(Record):
    """Why an actor code was given: words in this article, or elsewhere."""

    kind: str  # "text" | "knowledge" | "dictionary" | "memory"
    start: int | None = None
    end: int | None = None
    text: str | None = None
    article: str | None = None  # another article's id, for "memory"
    date: str | None = None


@dataclass(slots=True)
class Actor(Record):
    """CAMEO-style actor code: country (ISO alpha-3 or IGO) + role codes."""

    code: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    note: str | None = None  # e.g. "former", "deceased"


@dataclass(slots=True)
class Entity(Record):
    """A person, organisation, country or group, with all its mentions."""

    id: str
    name: str
    type: str  # PERSON, ORG, GPE, NORP, LOC, FAC
    mentions: list[Span] = field(default_factory=list)
    actor: Actor | None = None
    #: titles, appositives and role descriptions that say who or what it is
    #: ("the Secretary of Iran's Supreme National Security Council (SNSC)")
    descriptions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Place(Record):
    """A toponym resolved to a gazetteer entry."""

    id: str
    name: str
    geonameid: int | None = None
    country: str | None = None
    feature: str | None = None  # continent | country | area | region | city
    lat: float | None = None
    lon: float | None = None
    mentions: list[Span] = field(default_factory=list)
    dateline: bool = False  # the article's place of origin, named by its dateline
    confidence: float | None = None  # of the resolution (None: no gazetteer entry)


@dataclass(slots=True)
class TimeExpression(Record):
    """A temporal expression and the date it resolves to (None if unknown)."""

    text: str
    start: int
    end: int
    date: str | None = None


@dataclass(slots=True)
class Quote(Record):
    """A quotation and the entity that said it."""

    id: str
    kind: str  # direct | partial | indirect
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: str | None = None


@dataclass(slots=True)
class Cameo(Record):
    code: str
    root: str
    quad_class: int
    goldstein: float
    base_code: str | None = None


@dataclass(slots=True)
class Plover(Record):
    category: str
    mode: str | None = None


@dataclass(slots=True)
class EventEvidence(Record):
    sentence: int
    start: int
    end: int
    text: str


#: What an event's ``modality`` may be: reported as done (asserted), tried ("tried to
#: storm parliament", attempted), announced for later (intended), wished (hoped), asked
#: of someone (demanded), denied, or only possible (conditional).
MODALITIES = ("asserted", "attempted", "intended", "hoped", "demanded", "denied",
              "conditional")
#: The modalities of events that took place: done, or tried (an attempted
#: assassination is an assault, as PLOVER codes it).
HAPPENED = ("asserted", "attempted")


@dataclass(slots=True, kw_only=True)
class Event(Record):
    """Who did what to whom, with the words it came from."""

    id: str
    source: str | None = None
    target: str | None = None
    cameo: Cameo
    plover: Plover | None = None
    place: str | None = None
    date: str | None = None
    date_from: str | None = None  # "text" | "published"
    modality: str = "asserted"
    negated: bool = False
    mentions: int = 1
    evidence: EventEvidence
    #: the words that named the source and the target in the evidence sentence
    source_mention: Span | None = None
    target_mention: Span | None = None
    #: evidence of the same event said again later in the article (headline and body)
    repeats: list[EventEvidence] = field(default_factory=list)
    #: arguments the text does not name, filled by convention ("source": the police
    #: for "was arrested", the country for "were killed")
    inferred: list[str] = field(default_factory=list)
    #: what ``date`` names: "day", "week", "month" or "year" ("in March" is 03-01 with
    #: precision month, "last week" its Monday with precision week, never a day); None
    #: when there is no date
    date_precision: str | None = None
    #: the temporal expression that governs the event's clause, when the date is the text's
    date_text: Span | None = None
    #: history the story recalls ("was impeached in 1998", "in 2012"): dated by the text
    #: more than a month before publication; kept, and left out of dyad timelines
    background: bool = False


@dataclass(slots=True)
class SentenceTone(Record):
    """Tone of one sentence (``start``/``end`` into the article text)."""

    sentence: int
    start: int
    end: int
    tone: float
    positive: float = 0.0
    negative: float = 0.0


@dataclass(slots=True)
class Tone(Record):
    """GDELT V2Tone-style figures for the article, and per sentence."""

    tone: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    activity_density: float = 0.0
    self_group_density: float = 0.0
    word_count: int = 0
    sentences: list[SentenceTone] = field(default_factory=list)


@dataclass(slots=True)
class PipelineInfo(Record):
    version: str
    model: str
    stages: list[str] = field(default_factory=list)
    knowledge: str | None = None  # hash of the knowledge tables and user dictionaries

    @property
    def fingerprint(self) -> str:
        """What must match for stored rows to count as up to date."""
        return f"{self.version}|{self.model}|{','.join(self.stages)}|{self.knowledge or ''}"


@dataclass(slots=True, kw_only=True)
class Analysis(Record):
    """Everything newsevents found in one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tone: Tone | None = None
    pipeline: PipelineInfo


@dataclass(slots=True)
class Skipped(Record):
    """An input that could not be used, and why. Never a bare ``None``."""

    origin: str
    reason: SkipReason
    detail: str

    def __str__(self) -> str:
        return f"{self.origin}: skipped ({self.reason}): {self.detail}"


__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "Cameo",
    "Entity",
    "Event",
    "EventEvidence",
    "Evidence",
    "PipelineInfo",
    "Place",
    "Plover",
    "Quote",
    "Record",
    "SentenceTone",
    "SkipReason",
    "Skipped",
    "Span",
    "TimeExpression",
    "Tone",
]
