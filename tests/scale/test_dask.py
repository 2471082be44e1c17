"""Scale-out on Dask gives the records the single-process pipeline gives."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
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


def test_ingest_with_workers_fills_the_store_like_ingest(tmp_path: Path, samples: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import newsevents.cli as cli_module

    clusters: list[tuple[Any, int]] = []
    made = cli_module._local_cluster

    def spy(workers: int) -> object:
        client = made(workers)
        clusters.append((client, len(client.scheduler_info()["workers"])))
        return client

    monkeypatch.setattr(cli_module, "_local_cluster", spy)
    folder = _corpus(tmp_path, samples)
    runner = CliRunner()
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    a = runner.invoke(cli, ["ingest", str(folder), "--db", one], catch_exceptions=False)
    b = runner.invoke(cli, ["ingest", str(folder), "--db", two, "--workers", "2"],
                      catch_exceptions=False)
    assert a.exit_code == b.exit_code == 3  # the empty file and the duplicate
    # --workers 2 ran on a dask.distributed LocalCluster of two processes, closed after
    assert len(clusters) == 1 and clusters[0][1] == 2
    client = clusters[0][0]
    assert client.status == "closed" and client.cluster.status.name == "closed"
    with Store.open(one, read_only=True) as s1, Store.open(two, read_only=True) as s2:
        assert s1.counts() == s2.counts()
        assert s1.counts()["events"] > 0


def test_workers_use_what_the_store_and_earlier_chunks_know_of_people(tmp_path: Path) -> None:
    from newsevents.scale import ingest_distributed

    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    (first / "a.txt").write_text(
        "---\npublished: 2021-12-18\n---\nFarid Rostami, the Secretary of Iran's Supreme "
        "National Security Council (SNSC), travelled to Baku on Friday.\n")
    (later / "b.txt").write_text(
        "---\npublished: 2022-01-10\n---\nRostami spoke to reporters about the weather on "
        "Monday.\n")
    with Store.open(tmp_path / "s.duckdb") as store:
        ingest_distributed([first], store, workers=1, scheduler="synchronous")
        assert len(store.actor_memory()) > 0
        ingest_distributed([later], store, workers=1, scheduler="synchronous")
        (result,) = [a for a in store.analyses() if a.article.published == "2022-01-10"]
    rostami = next(e for e in result.entities if e.name == "Rostami")
    assert rostami.actor is not None and rostami.actor.code == "IRNGOV"
    assert rostami.actor.evidence[-1].kind == "memory"


def test_ingest_on_a_dask_cluster_fills_the_store_like_ingest(tmp_path: Path,
                                                              samples: Path) -> None:
    """A real dask.distributed cluster (a LocalCluster of two worker processes,
    reached by its scheduler's address as a remote one would be)."""
    from distributed import LocalCluster

    folder = _corpus(tmp_path, samples)
    runner = CliRunner()
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    a = runner.invoke(cli, ["ingest", str(folder), "--db", one], catch_exceptions=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, host="127.0.0.1") as cluster:
        b = runner.invoke(cli, ["ingest", str(folder), "--db", two, "--scheduler",
                                cluster.scheduler_address], catch_exceptions=False)
        workers = list(cluster.scheduler_info["workers"])
    assert len(workers) == 2
    assert a.exit_code == b.exit_code == 3, b.output
    with Store.open(one, read_only=True) as s1, Store.open(two, read_only=True) as s2:
        assert s1.counts() == s2.counts()
        rows = "SELECT article_id, source_code, code, target_code FROM events ORDER BY ALL"
        assert s1.con.execute(rows).fetchall() == s2.con.execute(rows).fetchall() != []


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, samples: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsevents.cli.SCHEDULER_TIMEOUT", 2)
    result = CliRunner().invoke(cli, ["ingest", str(samples / "02_protest.txt"), "--db",
                                      str(tmp_path / "s.duckdb"), "--scheduler",
                                      "tcp://127.0.0.1:9"])
    assert result.exit_code != 0
    assert "cannot reach the Dask scheduler" in result.output
    assert "Traceback" not in result.output


def test_partitions_stream_a_few_per_worker_in_input_order(tmp_path: Path, samples: Path,
                                                           pipeline: Pipeline) -> None:
    """A client's workers get a few partitions at a time, not the whole input, and
    results come back in input order as soon as those before them are done."""
    from concurrent.futures import Future

    from newsevents import scale

    folder = _corpus(tmp_path, samples)
    sent: list[int] = []

    class Client:  # what analyze_distributed uses of a distributed.Client
        def submit(self, fn: Any, *args: Any, pure: bool = True) -> Future[Any]:
            sent.append(len(args[0]))
            future: Future[Any] = Future()
            future.set_result(fn(*args))
            return future

        def gather(self, futures: Any) -> Any:
            return [f.result() for f in futures]

    results = analyze_distributed([folder], Options(), workers=1, partition_size=1,
                                  scheduler=Client())
    first = next(results)
    assert len(sent) == scale.IN_FLIGHT  # two partitions out before the first result
    rest = [first, *results]
    assert sent == [1, 1, 1, 1, 1]  # the empty file and the copy were never sent
    local = list(pipeline.analyze_many(read([folder])))
    assert [type(x) for x in rest] == [type(x) for x in local]
    assert [x for x in rest if isinstance(x, Analysis)] == \
        [x for x in local if isinstance(x, Analysis)]


def test_a_local_cluster_s_workers_keep_glibc_s_own_memory_trimming(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The nanny's MALLOC_TRIM_THRESHOLD_ made a parsing worker spend more CPU on the
    same articles; the other variables it sets (one BLAS thread) stay. Also when a
    cluster started before in this process left the variable in os.environ, as
    distributed's nannies do."""
    import os

    import dask
    import distributed  # noqa: F401  (its defaults join dask's configuration)

    from newsevents.scale import local_client

    left = dask.config.get("distributed.nanny.pre-spawn-environ")["MALLOC_TRIM_THRESHOLD_"]
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", str(left))
    client = local_client(1)
    try:
        env = client.run(lambda: (os.environ.get("MALLOC_TRIM_THRESHOLD_"),
                                  os.environ.get("OMP_NUM_THREADS")))
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
    assert list(env.values()) == [(None, "1")], env
