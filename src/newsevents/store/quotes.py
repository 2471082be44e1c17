"""Queries over stored quotations: ``newsevents quotes``.

>>> with Store.open("newsevents.duckdb", read_only=True) as store:
...     rows = query_quotes(store.con, speaker="shamkhani", actor="IRN", contains="region")

Every filter is optional and they combine with AND:

* ``speaker``: part of the speaker's canonical name, any case;
* ``actor``: the start of the speaker's actor code (``IRN``, ``IRNGOV``) or
  its country (``IRN``), any case;
* ``contains``: part of the quoted text, any case.

Rows come newest article first (articles without a date last), then in text
order. Values are bound as parameters, never written into the SQL.
"""

from __future__ import annotations

from typing import Any

import duckdb

from ..errors import ConfigError

#: The columns of each row :func:`query_quotes` returns, in order.
COLUMNS = ("article_id", "published", "title", "origin", "id", "kind", "text", "start", "end",
           "speaker", "speaker_name", "speaker_text", "actor_code", "country", "cue")

_SQL = """
SELECT q.article_id, a.published, a.title, a.origin, q.id, q.kind, q.text, q.start, q."end",
       q.speaker, q.speaker_name, q.speaker_text, e.actor_code, e.country, q.cue
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities e ON e.article_id = q.article_id AND e.id = q.speaker
WHERE ($speaker IS NULL OR contains(lower(coalesce(q.speaker_name, '')), lower($speaker)))
  AND ($actor IS NULL OR starts_with(upper(coalesce(e.actor_code, '')), upper($actor))
                      OR upper(coalesce(e.country, '')) = upper($actor))
  AND ($contains IS NULL OR contains(lower(q.text), lower($contains)))
ORDER BY a.published DESC NULLS LAST, q.article_id, q.start, q.id
LIMIT $limit
"""


def query_quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None,
                 actor: str | None = None, contains: str | None = None,
                 limit: int = 100) -> list[dict[str, Any]]:
    """Stored quotes matching the filters; see the module docstring.

    ``con`` is a connection to a newsevents store (``Store.con``). Each row is
    a dict with the keys of :data:`COLUMNS`; ``published`` is an ISO date or
    None.
    """
    if limit < 1:
        raise ConfigError(f"the limit must be at least 1, not {limit}")
    params = {"speaker": speaker or None, "actor": actor or None,
              "contains": contains or None, "limit": int(limit)}
    rows = con.execute(_SQL, params).fetchall()
    out = []
    for row in rows:
        item = dict(zip(COLUMNS, row, strict=True))
        if item["published"] is not None:
            item["published"] = item["published"].isoformat()
        out.append(item)
    return out


__all__ = ["COLUMNS", "query_quotes"]
