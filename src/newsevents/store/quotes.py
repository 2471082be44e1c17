"""Queries over stored quotations: ``newsevents quotes``.

>>> with Store.open("newsevents.duckdb", read_only=True) as store:
...     rows = query_quotes(store.con, speaker="shamkhani", actor="IRN", contains="region")
...     total = count_quotes(store.con, speaker="shamkhani", actor="IRN", contains="region")

The filters of :func:`query_quotes` and :func:`count_quotes` (the same, so
that ``count_quotes`` gives the total for paging with ``limit``/``offset``)
are optional and combine with AND:

* ``speaker``: part of the speaker's canonical name, any case;
* ``actor``: the start of the speaker's actor code (``IRN``, ``IRNGOV``) or
  its country (``IRN``), any case;
* ``contains``: part of the quoted text, any case;
* ``since``/``until``: inclusive bounds on the publication date of the article
  (ISO strings or dates); articles with no date are left out when either is given.

Rows come newest article first (articles without a date last), then in text
order. Values are bound as parameters, never written into the SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from ..errors import ConfigError
from .queries import _dates
from .rows import first_row

#: The columns of each row :func:`query_quotes` returns, in order.
COLUMNS = ("article_id", "published", "title", "origin", "id", "kind", "text", "start", "end",
           "speaker", "speaker_name", "speaker_text", "actor_code", "country", "cue")

#: Every quote is stored with its article (the store writes and deletes them
#: together): the LEFT JOIN finds it, and counting needs no join to articles.
_SELECT = """
SELECT q.article_id, a.published, a.title, a.origin, q.id, q.kind, q.text, q.start, q."end",
       q.speaker, q.speaker_name, q.speaker_text, e.actor_code, e.country, q.cue
FROM quotes q
LEFT JOIN articles a ON a.id = q.article_id
LEFT JOIN entities e ON e.article_id = q.article_id AND e.id = q.speaker
WHERE {where}
ORDER BY a.published DESC NULLS LAST, q.article_id, q.start, q.id
LIMIT $limit OFFSET $offset
"""

_SPEAKER_JOIN = "LEFT JOIN entities e ON e.article_id = q.article_id AND e.id = q.speaker"
_ARTICLE_JOIN = "LEFT JOIN articles a ON a.id = q.article_id"


def _where(speaker: str | None, actor: str | None, contains: str | None,
           since: str | dt.date | None = None,
           until: str | dt.date | None = None) -> tuple[str, dict[str, Any]]:
    """The filters (over ``q`` quotes, ``e`` their speakers' entities and ``a`` their
    articles), and their values."""
    clauses: list[str] = ["TRUE"]
    params: dict[str, Any] = {}
    first, last = _dates(since, until)
    if first is not None:
        clauses.append("a.published >= $since")
        params["since"] = first
    if last is not None:
        clauses.append("a.published <= $until")
        params["until"] = last
    if speaker:
        clauses.append("contains(lower(coalesce(q.speaker_name, '')), lower($speaker))")
        params["speaker"] = speaker
    if actor:
        clauses.append("(starts_with(upper(coalesce(e.actor_code, '')), upper($actor)) "
                       "OR upper(coalesce(e.country, '')) = upper($actor))")
        params["actor"] = actor
    if contains:
        clauses.append("contains(lower(q.text), lower($contains))")
        params["contains"] = contains
    return " AND ".join(clauses), params


def query_quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None,
                 actor: str | None = None, contains: str | None = None,
                 since: str | dt.date | None = None, until: str | dt.date | None = None,
                 limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Stored quotes matching the filters; see the module docstring.

    ``con`` is a connection to a newsevents store (``Store.con``). Each row is
    a dict with the keys of :data:`COLUMNS`; ``published`` is an ISO date or
    None. ``limit`` rows are returned after skipping ``offset``;
    :func:`count_quotes` gives the total, for paging.
    """
    if limit < 1:
        raise ConfigError(f"the limit must be at least 1, not {limit}")
    if offset < 0:
        raise ConfigError(f"the offset must be 0 or more, not {offset}")
    where, params = _where(speaker, actor, contains, since, until)
    rows = con.execute(_SELECT.format(where=where),
                       {**params, "limit": int(limit), "offset": int(offset)}).fetchall()
    out = []
    for row in rows:
        item = dict(zip(COLUMNS, row, strict=True))
        if item["published"] is not None:
            item["published"] = item["published"].isoformat()
        out.append(item)
    return out


def quotes_relation(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None,
                    actor: str | None = None, contains: str | None = None,
                    since: str | dt.date | None = None,
                    until: str | dt.date | None = None) -> duckdb.DuckDBPyRelation:
    """Every quote matching the filters, as a lazy DuckDB relation with the columns of
    :data:`COLUMNS` (``.df()``, ``.pl()``, ``.arrow()``, ``.fetchall()`` ...)."""
    where, params = _where(speaker, actor, contains, since, until)
    sql = _SELECT.format(where=where).replace("LIMIT $limit OFFSET $offset", "")
    return con.sql(sql, params=params)


def count_quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None,
                 actor: str | None = None, contains: str | None = None,
                 since: str | dt.date | None = None,
                 until: str | dt.date | None = None) -> int:
    """How many quotes :func:`query_quotes` finds with these filters, without a limit.

    The speakers' entities are joined only for an ``actor`` filter, the articles
    only for dates.
    """
    where, params = _where(speaker, actor, contains, since, until)
    join = " ".join(([_SPEAKER_JOIN] if actor else [])
                    + ([_ARTICLE_JOIN] if since or until else []))
    row = first_row(con.execute(f"SELECT count(*) FROM quotes q {join} WHERE {where}", params))
    return int(row[0]) if row else 0


__all__ = ["COLUMNS", "count_quotes", "query_quotes", "quotes_relation"]
