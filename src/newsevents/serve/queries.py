"""The server's own read queries: article list, places, actor network, totals.

Events, dyad timelines, quotes and actors come from :mod:`newsevents.store`;
these are the views only the API needs. Every value is bound as a
parameter; text filters use ``contains``/``starts_with`` over lower-cased
text, so ``%``, ``_`` and quotes are plain characters.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from ..errors import ConfigError
from ..records import HAPPENED
from ..store.queries import EventFilters, like_pattern, text_match
from ..store.rows import first_row


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Any = None) -> int:
    row = first_row(con.execute(sql, params))
    return int(row[0]) if row and row[0] is not None else 0


def _article_where(q: str | None) -> tuple[str, list[Any]]:
    """The filter of the article list over ``a``: words in the title or text (any case;
    ILIKE unless the words hold a LIKE wildcard), and the publication dates."""
    if q is None:
        return "TRUE", []
    pattern = like_pattern(q) or q
    title = text_match("coalesce(a.title, '')", q)
    return f"({title} OR {text_match('a.text', q)})", [pattern, pattern]


def list_articles(con: duckdb.DuckDBPyConnection, *, q: str | None = None,
                  since: str | dt.date | None = None, until: str | dt.date | None = None,
                  limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Articles newest first (title or text containing ``q``, published since/until),
    with record counts, and the total (one scan of the articles for both)."""
    dates = EventFilters.make(since=since, until=until)
    where, params = _article_where(q or None)
    cur = con.execute(f"""
        WITH hit AS (
            SELECT a.id, a.title, a.published, a.url, a.source, a.origin, a.dateline
            FROM articles a
            WHERE {where} AND (?::DATE IS NULL OR a.published >= ?::DATE)
              AND (?::DATE IS NULL OR a.published <= ?::DATE)
        ),
        page AS (
            SELECT * FROM hit
            ORDER BY published DESC NULLS LAST, title NULLS LAST, id
            LIMIT ? OFFSET ?
        ),
        e AS (SELECT article_id, count(*) AS n FROM entities
              WHERE article_id IN (SELECT id FROM page) GROUP BY ALL),
        p AS (SELECT article_id, count(*) AS n FROM places
              WHERE article_id IN (SELECT id FROM page) GROUP BY ALL),
        q AS (SELECT article_id, count(*) AS n FROM quotes
              WHERE article_id IN (SELECT id FROM page) GROUP BY ALL),
        v AS (SELECT article_id, count(*) AS n FROM events
              WHERE article_id IN (SELECT id FROM page) GROUP BY ALL)
        SELECT page.*, coalesce(e.n, 0) AS entities, coalesce(p.n, 0) AS places,
               coalesce(q.n, 0) AS quotes, coalesce(v.n, 0) AS events,
               (SELECT count(*) FROM hit) AS total
        FROM page
        LEFT JOIN e ON e.article_id = page.id LEFT JOIN p ON p.article_id = page.id
        LEFT JOIN q ON q.article_id = page.id LEFT JOIN v ON v.article_id = page.id
        UNION ALL  -- the total alone, for a page past the end
        SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, (SELECT count(*) FROM hit)
        ORDER BY published DESC NULLS LAST, title NULLS LAST, id NULLS LAST
    """, [*params, dates.since, dates.since, dates.until, dates.until, limit, offset])
    rows = _dicts(cur)
    total = int(rows[-1]["total"]) if rows else 0
    out = []
    for row in rows[:-1]:
        del row["total"]
        row["published"] = _iso(row["published"])
        out.append(row)
    return out, total


#: One place across articles: its GeoNames id, else its name in lower case.
_PLACE_KEY = "coalesce('g' || CAST(p.geonameid AS VARCHAR), 'n' || lower(p.name))"
#: What the places list shows of each place, whatever the events' dates (``p``: the
#: place rows to count)
_PLACE_FIGURES = """
    SELECT key, first(name ORDER BY n_mentions DESC, name) AS name,
           max(geonameid) AS geonameid,
           first(country ORDER BY n_mentions DESC, country) AS country,
           first(feature ORDER BY n_mentions DESC, feature) AS feature,
           avg(lat) AS lat, avg(lon) AS lon,
           count(DISTINCT article_id) AS articles,
           sum(n_mentions)::BIGINT AS mentions
    FROM p GROUP BY key
"""
#: The events there (``e``: the events to count, ``p``: the place rows), by place key
#: and, for the summary, by date and QuadClass
_PLACE_EVENTS = f"""
    SELECT {_PLACE_KEY} AS key, {{by}} count(*) AS n
    FROM e JOIN p ON e.article_id = p.article_id AND e.place = p.id
    WHERE NOT e.negated
    GROUP BY ALL
"""
#: The page and its total, from ``figures`` and ``counts`` (key, n, q1..q4)
_PLACE_PAGE = """
    SELECT f.name, f.geonameid, f.country, f.feature, f.lat, f.lon, f.articles, f.mentions,
           coalesce(c.n, 0)::BIGINT AS events, coalesce(c.q1, 0)::BIGINT AS q1,
           coalesce(c.q2, 0)::BIGINT AS q2, coalesce(c.q3, 0)::BIGINT AS q3,
           coalesce(c.q4, 0)::BIGINT AS q4, count(*) OVER () AS total
    FROM figures f LEFT JOIN counts c USING (key)
    WHERE coalesce(c.n, 0) >= $min_events
    ORDER BY events DESC, articles DESC, name, geonameid
    LIMIT $limit OFFSET $offset
"""
_DATED = ("AND ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until) "
          "AND ($quad IS NULL OR quad_class = $quad)")
_QUADS = ", ".join(f"sum(n) FILTER (WHERE quad_class = {k}) AS q{k}" for k in range(1, 5))


class PlaceSummary:
    """The places view of one state of the store, held in memory: per place its
    figures, and its events counted by date and QuadClass. A places question with
    no name or country filter (the map's, whatever its dates and QuadClass) then adds
    up a few thousand rows instead of joining every event to its place. Built from
    the store file, attached read-only, under the server's read lock; the server
    builds a new one after each write (:meth:`StoreAccess.memo`)."""

    def __init__(self, path: str) -> None:
        self._db = duckdb.connect(":memory:")
        self._db.execute("ATTACH '" + path.replace("'", "''") + "' AS s (READ_ONLY)")
        try:
            self._db.execute(f"CREATE TABLE figures AS WITH p AS (SELECT {_PLACE_KEY} AS key, "
                             "p.* FROM s.places p) " + _PLACE_FIGURES)
            self._db.execute("CREATE TABLE dated AS WITH e AS (FROM s.events), "
                             "p AS (FROM s.places) " + _PLACE_EVENTS.format(
                                 by="e.date, e.quad_class,"))
        finally:
            self._db.execute("DETACH s")

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self._db.cursor()


def list_places(con: duckdb.DuckDBPyConnection, *, q: str | None = None,
                country: str | None = None, min_events: int = 0,
                since: str | dt.date | None = None, until: str | dt.date | None = None,
                quad_class: int | None = None, limit: int = 50,
                offset: int = 0, summary: PlaceSummary | None = None,
                ) -> tuple[list[dict[str, Any]], int]:
    """Places across articles (one row per GeoNames id, else per name), most events first.

    ``events`` counts the non-negated events that happened there (dated
    since/until and of ``quad_class`` when given; ``q1`` to ``q4`` count them by
    QuadClass); ``articles`` the articles naming the place; ``mentions`` how
    often they name it. With a ``summary`` of the same store, a question with
    no ``q`` and no ``country`` is answered from it (the same rows).
    """
    dates = EventFilters.make(since=since, until=until, quad_class=quad_class)
    params: dict[str, Any] = {"since": dates.since, "until": dates.until, "quad": quad_class,
              "min_events": min_events, "limit": limit, "offset": offset}
    if summary is not None and not q and not country:
        sql = (f"WITH counts AS (SELECT key, sum(n) AS n, {_QUADS} FROM dated "
               f"WHERE TRUE {_DATED} GROUP BY key) " + _PLACE_PAGE)
        with summary.cursor() as cur:
            rows = _dicts(cur.execute(sql, params))
    else:
        params.update(q=q or None, country=country or None)
        sql = f"""
            WITH p AS (
                SELECT {_PLACE_KEY} AS key, p.* FROM places p
                WHERE ($q IS NULL OR contains(lower(p.name), lower($q)))
                  AND ($country IS NULL OR upper(coalesce(p.country, '')) = upper($country))
            ),
            e AS (FROM events WHERE place IS NOT NULL {_DATED}),
            figures AS ({_PLACE_FIGURES}),
            by_quad AS ({_PLACE_EVENTS.format(by="e.quad_class,")}),
            counts AS (SELECT key, sum(n) AS n, {_QUADS} FROM by_quad GROUP BY key)
        """ + _PLACE_PAGE
        rows = _dicts(con.execute(sql, params))
    total = int(rows[0]["total"]) if rows else 0
    if not rows and offset:  # a page past the end: the total alone
        _, total = list_places(con, q=q, country=country, min_events=min_events,
                               since=since, until=until, quad_class=quad_class,
                               limit=1, offset=0, summary=summary)
    for row in rows:
        del row["total"]
    return rows, total


LEVELS = ("country", "actor")


def network(con: duckdb.DuckDBPyConnection, *, level: str = "country",
            since: str | dt.date | None = None, until: str | dt.date | None = None,
            min_events: int = 1, limit: int = 100,
            quad_class: int | None = None) -> dict[str, Any]:
    """The actor network: nodes are actor codes, edges count events source -> target.

    ``level="country"`` groups codes by their first three letters (IRNGOV and
    IRNMIL are IRN); ``"actor"`` keeps whole codes. Like the dyad timeline it
    counts what happened: asserted or attempted, non-negated events with both a source and
    a target code. ``cooperation`` counts QuadClass 1-2, ``conflict`` 3-4.
    Nodes are the ``limit`` actors with most events; edges with fewer than
    ``min_events`` events are left out; ``quad_class`` keeps events of that
    QuadClass only.
    """
    if level not in LEVELS:
        raise ConfigError(f"the level is one of {', '.join(LEVELS)}, not {level!r}")
    dates = EventFilters.make(since=since, until=until, quad_class=quad_class)
    first, last = dates.since, dates.until
    node = ("upper(substr({0}, 1, 3))" if level == "country" else "upper({0})")
    sql = f"""
        WITH e AS (
            SELECT {node.format("v.source_code")} AS s, {node.format("v.target_code")} AS t,
                   v.quad_class, v.goldstein
            FROM events v
            WHERE NOT v.negated AND list_contains($happened, v.modality)
              AND coalesce(v.source_code, '') <> '' AND coalesce(v.target_code, '') <> ''
              AND ($since IS NULL OR v.date >= $since) AND ($until IS NULL OR v.date <= $until)
              AND ($quad IS NULL OR v.quad_class = $quad)
        ),
        edges AS (
            SELECT s AS source, t AS target, count(*) AS events,
                   count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
                   count(*) FILTER (WHERE quad_class >= 3) AS conflict,
                   avg(goldstein) AS goldstein
            FROM e GROUP BY s, t HAVING count(*) >= $min_events
        ),
        ends AS (
            SELECT source AS id, events, cooperation, conflict FROM edges
            UNION ALL
            SELECT target, events, cooperation, conflict FROM edges WHERE target <> source
        ),
        nodes AS (
            SELECT id, sum(events)::BIGINT AS events, sum(cooperation)::BIGINT AS cooperation,
                   sum(conflict)::BIGINT AS conflict
            FROM ends GROUP BY id ORDER BY events DESC, id LIMIT $limit
        )
        SELECT 'node' AS kind, id AS source, NULL AS target, events, cooperation, conflict,
               NULL AS goldstein FROM nodes
        UNION ALL
        SELECT 'edge', source, target, events, cooperation, conflict, goldstein FROM edges
        WHERE source IN (SELECT id FROM nodes) AND target IN (SELECT id FROM nodes)
    """
    rows = con.execute(sql, {"happened": list(HAPPENED), "since": first, "until": last,
                             "min_events": min_events,
                             "limit": limit, "quad": quad_class}).fetchall()
    nodes = sorted(({"id": r[1], "events": r[3], "cooperation": r[4], "conflict": r[5]}
                    for r in rows if r[0] == "node"), key=lambda n: (-n["events"], n["id"]))
    edges = sorted(({"source": r[1], "target": r[2], "events": r[3], "cooperation": r[4],
                     "conflict": r[5], "goldstein": r[6]} for r in rows if r[0] == "edge"),
                   key=lambda e: (-e["events"], e["source"], e["target"]))
    return {"level": level, "nodes": nodes, "edges": edges}


def stats(con: duckdb.DuckDBPyConnection, counts: dict[str, int]) -> dict[str, Any]:
    """Totals for the dashboard's header: table counts, event dates, QuadClasses."""
    row = first_row(con.execute("""
        SELECT min(date), max(date),
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4)
        FROM events WHERE NOT negated
    """))
    first, last, q1, q2, q3, q4 = row if row else (None, None, 0, 0, 0, 0)
    pub = first_row(con.execute("SELECT min(published), max(published) FROM articles"))
    return {
        "counts": counts,
        "events": {"first": _iso(first), "last": _iso(last),
                   "by_quad_class": {"1": q1, "2": q2, "3": q3, "4": q4}},
        "articles": {"first": _iso(pub[0]) if pub else None,
                     "last": _iso(pub[1]) if pub else None},
    }


__all__ = ["LEVELS", "list_articles", "list_places", "network", "stats"]
