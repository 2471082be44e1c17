"""``newsevents export DIR --format parquet``: a dataset other tools read directly."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from newsevents import Pipeline
from newsevents.cli import cli
from newsevents.export.parquet import TABLES
from newsevents.ingest import ingest
from newsevents.store import Store


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline,
                  samples: Path) -> Path:
    db = tmp_path_factory.mktemp("parquet") / "s.duckdb"
    with Store.open(db) as store:
        ingest([samples], store, pipeline)
    return db


def _read(out: Path, table: str) -> duckdb.DuckDBPyRelation:
    con = duckdb.connect()
    return con.sql(f"SELECT * FROM read_parquet('{out / table}/**/*.parquet', "
                   "hive_partitioning=true)")


def _export(db: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["export", str(out), "--format", "parquet", "--db",
                                      str(db), *extra])
    return result.exit_code, result.output


def test_every_table_is_written_whole_and_partitioned_by_month(samples_store: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    code, output = _export(samples_store, out)
    assert code == 0, output
    with Store.open(samples_store, read_only=True) as store:
        stored = store.counts()
    source = {"entity_mentions": "mentions"}
    for table in TABLES:
        rows = _read(out, table).count("*").fetchall()[0][0]
        assert rows == stored[source.get(table, table)] > 0, table
    assert any(p.name.startswith("year=") for p in (out / "events").iterdir())
    events = _read(out, "events")
    assert {"code", "goldstein", "quad_class", "lat", "lon", "place_name", "year",
            "month"} <= set(events.columns)
    # an event's coordinates are its place's
    located = events.filter("place IS NOT NULL").count("*").fetchall()[0][0]
    with_lat = events.filter("place IS NOT NULL AND lat IS NOT NULL").count("*").fetchall()[0][0]
    assert 0 < with_lat <= located


def test_a_date_window_keeps_its_articles_only(samples_store: Path, tmp_path: Path) -> None:
    with Store.open(samples_store, read_only=True) as store:
        dates = sorted(r[0] for r in store.con.execute(
            "SELECT DISTINCT published FROM articles WHERE published IS NOT NULL").fetchall())
    assert len(dates) > 1
    out = tmp_path / "window"
    code, output = _export(samples_store, out, "--since", dates[-1].isoformat())
    assert code == 0, output
    published = {r[0] for r in _read(out, "articles").project("published").fetchall()}
    assert published == {dates[-1]}


def test_the_dataset_never_replaces_the_store_or_other_data(samples_store: Path,
                                                           tmp_path: Path) -> None:
    before = samples_store.read_bytes()
    code, output = _export(samples_store, samples_store.parent, "--force")
    assert code == 1 and "store" in output and "Traceback" not in output
    assert samples_store.read_bytes() == before
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "notes.txt").write_text("mine", "utf-8")
    code, output = _export(samples_store, kept)
    assert code == 1 and "--force" in output
    # --force replaces only a dataset this command wrote, never someone's directory
    code, output = _export(samples_store, kept, "--force")
    assert code == 1 and "did not write" in output
    assert (kept / "notes.txt").read_text("utf-8") == "mine"
    dataset = tmp_path / "dataset"
    assert _export(samples_store, dataset)[0] == 0
    code, output = _export(samples_store, dataset, "--force")
    assert code == 0, output
    assert (dataset / "events").is_dir()
    # nothing left beside them
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dataset", "kept"]
    code, output = _export(samples_store, Path(), "--force")
    assert code == 1 and "Traceback" not in output
