"""Reading one row without leaving the connection busy.

DuckDB 2 keeps a result that was not read to its end open on its connection, and
``con.sql(...)`` then refuses to run ("connection has an unfinished result").
``fetchone()`` leaves a one-row result unfinished, so the store reads single rows
with :func:`first_row`, which reads the result to its end: a user's
``Store.open(...).con.sql(...)`` works whatever the store did before.
"""

from __future__ import annotations

from typing import Any


def first_row(result: Any) -> tuple[Any, ...] | None:
    """The first row of a DuckDB result (read to its end), or None."""
    rows = result.fetchall()
    return tuple(rows[0]) if rows else None


__all__ = ["first_row"]
