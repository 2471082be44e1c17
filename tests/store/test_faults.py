"""Faults while writing: one error line, and the store as the last complete batch left it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from newsevents import Store
from newsevents.errors import StoreError

from .test_date_precision import _analysis


def test_a_failed_commit_is_one_error_and_the_store_keeps_its_last_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        store.write([_analysis()])
        real = store.con

        class Full:
            """A connection whose COMMIT and ROLLBACK fail as on a full disk."""

            def execute(self, sql, *args):  # type: ignore[no-untyped-def]
                if sql in ("COMMIT", "ROLLBACK"):
                    raise duckdb.IOException("No space left on device")
                return real.execute(sql, *args)

            def __getattr__(self, name):  # type: ignore[no-untyped-def]
                return getattr(real, name)

        monkeypatch.setattr(store, "con", Full())
        again = _analysis()
        again.article.id = "a2"
        with pytest.raises(StoreError, match="No space left on device; the store keeps"):
            store.write([again])
        monkeypatch.setattr(store, "con", real)
        real.execute("ROLLBACK")
        assert store.counts()["articles"] == 1
