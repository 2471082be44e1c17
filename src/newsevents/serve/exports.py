"""Downloads from the dashboard: events, quotes and places as CSV (the app streams
them a page per read), the store as GDELT events or mentions, GKG or JSON Lines
(streamed a page of articles at a time) or as a zipped Parquet dataset, and the
actor network as GraphML.

GraphML (http://graphml.graphdrawing.org/) opens in Gephi, Cytoscape,
yEd and networkx (``networkx.read_graphml``).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from ..records import Analysis
    from ..store import Store
    from .access import StoreAccess

#: Articles read at a time for an export (each page on its own read).
EXPORT_PAGE = 200


def rows_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], *,
             header: bool = True) -> str:
    """Rows (of ``query_events``, ``query_quotes`` ...) as CSV under ``columns``, a header
    line first (with ``header``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if header:
        writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else _cell(row[c]) for c in columns])
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not _number(value):
        return "'" + value  # keep spreadsheets from running a cell as a formula
    return value


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def pages(access: StoreAccess, read: Callable[[Store, int, int], list[Any]], size: int, *,
          offset: int = 0, limit: int | None = None) -> Iterator[list[Any]]:
    """Rows a page of ``size`` at a time from ``read(store, limit, offset)``, each page on
    a read of its own (a long download holds no read open between pages, so writes go
    on); at most ``limit`` rows in all when given."""
    left = limit
    while left is None or left > 0:
        n = size if left is None else min(size, left)
        with access.read() as store:
            rows = read(store, n, offset)
        if rows:
            yield rows
        if len(rows) < n:
            return
        offset += len(rows)
        if left is not None:
            left -= len(rows)


def _analyses(access: StoreAccess, since: str | None,
              until: str | None) -> Iterator[Analysis]:
    """Every record published since/until, oldest first, a page of articles per read."""
    for page in pages(access, lambda store, n, at: list(store.analyses(
            since=since, until=until, offset=at, limit=n)), EXPORT_PAGE):
        yield from page


def export_chunks(access: StoreAccess, kind: str, since: str | None,
                  until: str | None) -> Iterator[str]:
    """The store as ``newsevents export --format KIND --header`` writes it, in pieces:
    ``gdelt-events``, ``gdelt-mentions``, ``gkg`` (BigQuery column names) or ``jsonl``."""
    from ..export import gdelt, gkg

    analyses = _analyses(access, since, until)
    rows: Iterator[list[str]]
    if kind == "jsonl":
        for analysis in analyses:
            yield json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n"
        return
    from ..knowledge import default_knowledge

    gazetteer = default_knowledge().gazetteer
    with access.read() as store:
        added = store.added_times()
    if kind == "gdelt-events":
        columns = gdelt.BIGQUERY_EVENT_COLUMNS
        rows = gdelt.event_rows(analyses, gazetteer=gazetteer, added=added)
    elif kind == "gdelt-mentions":
        columns = gdelt.BIGQUERY_MENTION_COLUMNS
        rows = gdelt.mention_rows(analyses, added=added)
    else:
        columns = gkg.BIGQUERY_GKG_COLUMNS
        rows = gkg.gkg_rows(analyses, gazetteer=gazetteer)
    yield "\t".join(columns) + "\n"
    lines: list[str] = []
    for row in rows:
        lines.append("\t".join(row) + "\n")
        if len(lines) >= 1000:
            yield "".join(lines)
            lines = []
    yield "".join(lines)


def parquet_zip(access: StoreAccess, since: str | None,
                until: str | None) -> tuple[Path, Callable[[], None]]:
    """The Parquet dataset of ``newsevents export --format parquet`` zipped in a
    temporary directory: (the zip file, a function that removes it once sent)."""
    from ..export.parquet import write_parquet

    work = Path(tempfile.mkdtemp(prefix="newsevents-parquet-"))
    try:
        with access.read() as store:
            write_parquet(store, work / "newsevents-parquet", since=since, until=until)
        archive = work / "newsevents-parquet.zip"
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
            root = work / "newsevents-parquet"
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    zf.write(path, str(path.relative_to(work)))
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return archive, lambda: shutil.rmtree(work, ignore_errors=True)


_NODE_KEYS = (("events", "int"), ("cooperation", "int"), ("conflict", "int"))
_EDGE_KEYS = (("events", "int"), ("cooperation", "int"), ("conflict", "int"),
              ("goldstein", "double"), ("weight", "double"))


def _clean(value: object) -> str:
    # XML 1.0 cannot carry most control characters, even escaped.
    return "".join(ch for ch in str(value) if ch in "\t\n\r"
                   or (0x20 <= ord(ch) < 0xFFFE and not 0xD800 <= ord(ch) < 0xE000))


def network_graphml(graph: dict[str, Any]) -> str:
    """The network of :func:`newsevents.serve.queries.network` as a directed GraphML graph."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
             'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
             '  <key id="label" for="node" attr.name="label" attr.type="string"/>']
    for name, kind in _NODE_KEYS:
        lines.append(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{kind}"/>')
    for name, kind in _EDGE_KEYS:
        lines.append(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>')
    lines.append(f'  <graph id={quoteattr("newsevents-" + str(graph.get("level", "")))} '
                 'edgedefault="directed">')
    for node in graph["nodes"]:
        lines.append(f"    <node id={quoteattr(_clean(node['id']))}>")
        lines.append(f'      <data key="label">{escape(_clean(node["id"]))}</data>')
        for name, _ in _NODE_KEYS:
            lines.append(f'      <data key="n_{name}">{int(node[name])}</data>')
        lines.append("    </node>")
    for n, edge in enumerate(graph["edges"], start=1):
        lines.append(f"    <edge id=\"e{n}\" source={quoteattr(_clean(edge['source']))} "
                     f"target={quoteattr(_clean(edge['target']))}>")
        values = {**edge, "weight": edge["events"]}
        for name, kind in _EDGE_KEYS:
            value = values.get(name)
            if value is None:
                continue
            shown = f"{float(value):.4g}" if kind == "double" else str(int(value))
            lines.append(f'      <data key="e_{name}">{shown}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


__all__ = ["EXPORT_PAGE", "export_chunks", "network_graphml", "pages", "parquet_zip",
           "rows_csv"]
