"""``newsevents ingest`` while ``newsevents serve`` runs on the same store.

DuckDB lets one process write a file, and a server holds its store open. So the
server owns the one writer, and ingest hands it the work:

* ``serve`` writes a rendezvous file beside the store (``STORE.serve.json``,
  readable by its owner only: mode 0600) with its process id, its address and a
  key made for this run, and removes it when it stops;
* ``ingest`` finds the file, checks that the server is alive, reads the inputs
  itself (the same bounded readers, the same ``Skipped`` records) and posts them,
  a batch at a time, to ``POST /api/ingest`` with the key;
* the server analyses each batch with its own pipeline outside the event loop
  and stores it in one write transaction, exactly as ``ingest`` would: reads are
  answered throughout, waiting only while a batch is being written.

The key is a secret of the store's owner: whoever can read the file can write
the store file itself. The file is trusted only if it is a regular file of the
same user, readable by no one else, naming an address on this machine, and a
server answers there; otherwise (a stale file of a killed server, a file someone
else planted) it is ignored and ingest opens the store itself.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import secrets
import stat
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import StoreError
from ..records import Article, Skipped

#: seconds a batch may take on the server (analysis and write) before ingest gives up
BATCH_TIMEOUT = 600.0


@dataclass(frozen=True, slots=True)
class Server:
    """A running server of a store, as its rendezvous file describes it."""

    url: str
    key: str
    pid: int
    max_body: int


def rendezvous_path(db: str | Path) -> Path:
    return Path(f"{db}.serve.json")


def new_key() -> str:
    return secrets.token_urlsafe(32)


def announce(db: str | Path, server: Server) -> None:
    """Write the rendezvous file (owner-only, complete or not at all)."""
    path = rendezvous_path(db)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"url": server.url, "key": server.key, "pid": server.pid,
                   "max_body": server.max_body}, f)
    tmp.replace(path)


def withdraw(db: str | Path, key: str) -> None:
    """Remove the rendezvous file if it is still this server's."""
    path = rendezvous_path(db)
    found = _read(path)
    if found is not None and found.key == key:
        with contextlib.suppress(OSError):
            path.unlink()


_LOCAL = ("127.0.0.1", "localhost", "::1", "[::1]")


def _read(path: Path) -> Server | None:
    """The file's server, if the file is trustworthy: a regular file (not a link) of
    this user's, readable by no one else, naming an address on this machine."""
    try:
        st = path.lstat()
        if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o077 or (
                hasattr(os, "getuid") and st.st_uid != os.getuid()):
            return None
        data = json.loads(path.read_text("utf-8"))
        server = Server(url=str(data["url"]), key=str(data["key"]), pid=int(data["pid"]),
                        max_body=int(data["max_body"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    host = urlsplit(server.url).hostname or ""
    return server if host in _LOCAL and server.url.startswith("http://") else None


def find_server(db: str | Path) -> Server | None:
    """The live server of ``db``, or None (no file, a file not to be trusted, its
    process gone, or nothing answering at its address)."""
    server = _read(rendezvous_path(db))
    if server is None:
        return None
    try:
        os.kill(server.pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return None  # another user's process: not the server that wrote this file
    try:  # a process id reused since the server died: is the server there?
        with urllib.request.urlopen(f"{server.url}/api/stats", timeout=10):
            pass
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException):
        return None
    return server


def _post(server: Server, body: bytes) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{server.url}/api/ingest", data=body, method="POST",
        headers={"Content-Type": "application/json",
                 "Authorization": f"Bearer {server.key}"})
    try:
        with urllib.request.urlopen(request, timeout=BATCH_TIMEOUT) as response:
            return dict(json.loads(response.read()))
    except urllib.error.HTTPError as exc:
        try:
            message = json.loads(exc.read())["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = f"HTTP {exc.code}"
        raise StoreError(f"the server at {server.url} refused the batch: {message}") from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(f"the server at {server.url} did not answer for a batch ({reason}); "
                         "the batches reported before are stored, that one may or may not "
                         "be: run the same ingest again to complete it") from None


def _item(x: Article | Skipped, limit: int) -> str:
    item = json.dumps({"article": x.to_dict()} if isinstance(x, Article)
                      else {"skipped": x.to_dict()})
    if isinstance(x, Article) and len(item.encode("utf-8")) > limit:
        # (the readers bound an article at --max-bytes; its JSON can still grow past
        # what the server takes in one body)
        skipped = Skipped(origin=x.origin or x.id, reason="too_large",
                          detail=f"over the {limit:,} bytes the server takes in one request")
        item = json.dumps({"skipped": skipped.to_dict()})
    return item


def hand_off(server: Server, batch: list[Article | Skipped]) -> dict[str, Any]:
    """Post one batch; split it where the body would pass the server's size limit.
    Answers the sums of ``added``, ``replaced``, ``unchanged`` and the ``skipped``."""
    total: dict[str, Any] = {"added": 0, "replaced": 0, "unchanged": 0, "skipped": []}
    chunk: list[str] = []
    size = 0
    limit = max(1, server.max_body - 64)
    items = [_item(x, limit) for x in batch]
    for item in [*items, None]:
        if chunk and (item is None or size + len(item) + 1 > limit):
            answer = _post(server, ('{"items": [' + ",".join(chunk) + "]}").encode("utf-8"))
            for k in ("added", "replaced", "unchanged"):
                total[k] += int(answer.get(k, 0))
            total["skipped"].extend(answer.get("skipped", []))
            chunk, size = [], 0
        if item is not None:
            chunk.append(item)
            size += len(item.encode("utf-8")) + 1
    return total


__all__ = ["BATCH_TIMEOUT", "Server", "announce", "find_server", "hand_off", "new_key",
           "rendezvous_path", "withdraw"]
