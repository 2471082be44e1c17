"""The store as a Parquet dataset: ``newsevents export DIR --format parquet``.

One directory per table, each partitioned by the year and month its article was
published (Hive layout: ``events/year=2024/month=3/data_0.parquet``; an article
with no date lands in ``year=__HIVE_DEFAULT_PARTITION__``, which Spark, pandas,
polars and DuckDB all read as null):

=================  ==========================================================
``articles``       one row per article: id, url, title, source, published, text...
``entities``       actors and their codes; ``entity_mentions`` their mentions
``places``         resolved places with GeoNames id, country and coordinates
``quotes``         quotations with their speakers
``events``         events with codes, Goldstein, QuadClass, modality, negation,
                   date and precision, and their place's name, country, lat, lon
``event_mentions`` every sentence that reports an event (GDELT's mentions)
``tone``           tone per article
=================  ==========================================================

Every table has ``article_id`` (the key to ``articles.id``) and the partition
columns ``year`` and ``month``. Written by DuckDB itself (``COPY ... (FORMAT
PARQUET, PARTITION_BY ...)``): no Python row loop, no extra dependency. The
dataset is written into a new directory beside ``DIR`` and moved into place
when every table is written, so an interrupted export leaves nothing half done.
Read it back with ``duckdb.read_parquet('DIR/events/**/*.parquet',
hive_partitioning=true)``, ``pandas.read_parquet('DIR/events')``,
``polars.scan_parquet('DIR/events/**/*.parquet')`` or Spark's
``spark.read.parquet('DIR/events')``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from ..errors import OutputError
from ..store import Store
from ..store.rows import first_row

#: table in the dataset -> (table in the store, extra SELECT columns, extra JOIN)
TABLES: dict[str, tuple[str, str, str]] = {
    "articles": ("articles", "", ""),
    "entities": ("entities", "", ""),
    "entity_mentions": ("mentions", "", ""),
    "places": ("places", "", ""),
    "quotes": ("quotes", "", ""),
    "events": ("events", ", p.name AS place_name, p.country AS place_country, p.geonameid "
                         "AS place_geonameid, p.lat, p.lon",
               " LEFT JOIN places p ON p.article_id = t.article_id AND p.id = t.place"),
    "event_mentions": ("event_mentions", "", ""),
    "tone": ("tone", "", ""),
}


#: the file that marks a directory as a dataset this command wrote (and may replace)
MARKER = ".newsevents-dataset"


def _is_dataset(path: Path) -> bool:
    """Only what this command writes: the marker and the table directories."""
    try:
        names = {p.name for p in path.iterdir()}
    except OSError:
        return False
    return MARKER in names and names <= {MARKER, *TABLES}


def check_dataset_dir(out: str | Path, *, force: bool, protect: list[str | Path]) -> Path:
    """The target directory, or :class:`OutputError` if writing there is refused:
    never the store or a directory holding it, never a file; an existing
    non-empty directory only with ``force``, and only if it is a dataset this
    command wrote (nothing else in it is ever removed)."""
    target = Path(out)
    if target.resolve().name in ("", ".", "..") or target.resolve() == Path.home():
        raise OutputError(f"{out}: give the dataset a directory of its own (a new name)")
    target = target.resolve()
    for kept in protect:
        store = Path(kept).resolve()
        if target == store or target in store.parents:
            raise OutputError(f"{out} is or holds the store {kept}; refusing to write there")
    if target.exists() and not target.is_dir():
        raise OutputError(f"{out} is a file; a Parquet dataset is a directory: give a new "
                          "directory name")
    if target.exists() and any(target.iterdir()):
        if not force:
            raise OutputError(f"{out} already exists and is not empty; use --force to replace "
                              "a dataset written by this command")
        if not _is_dataset(target):
            raise OutputError(f"{out} holds files this command did not write; refusing to "
                              "replace it (give a new directory name)")
    parent = target.parent if str(target.parent) else Path()
    if not parent.is_dir():
        raise OutputError(f"the directory {parent} does not exist; create it first")
    return target


def write_parquet(store: Store, out: str | Path, *, since: str | None = None,
                  until: str | None = None, force: bool = False,
                  protect: list[str | Path] | None = None) -> dict[str, int]:
    """Write the dataset; answers the rows written per table."""
    target = check_dataset_dir(out, force=force, protect=list(protect or []))
    parent = target.parent if str(target.parent) else Path()
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    except OSError as exc:
        raise OutputError(f"cannot create a directory in {parent}: {exc.strerror}") from exc
    where, params = _window(since, until)
    counts: dict[str, int] = {}
    try:
        work.chmod(0o777 & ~_umask())
        (work / MARKER).write_text("written by newsevents export --format parquet\n", "utf-8")
        for name, (table, extra, join) in TABLES.items():
            rows = ("articles a" if table == "articles" else
                    f"{table} t JOIN articles a ON a.id = t.article_id{join}")
            sql = (f"SELECT {'a' if table == 'articles' else 't'}.*{extra}, "
                   f"year(a.published) AS year, month(a.published) AS month "
                   f"FROM {rows}{where}")
            counted = first_row(store.con.execute(f"SELECT count(*) FROM ({sql})", params))
            counts[name] = int(counted[0]) if counted else 0
            dest = work / name
            dest.mkdir()
            if counts[name]:
                store.con.execute(f"COPY ({sql}) TO '{_quote(dest)}' (FORMAT PARQUET, "
                                  "PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)", params)
        _move_into_place(work, target)
    except BaseException as exc:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(exc, (OSError, duckdb.Error)):
            reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
            raise OutputError(f"writing {out} failed: {reason}; nothing was written and any "
                              "earlier dataset is unchanged") from exc
        raise
    return counts


def _window(since: str | None, until: str | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if since:
        clauses.append("a.published >= CAST(? AS DATE)")
        params.append(since)
    if until:
        clauses.append("a.published <= CAST(? AS DATE)")
        params.append(until)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _move_into_place(work: Path, target: Path) -> None:
    """Replace ``target`` by ``work``: the old dataset (an empty directory, or one this
    command wrote) is moved aside first, under a fresh name, and removed only once the
    new one is in place; if anything goes wrong it is put back."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
        old.rmdir()
        target.rename(old)
    try:
        work.rename(target)
    except BaseException:
        if old is not None:
            with contextlib.suppress(OSError):
                old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


__all__ = ["MARKER", "TABLES", "check_dataset_dir", "write_parquet"]
