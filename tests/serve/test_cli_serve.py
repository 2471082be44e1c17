"""`newsevents serve`: one-line errors, and a real server from the command line."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from click.testing import CliRunner

from newsevents.cli import cli


def test_a_missing_store_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.stderr.startswith("newsevents: error: no store at ")
    assert result.stderr.count("\n") == 1


def test_serve_runs_on_127_0_0_1_and_reads_the_token_from_the_environment(api_db: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "NEWSEVENTS_TOKEN": "from-the-environment"}
    proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", api_db,
                             "--port", str(port)], env=env, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL)
    try:
        stats = None
        for _ in range(200):  # bounded: at most ~20 s
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                stats = httpx.get(url + "/api/stats", timeout=1.0)
                break
            except httpx.TransportError:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(0.1)
        assert stats is not None and stats.status_code == 200
        assert stats.json()["writable"] is True
        wrong = httpx.post(url + "/api/articles", json={"text": "Hello."},
                           headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        assert httpx.get(url + "/").headers["content-type"].startswith("text/html")
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert f"serving {api_db} at http://127.0.0.1:{port}/" in err.decode()


def test_serve_on_a_busy_port_is_one_line_before_anything_else(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import socket

    from click.testing import CliRunner

    from newsevents import Store
    from newsevents.cli import cli

    db = tmp_path / "s.duckdb"
    Store.open(db).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsevents: error: cannot serve on 127.0.0.1:{port}:")
    assert "serving" not in result.stderr and result.stderr.count("\n") == 1
