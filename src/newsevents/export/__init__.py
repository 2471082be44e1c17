"""Exports: analyses written in the formats other tools read.

* :mod:`newsevents.export.gkg`: GDELT Global Knowledge Graph 2.1 rows
  (tab-separated, 27 columns), ``write_gkg(analyses, path_or_file)``.
* :mod:`newsevents.export.gdelt`: GDELT 2.0 event (61 columns) and mention
  (16 columns) tables, ``write_gdelt_events``/``write_gdelt_mentions``.
"""

from __future__ import annotations

from .gdelt import (
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    event_rows,
    global_event_id,
    mention_rows,
    write_gdelt_events,
    write_gdelt_mentions,
)
from .gkg import GKG_COLUMNS, gkg_row, gkg_rows, write_gkg

__all__ = [
    "EVENT_COLUMNS",
    "GKG_COLUMNS",
    "MENTION_COLUMNS",
    "event_rows",
    "gkg_row",
    "gkg_rows",
    "global_event_id",
    "mention_rows",
    "write_gdelt_events",
    "write_gdelt_mentions",
    "write_gkg",
]
