"""``newsevents ingest`` while ``newsevents serve`` runs on the same store: the
server owns the one writer, ingest hands it the work (serve/handoff.py), and the
API keeps answering meanwhile."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from newsevents import Pipeline
from newsevents.ingest import ingest
from newsevents.serve import create_app
from newsevents.serve.handoff import Server, announce, find_server, rendezvous_path
from newsevents.store import Store

#: bounds on waiting for subprocesses (never a sleep that makes a test pass)
STARTUP = 120.0
RUN = 600.0


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsevents", *args]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _events(db: Path) -> list[tuple[str | None, ...]]:
    with Store.open(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT article_id, source_code, code, target_code, date, place "
            "FROM events ORDER BY ALL").fetchall()
    return [tuple(r) for r in rows]


def test_ingest_hands_its_articles_to_the_running_server_and_reads_go_on(
        tmp_path: Path, pipeline: Pipeline, samples: Path) -> None:
    direct = tmp_path / "direct.duckdb"
    with Store.open(direct) as store:
        ingest([samples], store, pipeline)
    db = tmp_path / "served.duckdb"
    Store.open(db).close()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(_cli("serve", "--db", str(db), "--port", str(port)),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + STARTUP
        while find_server(db) is None or not _answers(url):
            assert server.poll() is None, server.communicate()[1]
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        job = subprocess.Popen(_cli("ingest", str(samples), "--db", str(db), "--batch-size", "4"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        statuses = []
        deadline = time.monotonic() + RUN
        while job.poll() is None and time.monotonic() < deadline:
            statuses.append(httpx.get(f"{url}/api/stats", timeout=60).status_code)
        out, err = job.communicate(timeout=RUN)
        assert job.returncode == 0, err
        assert "stored by the server" in out and "Traceback" not in err
        # the dashboard never went dark while the batches were written
        assert statuses and set(statuses) == {200}
        # a second run has nothing to do
        again = subprocess.run(_cli("ingest", str(samples), "--db", str(db)), capture_output=True,
                               text=True, timeout=RUN, check=False)
        assert again.returncode == 0, again.stderr
        assert " 0 added, 0 replaced," in again.stdout
    finally:
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=60)
    assert not rendezvous_path(db).exists()
    # the records are the ones ingest itself writes
    assert _events(db) == _events(direct) != []
    with Store.open(direct, read_only=True) as a, Store.open(db, read_only=True) as b:
        assert a.counts() == b.counts()


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/api/stats", timeout=5).status_code == 200
    except httpx.TransportError:
        return False


def test_a_rendezvous_file_of_a_dead_server_is_ignored(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    announce(db, Server(url="http://127.0.0.1:9", key="k", pid=int(dead.stdout), max_body=10))
    assert oct(rendezvous_path(db).stat().st_mode & 0o777) == "0o600"
    assert find_server(db) is None
    # a live process id, but nothing answers at the address (an id reused since)
    announce(db, Server(url="http://127.0.0.1:9", key="k", pid=os.getpid(), max_body=10))
    assert find_server(db) is None
    rendezvous_path(db).write_text("{not json", "utf-8")
    assert find_server(db) is None


def test_a_rendezvous_file_that_cannot_be_trusted_is_ignored(tmp_path: Path) -> None:
    from newsevents.serve import handoff

    db = tmp_path / "s.duckdb"
    path = rendezvous_path(db)
    announce(db, Server(url="http://10.1.2.3:8642", key="k", pid=os.getpid(), max_body=10))
    assert handoff._read(path) is None  # not an address on this machine
    announce(db, Server(url="http://127.0.0.1:8642", key="k", pid=os.getpid(), max_body=10))
    assert handoff._read(path) is not None
    path.chmod(0o644)  # readable by others: someone else may have written it
    assert handoff._read(path) is None
    path.unlink()
    (tmp_path / "elsewhere.json").write_text("{}", "utf-8")
    path.symlink_to(tmp_path / "elsewhere.json")
    assert handoff._read(path) is None


@pytest.fixture
def handoff_client(tmp_path: Path) -> TestClient:
    db = tmp_path / "s.duckdb"
    Store.open(db).close()
    return TestClient(create_app(str(db), handoff_key="the-key"), base_url="http://localhost")


def test_a_batch_needs_the_key(handoff_client: TestClient) -> None:
    body = {"items": []}
    assert handoff_client.post("/api/ingest", json=body).status_code == 401
    answer = handoff_client.post("/api/ingest", json=body,
                                 headers={"Authorization": "Bearer wrong"})
    assert answer.status_code == 401
    # read-only to the web: the key is not a token for POST /api/articles
    answer = handoff_client.post("/api/articles", json={"text": "x"},
                                 headers={"Authorization": "Bearer the-key"})
    assert answer.status_code == 403


@pytest.mark.parametrize("body", [b"[1, 2]", b'{"items": 3}', b'{"items": [{"article": 5}]}',
                                  b"{" * 5000])
def test_a_malformed_batch_is_refused_in_one_line(handoff_client: TestClient,
                                                 body: bytes) -> None:
    answer = handoff_client.post("/api/ingest", content=body,
                                 headers={"Authorization": "Bearer the-key",
                                          "Content-Type": "application/json"})
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["code"]
