"""Scale-out on Dask gives the records the single-process pipeline gives."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from newsevents import Analysis, Article, Options, Pipeline, Skipped, Store, read
from newsevents.cli import cli
from newsevents.scale import analyze_distributed


def _corpus(tmp_path: Path, samples: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("02_protest.txt", "05_eu_sanctions.txt", "07_election.txt",
                 "09_energy_agreement.txt", "12_iran_azerbaijan_talks.txt"):
        shutil.copy(samples / name, folder / name)
    shutil.copy(samples / "02_protest.txt", folder / "copy_of_protest.txt")
    (folder / "empty.txt").write_text("")
    return folder


def test_worker_processes_give_the_same_records(tmp_path: Path, samples: Path,
                                                pipeline: Pipeline) -> None:
    folder = _corpus(tmp_path, samples)
    local = list(pipeline.analyze_many(read([folder])))
    remote = list(analyze_distributed([folder], Options(), workers=2, partition_size=2))
    assert [type(x) for x in remote] == [type(x) for x in local]
    assert [x for x in remote if isinstance(x, Analysis)] == \
        [x for x in local if isinstance(x, Analysis)]
    reasons = sorted(x.reason for x in remote if isinstance(x, Skipped))
    assert reasons == ["duplicate", "empty"]
    assert sum(isinstance(x, Article) for x in read([folder])) == 6


def test_ingest_with_workers_fills_the_store_like_ingest(tmp_path: Path, samples: Path) -> None:
    folder = _corpus(tmp_path, samples)
    runner = CliRunner()
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    a = runner.invoke(cli, ["ingest", str(folder), "--db", one], catch_exceptions=False)
    b = runner.invoke(cli, ["ingest", str(folder), "--db", two, "--workers", "2"],
                      catch_exceptions=False)
    assert a.exit_code == b.exit_code == 3  # the empty file and the duplicate
    with Store.open(one, read_only=True) as s1, Store.open(two, read_only=True) as s2:
        assert s1.counts() == s2.counts()
        assert s1.counts()["events"] > 0
