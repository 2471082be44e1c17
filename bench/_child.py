"""Run a measurement in a fresh interpreter (for the load-cost benchmarks).

The child gets ``rss()`` (peak RSS in MB so far) and ``clock()`` (perf_counter),
runs ``code`` with ``src`` on its path, and prints one JSON object, which
:func:`run_child` returns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

PRELUDE = """
import json, resource, time
def rss(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
clock = time.perf_counter
"""


def run_child(code: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """``code`` (which prints one JSON object) in a new Python; its object."""
    env = {**(env if env is not None else os.environ), "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", PRELUDE + code], capture_output=True,
                         text=True, check=True, cwd=ROOT, env=env)
    result: dict[str, Any] = json.loads(out.stdout)
    return result
