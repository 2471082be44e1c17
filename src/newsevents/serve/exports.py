"""Downloads from the dashboard: events as CSV, the actor network as GraphML.

GraphML (http://graphml.graphdrawing.org/) opens in Gephi, Cytoscape,
yEd and networkx (``networkx.read_graphml``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr


def events_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    """The rows of ``query_events`` as CSV, a header line first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
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


__all__ = ["events_csv", "network_graphml"]
