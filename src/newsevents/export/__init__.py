"""Exports: analyses written in the formats other tools read.

* :mod:`newsevents.export.gkg`: GDELT Global Knowledge Graph 2.1 rows
  (tab-separated, 27 columns), ``write_gkg(analyses, path_or_file)``.
"""

from __future__ import annotations

from .gkg import GKG_COLUMNS, gkg_row, gkg_rows, write_gkg

__all__ = ["GKG_COLUMNS", "gkg_row", "gkg_rows", "write_gkg"]
