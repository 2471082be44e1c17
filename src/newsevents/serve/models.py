"""The API's request and response bodies, for validation and the OpenAPI document.

The record of one article (``GET /api/articles/{id}``) is not modelled here:
it is the ``newsevents analyze`` JSON shape documented in the README and in
:mod:`newsevents.records`, passed through as it is.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Page(BaseModel):
    total: int = Field(description="Rows matching the filters, without limit and offset.")
    limit: int
    offset: int


class ArticleRow(BaseModel):
    id: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    origin: str | None
    dateline: str | None
    entities: int
    places: int
    quotes: int
    events: int


class ArticlePage(Page):
    items: list[ArticleRow]


class EventRow(BaseModel):
    article_id: str
    id: str
    date: str | None
    date_from: str | None
    published: str | None
    title: str | None
    url: str | None
    origin: str | None
    source: str | None
    source_name: str | None
    source_code: str | None
    target: str | None
    target_name: str | None
    target_code: str | None
    code: str
    base_code: str | None
    root_code: str
    quad_class: int
    goldstein: float
    plover_category: str | None
    plover_mode: str | None
    place: str | None
    place_name: str | None
    place_country: str | None
    lat: float | None = Field(None, description="Latitude of the event's place (WGS84).")
    lon: float | None = Field(None, description="Longitude of the event's place (WGS84).")
    modality: str
    negated: bool
    mentions: int
    sentence: int
    start: int
    end: int
    trigger: str
    code_name: str | None = Field(None, description="The CAMEO code's name in the codebook.")
    context: str | None = Field(None, description="The trigger's sentence (at most 200 "
                                                  "characters either side of it).")


class EventPage(Page):
    items: list[EventRow]


class QuoteRow(BaseModel):
    article_id: str
    published: str | None
    title: str | None
    origin: str | None
    id: str
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_name: str | None
    speaker_text: str | None
    actor_code: str | None
    country: str | None
    cue: str | None


class QuotePage(Page):
    items: list[QuoteRow]


class ActorRow(BaseModel):
    name: str
    type: str
    code: str | None
    articles: int
    mentions: int


class ActorPage(BaseModel):
    items: list[ActorRow]
    limit: int
    offset: int


class PlaceRow(BaseModel):
    name: str
    geonameid: int | None
    country: str | None
    feature: str | None
    lat: float | None
    lon: float | None
    articles: int
    mentions: int
    events: int
    q1: int = Field(0, description="Of the events, verbal cooperation.")
    q2: int = Field(0, description="Of the events, material cooperation.")
    q3: int = Field(0, description="Of the events, verbal conflict.")
    q4: int = Field(0, description="Of the events, material conflict.")


class PlacePage(Page):
    items: list[PlaceRow]


class Period(BaseModel):
    period: str = Field(description="First day of the period (the day, the Monday, the 1st).")
    q1: int = Field(description="Verbal cooperation events.")
    q2: int = Field(description="Material cooperation events.")
    q3: int = Field(description="Verbal conflict events.")
    q4: int = Field(description="Material conflict events.")
    total: int
    goldstein: float | None = Field(description="Mean Goldstein score; null with no events.")
    a_to_b: int
    b_to_a: int


class Timeline(BaseModel):
    a: str
    b: str
    by: str
    periods: list[Period]


class Node(BaseModel):
    id: str
    events: int
    cooperation: int
    conflict: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    cooperation: int = Field(description="Events of QuadClass 1 and 2.")
    conflict: int = Field(description="Events of QuadClass 3 and 4.")
    goldstein: float | None


class Network(BaseModel):
    level: str
    nodes: list[Node]
    edges: list[Edge]


class Codebook(BaseModel):
    codes: dict[str, str] = Field(description="CAMEO code -> its name in the codebook.")


class Atlas(BaseModel):
    width: int
    height: int
    land: str = Field(description="SVG path data of the land (closed shapes).")
    lakes: str = Field(description="SVG path data of the lakes (closed shapes).")
    borders: str = Field(description="SVG path data of the country borders (lines).")
    source: str


class Stats(BaseModel):
    version: str
    writable: bool = Field(description="Whether POST /api/articles is enabled (a token is set).")
    counts: dict[str, int]
    events: dict[str, object]
    articles: dict[str, str | None]


class ArticleIn(BaseModel):
    """An article to analyse and store (``POST /api/articles``)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article's text (plain text).")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    published: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD.")

    @field_validator("text")
    @classmethod
    def _has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the text is empty")
        return value


__all__ = [
    "ActorPage",
    "ActorRow",
    "ArticleIn",
    "ArticlePage",
    "ArticleRow",
    "Atlas",
    "Edge",
    "EventPage",
    "EventRow",
    "Network",
    "Node",
    "Page",
    "Period",
    "PlacePage",
    "PlaceRow",
    "QuotePage",
    "QuoteRow",
    "Stats",
    "Timeline",
]
