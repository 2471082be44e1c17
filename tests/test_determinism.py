"""The same inputs give the same records whatever the batch size (hardening, item 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents import Store
from newsevents.cli import cli


def _records(db: Path) -> list[str]:
    with Store.open(db, read_only=True) as store:
        return sorted(json.dumps(a.to_dict(), sort_keys=True) for a in store.analyses())


@pytest.mark.model
def test_batch_size_does_not_change_the_records(tmp_path: Path, samples: Path) -> None:
    runs = {}
    for size in (1, 3, 32):
        db = tmp_path / f"b{size}.duckdb"
        result = CliRunner().invoke(cli, ["ingest", str(samples), "--db", str(db),
                                          "--batch-size", str(size)])
        assert result.exit_code == 0, result.output
        runs[size] = _records(db)
    assert runs[1] and runs[1] == runs[3] == runs[32]
