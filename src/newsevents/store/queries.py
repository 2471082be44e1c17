"""Queries over stored events: ``newsevents events`` and ``newsevents dyad``.

>>> with Store.open("newsevents.duckdb", read_only=True) as store:
...     rows = query_events(store.con, dyad=("IRN", "AZE"), code="04", since="2021-12-01")
...     total = count_events(store.con, dyad=("IRN", "AZE"), code="04", since="2021-12-01")
...     weeks = dyad_timeline(store.con, "IRN", "AZE", by="week")

The filters of :func:`query_events` and :func:`count_events` (the same ones,
so that ``count_events`` gives the total for paging through ``query_events``
with ``limit``/``offset``) are optional and combine with AND:

* ``actor``: the start of the source's or the target's actor code, any case
  (``IRN`` matches ``IRN``, ``IRNGOV`` and ``IRNMIL``; an IGO is matched by
  ``IGO`` or ``IGOUNO``). A prefix is a prefix: ``IR`` also matches ``IRQ``.
* ``dyad=(a, b)``: source code starting with ``a`` and target code starting
  with ``b``, or the other way round.
* ``code``: the start of the CAMEO code (``04`` matches 040 to 046 and their
  four-digit sub-codes; ``043`` only 043).
* ``plover``: the PLOVER category, any case (``CONSULT``).
* ``quad_class``: 1 verbal cooperation, 2 material cooperation, 3 verbal
  conflict, 4 material conflict.
* ``since``/``until``: inclusive bounds on the event's date (ISO strings or
  dates); events with no date are left out when either is given.
* ``place``: the event's place, by name (any case), by its country's ISO
  alpha-3 code (``AZE``) or by GeoNames id.
* ``modality``: only events of this modality (``asserted``, ``attempted``,
  ``intended``, ``hoped``, ``demanded``, ``denied``, ``conditional``); all by default.
* ``include_negated``: negated events ("did not meet") are left out unless
  this is true: a negated meeting is not a meeting.
* ``goldstein_min``/``goldstein_max``: inclusive bounds on the Goldstein score
  (-10 to +10).
* ``text``: words found, any case, in the event's sentence (its ``context``), in
  its trigger, or in the names of its source, target or place.

``sort`` orders the rows by one of :data:`SORTS` (``date``, ``goldstein``,
``code``, ``quad_class``, ``source_code``, ``target_code``, ``published``),
descending with a leading ``-``; ties keep the default order.

By default rows come newest event first (events with no date last), then by article id,
then in text order (sentence, offset) and event id. Every value is bound as a
parameter, never written into the SQL; prefixes are matched with
``starts_with``, so ``%`` and ``_`` are plain characters.

:func:`dyad_timeline` counts, per day, week (starting on Monday) or month,
the events between two actors in either direction, by QuadClass, with their
mean Goldstein score. It counts only what happened: events that are negated
or neither asserted nor attempted (intended, hoped, demanded, denied,
conditional) are left out, and so are events with no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb

from ..errors import ConfigError
from ..knowledge.events import cameo_names
from ..records import HAPPENED
from ..records import MODALITIES as _MODALITIES
from .rows import first_row

#: The columns of each row :func:`query_events` returns, in order.
COLUMNS = ("article_id", "id", "date", "date_from", "published", "title", "url", "origin",
           "source", "source_name", "source_code", "target", "target_name", "target_code",
           "code", "base_code", "root_code", "quad_class", "goldstein", "plover_category",
           "plover_mode", "place", "place_name", "place_country", "lat", "lon", "modality",
           "negated",
           "mentions", "sentence", "start", "end", "trigger", "code_name", "context")

#: What :func:`query_events` sorts by (``-`` first for descending).
SORTS = ("date", "goldstein", "code", "quad_class", "source_code", "target_code", "published")
#: Most characters of text either side of a trigger in an event's ``context``.
CONTEXT = 200


def _context_parts(text: str) -> tuple[str, str]:
    """SQL for the words of an event ``v``'s sentence before and after its trigger in
    the article text ``text`` (see :func:`context_bounds_sql`)."""
    window = f"greatest(v.start - {CONTEXT}, 0)"
    before = (f"regexp_replace(substr({text}, {window} + 1, v.start - {window}), "
              "'(?s)^.*[.!?][\"”’)]?\\s+([A-Z\"“‘(]|$)', '\\1')")
    after = (f'regexp_replace(substr({text}, v."end" + 1, {CONTEXT}), '
             "'(?s)^(.*?[.!?][\"”’)]?)\\s.*$', '\\1')")
    return before, after


def context_bounds_sql(text: str) -> tuple[str, str]:
    """SQL for where the sentence of an event ``v`` begins and ends in the article text
    ``text``: from the last sentence end before the trigger to the first after it, at
    most :data:`CONTEXT` characters either side (a full stop before a capital ends a
    sentence, so "Mr. Smith" cuts it short: this is context to read and search, not a
    sentence splitter). The store keeps them as ``events.context_start``/``_end``,
    computed when the event is written."""
    before, after = _context_parts(text)
    return f"v.start - length({before})", f'v."end" + length({after})'


def context_sql(text: str, stored: bool = True) -> str:
    """SQL for the sentence of an event ``v`` in the article text ``text``: its stored
    bounds, or the same sentence found anew where there are none (``stored`` False: a
    store written before them and opened read-only, which has not the columns)."""
    before, after = _context_parts(text)
    trigger = f'substr({text}, v.start + 1, v."end" - v.start)'
    found = f"{before} || {trigger} || {after}"
    if not stored:
        return f"({found})"
    return f"(CASE WHEN v.context IS NOT NULL THEN v.context ELSE {found} END)"


def stored_contexts(con: duckdb.DuckDBPyConnection) -> bool:
    """Does this store keep its events' sentences (``events.context``)? Stores written
    before it have them once opened for writing; opened read-only, they have not."""
    return first_row(con.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = 'events' "
        "AND column_name = 'context'")) == (1,)


#: The keys of each row :func:`dyad_timeline` returns.
TIMELINE_COLUMNS = ("period", "q1", "q2", "q3", "q4", "total", "goldstein", "a_to_b", "b_to_a")

PERIODS = ("day", "week", "month")
#: The longest span :func:`dyad_timeline` fills with empty periods.
MAX_FILL_YEARS = 50
_MAX_FILL_DAYS = round(MAX_FILL_YEARS * 365.25)
MODALITIES = _MODALITIES

#: The page of events is chosen from ``events`` alone (``{join}`` is
#: :meth:`EventFilters.join`: ``places`` for a ``place`` filter, else nothing);
#: only its rows are then joined to their articles, entities and places. A deep
#: page (:data:`DEEP` rows on) is chosen by its keys alone, then read: it sorts two
#: columns, not all (70 ms instead of 160 at offset 200,000 of a million events; a
#: first page is quicker in one step). The
#: store writes and deletes an article's events with the article, so the
#: LEFT JOIN to ``art`` finds one for each (and a page is never short a row).
_PAGE = """
WITH {page},
ids AS (SELECT DISTINCT article_id FROM page),
art AS (SELECT id, published, title, url, origin, text FROM articles
        WHERE id IN (SELECT article_id FROM ids)),
ent AS (SELECT article_id, id, name FROM entities
        WHERE article_id IN (SELECT article_id FROM ids)),
pla AS (SELECT article_id, id, name, country, lat, lon FROM places
        WHERE article_id IN (SELECT article_id FROM ids))
SELECT v.article_id, v.id, v.date, v.date_from, a.published, a.title, a.url, a.origin,
       v.source, s.name, v.source_code, v.target, t.name, v.target_code,
       v.code, v.base_code, v.root_code, v.quad_class, v.goldstein, v.plover_category,
       v.plover_mode, v.place, p.name, p.country, p.lat, p.lon, v.modality, v.negated,
       v.mentions, v.sentence, v.start, v."end", v.trigger, NULL, {context}, {total}
FROM page v
LEFT JOIN art a ON a.id = v.article_id
LEFT JOIN ent s ON s.article_id = v.article_id AND s.id = v.source
LEFT JOIN ent t ON t.article_id = v.article_id AND t.id = v.target
LEFT JOIN pla p ON p.article_id = v.article_id AND p.id = v.place
{order}
"""

_SHALLOW = "page AS (SELECT v.* FROM events v {join} WHERE {where} {order} LIMIT ? OFFSET ?)"
#: A page and the number of events that match, from one pass over them: for words
#: to find, which are looked for once instead of twice (31 ms instead of 71 for
#: "Tbilisi" with an actor on a million events; a cheap filter is quicker counted
#: apart, see :func:`events_page`)
_MATCHED = """matched AS MATERIALIZED (SELECT v.* FROM events v {join} WHERE {where}),
page AS (SELECT v.* FROM matched v {order} LIMIT ? OFFSET ?)"""
_DEEP = """keys AS (
    SELECT v.article_id, v.id FROM events v {join} WHERE {where} {order} LIMIT ? OFFSET ?
),
page AS (
    SELECT v.* FROM keys k JOIN events v ON v.article_id = k.article_id AND v.id = k.id
)"""
#: The offset from which a page is chosen by its keys first (see ``_PAGE``).
DEEP = 1000

_TIEBREAK = "v.article_id, v.sentence, v.start, v.id"
_ORDER = f"ORDER BY v.date DESC NULLS LAST, {_TIEBREAK}"

#: The one join a filter needs: the ``place`` filter looks at the event's place.
_PLACE_JOIN = "LEFT JOIN places p ON p.article_id = v.article_id AND p.id = v.place"
#: What the ``text`` filter joins: the article, for the event's sentence.
_TEXT_JOIN = "LEFT JOIN articles ta ON ta.id = v.article_id"
#: The entities and places whose name has the words, as ``article_id/id`` keys: a
#: small set matched by hash, instead of joining every candidate event to them.
_NAMED = "(SELECT article_id || '/' || id FROM {table} WHERE contains(lower(name), lower(?)))"
def _text_where(stored: bool) -> str:
    """Words in the event's sentence (kept by the store, else found in the article
    ``ta``), trigger, or actor or place names."""
    sentence = "coalesce(v.context, '')" if stored else context_sql("ta.text", stored=False)
    return f"""(contains(lower({sentence}), lower(?))
          OR contains(lower(v.trigger), lower(?))
          OR v.article_id || '/' || v.source IN {_NAMED.format(table="entities")}
          OR v.article_id || '/' || v.target IN {_NAMED.format(table="entities")}
          OR v.article_id || '/' || v.place IN {_NAMED.format(table="places")})"""


def like_pattern(words: str) -> str | None:
    """``%words%`` for ILIKE, or None when the words hold a LIKE wildcard (``%``, ``_``)
    or a backslash: those are matched with ``contains`` (an ESCAPE clause would make
    ILIKE several times slower)."""
    return None if any(c in words for c in "%_\\") else f"%{words}%"


def text_match(column: str, words: str | None = None) -> str:
    """SQL true when ``column`` holds the words (bound as the next parameter: the
    :func:`like_pattern` of the words, or the words themselves), any case."""
    if words is not None and like_pattern(words) is None:
        return f"contains(lower({column}), lower(?))"
    return f"{column} ILIKE ?"


def _order(sort: str | None) -> str:
    """The ORDER BY of ``sort`` (one of :data:`SORTS`, ``-`` first for descending)."""
    if sort is None or not sort.strip():
        return _ORDER
    key = sort.strip().lower()
    descending = key.startswith("-")
    key = key.lstrip("-+")
    if key not in SORTS:
        raise ConfigError(f"events sort by one of {', '.join(SORTS)} (with - first for "
                          f"descending), not {sort!r}")
    if key == "published":
        column = "(SELECT published FROM articles sa WHERE sa.id = v.article_id)"
    else:
        column = f"v.{key}"
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {column} {direction} NULLS LAST, v.date DESC NULLS LAST, {_TIEBREAK}"

_SOURCE = "upper(coalesce(v.source_code, ''))"
_TARGET = "upper(coalesce(v.target_code, ''))"
#: What makes the events of several articles one event (the GDELT export's
#: ``event_key`` too): actor codes, CAMEO code, day (an undated event is its own),
#: place (GeoNames id, else country, else name; ``p`` is the event's place), modality
#: and negation
_SAME_EVENT = (f"{_SOURCE}, {_TARGET}, v.code, "
               "coalesce(CAST(v.date AS VARCHAR), v.article_id || '/' || v.id), "
               "coalesce(CAST(p.geonameid AS VARCHAR), p.country, lower(p.name), ''), "
               "v.modality, v.negated")


def _code_prefix(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().upper()
    if not value:
        return None
    return value


def _day(value: str | dt.date | None, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None


def _dates(since: str | dt.date | None,
           until: str | dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    first, last = _day(since, "since"), _day(until, "until")
    if first is not None and last is not None and first > last:
        raise ConfigError(f"since ({first}) is after until ({last}): no date can be in between")
    return first, last


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The filters of :func:`query_events` and :func:`count_events`, checked.

    Build it with :meth:`make`, which normalises and validates the values
    (raising :class:`~newsevents.errors.ConfigError` for bad ones).
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    code: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None
    modality: str | None = None
    include_negated: bool = False
    goldstein_min: float | None = None
    goldstein_max: float | None = None
    text: str | None = None

    @classmethod
    def make(cls, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
             code: str | None = None, plover: str | None = None,
             quad_class: int | None = None, since: str | dt.date | None = None,
             until: str | dt.date | None = None, place: str | None = None,
             modality: str | None = None, include_negated: bool = False,
             goldstein_min: float | None = None, goldstein_max: float | None = None,
             text: str | None = None) -> EventFilters:
        pair: tuple[str, str] | None = None
        if dyad is not None:
            parts = [_code_prefix(x) for x in dyad]
            if len(parts) != 2 or parts[0] is None or parts[1] is None:
                raise ConfigError(f"a dyad is two actor codes, like IRN,AZE, not {dyad!r}")
            pair = (parts[0], parts[1])
        if code is not None and code.strip():
            code = code.strip()
            if not code.isdigit() or len(code) > 4:
                raise ConfigError(
                    f"a CAMEO code is 2 to 4 digits, like 04 or 043, not {code!r}")
        else:
            code = None
        if quad_class is not None and quad_class not in (1, 2, 3, 4):
            raise ConfigError(f"the QuadClass is 1, 2, 3 or 4, not {quad_class}")
        if modality is not None and modality.strip():
            modality = modality.strip().lower()
            if modality not in MODALITIES:
                raise ConfigError(f"the modality is one of {', '.join(MODALITIES)}, "
                                  f"not {modality!r}")
        else:
            modality = None
        first, last = _dates(since, until)
        for bound, what in ((goldstein_min, "goldstein_min"), (goldstein_max, "goldstein_max")):
            if bound is not None and not -10.0 <= float(bound) <= 10.0:
                raise ConfigError(f"{what} is a Goldstein score from -10 to 10, not {bound}")
        if (goldstein_min is not None and goldstein_max is not None
                and float(goldstein_min) > float(goldstein_max)):
            raise ConfigError(f"goldstein_min ({goldstein_min}) is above goldstein_max "
                              f"({goldstein_max}): no score can be in between")
        return cls(actor=_code_prefix(actor), dyad=pair, code=code,
                   plover=plover.strip().upper() if plover and plover.strip() else None,
                   quad_class=quad_class, since=first, until=last,
                   place=place.strip() if place and place.strip() else None,
                   modality=modality, include_negated=include_negated,
                   goldstein_min=None if goldstein_min is None else float(goldstein_min),
                   goldstein_max=None if goldstein_max is None else float(goldstein_max),
                   text=text.strip() if text and text.strip() else None)

    def where(self, stored: bool = True) -> tuple[str, list[Any]]:
        """The WHERE condition (over ``v`` events, ``p`` places) and its parameters
        (``stored``: the store keeps the events' sentence bounds, see
        :func:`stored_contexts`)."""
        clauses: list[str] = []
        params: list[Any] = []
        if not self.include_negated:
            clauses.append("NOT v.negated")
        if self.actor is not None:
            clauses.append(f"(starts_with({_SOURCE}, ?) OR starts_with({_TARGET}, ?))")
            params += [self.actor, self.actor]
        if self.dyad is not None:
            a, b = self.dyad
            clauses.append(f"((starts_with({_SOURCE}, ?) AND starts_with({_TARGET}, ?)) "
                           f"OR (starts_with({_SOURCE}, ?) AND starts_with({_TARGET}, ?)))")
            params += [a, b, b, a]
        for value, test in ((self.code, "starts_with(v.code, ?)"),
                            (self.plover, "upper(v.plover_category) = ?"),
                            (self.quad_class, "v.quad_class = ?"),
                            (self.since, "v.date >= ?"), (self.until, "v.date <= ?"),
                            (self.modality, "v.modality = ?"),
                            (self.goldstein_min, "v.goldstein >= ?"),
                            (self.goldstein_max, "v.goldstein <= ?")):
            if value is not None:
                clauses.append(test)
                params.append(value)
        if self.place is not None:
            clauses.append("(lower(p.name) = lower(?) OR upper(p.country) = upper(?) "
                           "OR CAST(p.geonameid AS VARCHAR) = ?)")
            params += [self.place, self.place, self.place]
        if self.text is not None:
            if not stored:
                # first the articles whose text has the words at all (one fast scan),
                # then the events among them whose sentence, trigger or actors have them
                clauses.append(f"v.article_id IN (SELECT id FROM articles WHERE "
                               f"{text_match('text', self.text)})")
                params.append(like_pattern(self.text) or self.text)
            clauses.append(_text_where(stored))
            params += [self.text] * 5
        return " AND ".join(clauses) or "TRUE", params

    def join(self, stored: bool = True) -> str:
        """What :meth:`where` needs joined to ``events v``: ``places p`` for a place, the
        article (``ta``) for text in a store that keeps no sentences, or ""."""
        joins = [_PLACE_JOIN] if self.place is not None else []
        if self.text is not None and not stored:
            joins.append(_TEXT_JOIN)
        return "\n".join(joins)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def query_events(con: duckdb.DuckDBPyConnection, *, actor: str | None = None,
                 dyad: tuple[str, str] | None = None, code: str | None = None,
                 plover: str | None = None, quad_class: int | None = None,
                 since: str | dt.date | None = None, until: str | dt.date | None = None,
                 place: str | None = None, modality: str | None = None,
                 include_negated: bool = False, goldstein_min: float | None = None,
                 goldstein_max: float | None = None, text: str | None = None,
                 limit: int = 100, offset: int = 0,
                 sort: str | None = None) -> list[dict[str, Any]]:
    """Stored events matching the filters; see the module docstring.

    ``con`` is a connection to a newsevents store (``Store.con``). Each row is
    a dict with the keys of :data:`COLUMNS`; ``date`` and ``published`` are
    ISO dates or None; ``source_name``/``target_name``/``place_name`` are the
    names of the entities and the place the event refers to.

    The page is chosen from the ``events`` table alone (joined to ``places``
    only for a ``place`` filter), and only its rows are joined to their
    articles, entities and places: on the 100,000 events of
    ``bench/api_latency.py`` an unfiltered page of 50 takes some 20 ms instead
    of 190 ms with every row joined first.
    """
    filters = EventFilters.make(
        actor=actor, dyad=dyad, code=code, plover=plover, quad_class=quad_class, since=since,
        until=until, place=place, modality=modality, include_negated=include_negated,
        goldstein_min=goldstein_min, goldstein_max=goldstein_max, text=text)
    return _page(con, filters, limit, offset, sort, counted=False)[0]


def events_page(con: duckdb.DuckDBPyConnection, *, limit: int = 100, offset: int = 0,
                sort: str | None = None, **filters: Any) -> tuple[list[dict[str, Any]], int]:
    """The rows :func:`query_events` gives and the total :func:`count_events` gives for
    the same filters, together: what a page of a list shows. Words to find
    (``text``) are looked for once for both."""
    f = EventFilters.make(**filters)
    if f.text is None or offset >= DEEP:  # (a deep page is chosen by its keys alone)
        return _page(con, f, limit, offset, sort, counted=False)[0], count_events(con, **filters)
    rows, total = _page(con, f, limit, offset, sort, counted=True)
    if total is None:  # no row to carry the total: none at all, or a page past the end
        total = 0 if offset == 0 else count_events(con, **filters)
    return rows, total


def _page(con: duckdb.DuckDBPyConnection, filters: EventFilters, limit: int, offset: int,
          sort: str | None, counted: bool) -> tuple[list[dict[str, Any]], int | None]:
    """A page of events (and, if ``counted``, how many match, from the same pass)."""
    if limit < 1:
        raise ConfigError(f"the limit must be at least 1, not {limit}")
    if offset < 0:
        raise ConfigError(f"the offset must be 0 or more, not {offset}")
    stored = stored_contexts(con)
    where, params = filters.where(stored)
    order = _order(sort)
    shape = _MATCHED if counted else _DEEP if offset >= DEEP else _SHALLOW
    page = shape.format(join=filters.join(stored), where=where, order=order)
    sql = _PAGE.format(page=page, order=order, context=context_sql("a.text", stored),
                       total="(SELECT count(*) FROM matched)" if counted else "NULL")
    rows = con.execute(sql, [*params, int(limit), int(offset)]).fetchall()
    names = cameo_names()
    out = []
    total = None
    for row in rows:
        item = dict(zip(COLUMNS, row[:-1], strict=True))
        item["date"] = _iso(item["date"])
        item["published"] = _iso(item["published"])
        item["code_name"] = names.get(item["code"])
        out.append(item)
        total = row[-1]
    return out, None if total is None else int(total)


#: Every event joined to its article, entities and place: :func:`events_relation`.
_EVERY = """
SELECT v.article_id, v.id, v.date, v.date_from, a.published, a.title, a.url, a.origin,
       v.source, s.name AS source_name, v.source_code, v.target, t.name AS target_name,
       v.target_code, v.code, v.base_code, v.root_code, v.quad_class, v.goldstein,
       v.plover_category, v.plover_mode, v.place, p.name AS place_name,
       p.country AS place_country, p.lat, p.lon, v.modality, v.negated, v.mentions,
       v.sentence, v.start, v."end", v.trigger, c.name AS code_name,
       {context} AS context
FROM events v
JOIN articles a ON a.id = v.article_id
LEFT JOIN entities s ON s.article_id = v.article_id AND s.id = v.source
LEFT JOIN entities t ON t.article_id = v.article_id AND t.id = v.target
LEFT JOIN places p ON p.article_id = v.article_id AND p.id = v.place
LEFT JOIN (SELECT unnest(?::VARCHAR[]) AS code, unnest(?::VARCHAR[]) AS name) c
       ON c.code = v.code
{join}
WHERE {where}
{order}
"""


def events_relation(con: duckdb.DuckDBPyConnection, *, sort: str | None = None,
                    **filters: Any) -> duckdb.DuckDBPyRelation:
    """Every event matching the filters of :func:`query_events`, as a lazy DuckDB
    relation with the columns of :data:`COLUMNS`, in the order of ``sort``: turn it
    into a pandas or polars frame or an Arrow table (``.df()``, ``.pl()``,
    ``.arrow()``), filter or aggregate it further, or fetch its rows."""
    f = EventFilters.make(**filters)
    stored = stored_contexts(con)
    where, params = f.where(stored)
    # the filters' own joins, except the place one: ``p`` is joined above already
    join = EventFilters.make(text=f.text).join(stored) if f.text else ""
    sql = _EVERY.format(context=context_sql("a.text", stored), join=join, where=where,
                        order=_order(sort))
    names = cameo_names()  # the codebook, as two lists, then the filters' values
    return con.sql(sql, params=[list(names), list(names.values()), *params])


def count_events(con: duckdb.DuckDBPyConnection, *, actor: str | None = None,
                 dyad: tuple[str, str] | None = None, code: str | None = None,
                 plover: str | None = None, quad_class: int | None = None,
                 since: str | dt.date | None = None, until: str | dt.date | None = None,
                 place: str | None = None, modality: str | None = None,
                 include_negated: bool = False, goldstein_min: float | None = None,
                 goldstein_max: float | None = None, text: str | None = None) -> int:
    """How many events :func:`query_events` finds with these filters, without a limit.

    Counted over ``events`` alone (``places`` is joined only for a ``place``
    filter): some 1 ms instead of 90 ms on 100,000 events with no filter.
    """
    filters = EventFilters.make(
        actor=actor, dyad=dyad, code=code, plover=plover, quad_class=quad_class, since=since,
        until=until, place=place, modality=modality, include_negated=include_negated,
        goldstein_min=goldstein_min, goldstein_max=goldstein_max, text=text)
    stored = stored_contexts(con) if text is not None else True
    where, params = filters.where(stored)
    row = first_row(con.execute(
        f"SELECT count(*) FROM events v {filters.join(stored)} WHERE {where}", params))
    return int(row[0]) if row else 0


def count_distinct_events(con: duckdb.DuckDBPyConnection, **filters: Any) -> int:
    """How many distinct events the rows :func:`count_events` counts are: one event
    reported by several articles (same actor codes, CAMEO code, place, day, modality
    and negation, as the GDELT export and dyad timelines count it) is one; an
    undated event is always its own."""
    f = EventFilters.make(**filters)
    stored = stored_contexts(con) if f.text is not None else True
    where, params = f.where(stored)
    join = f.join(stored) if f.place is not None else f"{_PLACE_JOIN}\n{f.join(stored)}"
    row = first_row(con.execute(f"""
        SELECT count(DISTINCT ({_SAME_EVENT})) FROM events v {join} WHERE {where}""", params))
    return int(row[0]) if row else 0


def _truncate(day: dt.date, by: str) -> dt.date:
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def _next(day: dt.date, by: str) -> dt.date:
    if by == "week":
        return day + dt.timedelta(days=7)
    if by == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=1)


def dyad_timeline(con: duckdb.DuckDBPyConnection, a: str, b: str, *, by: str = "week",
                  since: str | dt.date | None = None, until: str | dt.date | None = None,
                  fill: bool = False, background: bool = False) -> list[dict[str, Any]]:
    """Per period, the events between actors ``a`` and ``b``, oldest period first.

    Events, not reports: one event in several articles (same actor codes, CAMEO
    code, place and day) counts once.

    ``a`` and ``b`` are actor code prefixes as for ``dyad`` in
    :func:`query_events`. Each row has the keys of :data:`TIMELINE_COLUMNS`:
    ``period`` (ISO date of the period's first day: the day, the Monday, the
    first of the month), ``q1``..``q4`` (events per QuadClass), ``total``,
    ``goldstein`` (their mean Goldstein score, None when there are none),
    ``a_to_b`` and ``b_to_a`` (events per direction; an event whose source
    and target both match both prefixes counts in each). Negated, undated events
    and those neither asserted nor attempted are left out (see the module docstring). ``fill=True``
    adds periods with no events between the first and the last (or ``since``
    and ``until`` when given), so that a chart shows the silences too; a span
    of more than :data:`MAX_FILL_YEARS` years to fill is a ConfigError.
    """
    if by not in PERIODS:
        raise ConfigError(f"--by is one of {', '.join(PERIODS)}, not {by!r}")
    pa, pb = _code_prefix(a), _code_prefix(b)
    if pa is None or pb is None:
        raise ConfigError("a dyad timeline needs two actor codes, like IRN AZE")
    first, last = _dates(since, until)
    # an event dated only to its week, month or year is not put on the Monday or the
    # 1st: it counts in timelines of its grain and coarser, a year in none (stores
    # written before these columns, opened read-only, have them not: all days then)
    have = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
    ).fetchall()}
    clauses = ["NOT v.negated", "list_contains(?, v.modality)", "v.date IS NOT NULL"]
    if "date_precision" in have:
        clauses.append({"day": "coalesce(v.date_precision, 'day') = 'day'",
                        "week": "coalesce(v.date_precision, 'day') IN ('day', 'week')"}.get(
            by, "coalesce(v.date_precision, 'day') IN ('day', 'week', 'month')"))
    if not background and "background" in have:  # history a story recalls
        clauses.append("NOT coalesce(v.background, FALSE)")
    params: list[Any] = [by, pa, pb, pb, pa, list(HAPPENED)]
    if first is not None:
        clauses.append("v.date >= ?")
        params.append(first)
    if last is not None:
        clauses.append("v.date <= ?")
        params.append(last)
    # one event reported by several articles counts once (as the GDELT export writes
    # it): the same actor codes, CAMEO code, place (GeoNames id, else country) and day
    # a week is in the month of its Thursday, as ISO weeks are ("earlier this week" read
    # on Thursday 1 February is February's, though its Monday is in January)
    day = ("CASE WHEN v.date_precision = 'week' THEN v.date + INTERVAL 3 DAY ELSE v.date END"
           if "date_precision" in have else "v.date")
    sql = f"""
        WITH d AS (
            SELECT DISTINCT ON ({_SAME_EVENT})
                   CAST(date_trunc(?, {day}) AS DATE) AS period, v.quad_class, v.goldstein,
                   starts_with({_SOURCE}, ?) AND starts_with({_TARGET}, ?) AS ab,
                   starts_with({_SOURCE}, ?) AND starts_with({_TARGET}, ?) AS ba
            FROM events v {_PLACE_JOIN}
            WHERE {" AND ".join(clauses)}
        )
        SELECT period,
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               count(*), avg(goldstein), count(*) FILTER (WHERE ab),
               count(*) FILTER (WHERE ba)
        FROM d WHERE ab OR ba
        GROUP BY period ORDER BY period
    """
    rows = [dict(zip(TIMELINE_COLUMNS, r, strict=True))
            for r in con.execute(sql, params).fetchall()]
    if fill and (rows or (first is not None and last is not None)):
        rows = _filled(rows, by, first, last)
    for row in rows:
        row["period"] = _iso(row["period"])
    return rows


def _filled(rows: list[dict[str, Any]], by: str, first: dt.date | None,
            last: dt.date | None) -> list[dict[str, Any]]:
    found = {r["period"]: r for r in rows}
    start = _truncate(first if first is not None else rows[0]["period"], by)
    end = _truncate(last if last is not None else rows[-1]["period"], by)
    if (end - start).days > _MAX_FILL_DAYS:
        raise ConfigError(
            f"filling the periods from {start} to {end} spans more than {MAX_FILL_YEARS} "
            f"years: give since and until at most {MAX_FILL_YEARS} years apart, or leave "
            "out fill")
    out = []
    day = start
    while True:
        out.append(found.get(day) or {"period": day, "q1": 0, "q2": 0, "q3": 0, "q4": 0,
                                      "total": 0, "goldstein": None, "a_to_b": 0, "b_to_a": 0})
        if day >= end:  # stop before stepping: the period after 9999-12 is no date
            return out
        day = _next(day, by)


__all__ = [
    "COLUMNS",
    "MAX_FILL_YEARS",
    "MODALITIES",
    "PERIODS",
    "TIMELINE_COLUMNS",
    "EventFilters",
    "count_events",
    "dyad_timeline",
    "events_page",
    "events_relation",
    "query_events",
]
