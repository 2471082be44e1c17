"""Shared fixtures.

* ``pipeline``: the default pipeline over the installed English model,
  loaded once per session.
* ``shared``: the ``../shared`` folder beside the repository (reference data,
  gold sets, the seed article); tests that use it skip with a reason when it
  is absent. CI always has it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsevents import Options, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_17b483c5b92a52a4.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.load(Options())


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seed").is_dir():
        pytest.skip(f"../shared is not present at {SHARED} (set NEWSEVENTS_SHARED to point at it)")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    return shared / "seed" / "000_17b483c5b92a52a4.txt"


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
