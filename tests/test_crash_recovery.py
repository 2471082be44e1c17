"""``kill -9`` in the middle of an ingest leaves a store that opens and is whole.

The store commits one transaction per batch, so a process killed between
batches (or in the middle of one) leaves every stored article with all its
rows, and the next ingest adds the rest. No sleeps: the test kills the
ingest as soon as it reports its first committed batch on stderr.
"""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsevents.memory import memory_rows
from newsevents.store import ARTICLE_TABLES, Store

N_ARTICLES = 60
BATCH = 5
TIMEOUT = 180  # seconds for any one subprocess step; a hang fails, never blocks CI

PEOPLE = ["Maria Lopez", "Ahmed Karimi", "John Okafor", "Elena Petrova", "Kenji Sato",
          "Fatima Diallo", "Lars Nilsson"]
COUNTRIES = ["Kenya", "Peru", "Norway", "Vietnam", "Morocco", "Chile", "Poland", "Ghana",
             "Nepal", "Jordan", "Canada"]
CITIES = ["Nairobi", "Lima", "Oslo", "Hanoi", "Rabat", "Santiago", "Warsaw", "Accra",
          "Kathmandu", "Amman", "Ottawa"]
TEMPLATES = [
    "{person}, the foreign minister of {country}, met officials in {other} on Tuesday to "
    "discuss trade and security, the ministry said in a statement. The two sides agreed to "
    "start {n} joint projects worth about {m} million dollars over the next three years.",
    "Police in {city} detained {n} protesters on Saturday after a march against rising fuel "
    "prices turned violent, a government spokesman said. {person}, a trade union leader, "
    "called for their release and said the unions would strike within {m} days.",
    "The government of {country} said on Monday it would send {n} tonnes of food aid to "
    "{other} after floods destroyed crops. Minister {person} told reporters that the first "
    "shipment would leave the port near {city} in {m} days.",
    "A court in {city} sentenced {n} opposition activists to prison on Wednesday for "
    "organising unauthorised rallies, their lawyer said. {person} said the verdict would be "
    "appealed and urged {other} and other countries to condemn it within {m} hours.",
]


def _texts(n: int = N_ARTICLES) -> list[str]:
    texts = []
    for i in range(n):
        c, o = i % len(COUNTRIES), (i * 5 + 3) % len(COUNTRIES)
        if o == c:
            o = (o + 1) % len(COUNTRIES)
        texts.append(TEMPLATES[i % len(TEMPLATES)].format(
            person=PEOPLE[i % len(PEOPLE)], country=COUNTRIES[c], other=COUNTRIES[o],
            city=CITIES[c], n=12 + i, m=40 + 7 * i))
    assert len({" ".join(t.casefold().split()) for t in texts}) == n
    return texts


def _write_jsonl(path: Path, n: int = N_ARTICLES) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(_texts(n)):
            fh.write(json.dumps({"text": text, "title": f"Wire story {i + 1}",
                                 "published": f"2024-05-{i % 28 + 1:02d}",
                                 "source": "Test Wire"}) + "\n")
    return path


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    return _write_jsonl(tmp_path / "wire.jsonl")


def _command(jsonl: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "newsevents", "ingest", str(jsonl), "--db", str(db),
            "--batch-size", str(BATCH)]


def _check_whole(store: Store) -> set[str]:
    """Every stored article has exactly the rows its analysis says; no orphans."""
    ids = {r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()}
    expected: dict[str, dict[str, int]] = {t: {} for t in ARTICLE_TABLES}
    for aid in ids:
        a = store.analysis(aid)
        assert a is not None and a.article.id == aid
        expected["entities"][aid] = len(a.entities)
        expected["mentions"][aid] = sum(len(e.mentions) for e in a.entities)
        expected["places"][aid] = len(a.places)
        expected["dates"][aid] = len(a.dates)
        expected["quotes"][aid] = len(a.quotes)
        expected["events"][aid] = len(a.events)
        expected["tone"][aid] = 1 if a.tone is not None else 0
        expected["actor_memory"][aid] = len(memory_rows(a))
        expected["event_mentions"][aid] = sum(1 + len(v.repeats) for v in a.events)
    for table in ARTICLE_TABLES:
        rows = dict(store.con.execute(
            f"SELECT article_id, count(*) FROM {table} GROUP BY article_id").fetchall())
        orphans = set(rows) - ids
        assert not orphans, f"{table} has rows of articles that are not stored: {orphans}"
        got = {aid: rows.get(aid, 0) for aid in ids}
        assert got == expected[table], f"{table}: rows per article differ from the analyses"
    assert sum(expected["entities"].values()) > 0, "the test articles must have entities"
    return ids


def _kill_after_first_commit(cmd: list[str], cwd: Path) -> list[str]:
    """Run ``cmd``, SIGKILL it on its first committed batch; return its stderr lines."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8")
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    seen: list[str] = []
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                pytest.fail(f"no committed batch within {TIMEOUT}s; stderr: {seen}")
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                pytest.fail(f"no committed batch within {TIMEOUT}s; stderr: {seen}")
            if line is None:
                pytest.fail(f"ingest ended (exit {proc.wait(timeout=TIMEOUT)}) before a "
                            f"committed batch was reported; stderr: {''.join(seen)}")
            seen.append(line)
            if line.startswith("newsevents: committed batch"):
                os.kill(proc.pid, signal.SIGKILL)
                break
        assert proc.wait(timeout=TIMEOUT) == -signal.SIGKILL, "ingest ended before the kill"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=TIMEOUT)
        reader.join(timeout=TIMEOUT)
        if not reader.is_alive() and proc.stderr is not None:
            proc.stderr.close()
    assert not reader.is_alive(), "stderr of the killed ingest never closed"
    return seen


def _summary(stdout: str, db: Path) -> tuple[int, int, int, int]:
    m = re.search(rf"^{re.escape(str(db))}: (\d+) added, (\d+) replaced, (\d+) unchanged, "
                  r"(\d+) skipped$", stdout, re.MULTILINE)
    assert m, f"no summary line in: {stdout!r}"
    added, replaced, unchanged, skipped = (int(g) for g in m.groups())
    return added, replaced, unchanged, skipped


def test_kill_9_mid_ingest_leaves_a_whole_store_and_ingest_completes(
        tmp_path: Path, jsonl: Path) -> None:
    db = tmp_path / "store.duckdb"
    cmd = _command(jsonl, db)

    stderr = _kill_after_first_commit(cmd, tmp_path)
    assert not any("Traceback" in line for line in stderr), "".join(stderr)

    # The store opens and holds whole batches of whole articles.
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
        partial = _check_whole(store)
    assert BATCH <= counts["articles"] < N_ARTICLES, counts
    assert counts["articles"] % BATCH == 0, f"a batch was half committed: {counts}"
    assert counts["skipped"] == 0

    # The next ingest completes it, parsing only what is missing.
    done = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert _summary(done.stdout, db) == (N_ARTICLES - len(partial), 0, len(partial), 0)
    with Store.open(db, read_only=True) as store:
        full_counts = store.counts()
        ids = _check_whole(store)
        origins = {r[0] for r in store.con.execute("SELECT origin FROM articles").fetchall()}
    assert full_counts["articles"] == N_ARTICLES
    assert partial <= ids
    assert origins == {f"{jsonl}:{n}" for n in range(1, N_ARTICLES + 1)}

    # A third run has nothing to do and changes nothing.
    again = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True,
                           encoding="utf-8", timeout=TIMEOUT, check=False)
    assert again.returncode == 0, again.stderr
    assert _summary(again.stdout, db) == (0, 0, N_ARTICLES, 0)
    with Store.open(db, read_only=True) as store:
        assert store.counts() == full_counts


#: kills of the repeated crash test, and the articles it ingests between them
KILLS = 20
MANY = 1500


def test_twenty_kills_at_random_moments_lose_nothing_and_duplicate_nothing(
        tmp_path: Path) -> None:
    """SIGKILL the same ingest 20 times at random moments (seeded: while the model
    loads, mid-batch, mid-commit; a run that ends first is not counted), checking the
    store after each run; then one run completes it, and every article is stored
    exactly once, whole."""
    import random

    jsonl = _write_jsonl(tmp_path / "many.jsonl", MANY)
    db = tmp_path / "store.duckdb"
    cmd = _command(jsonl, db)
    rng = random.Random(20)
    before = 0
    killed = 0
    history: list[int] = []
    runs = 0
    while killed < KILLS:
        runs += 1
        assert runs <= 4 * KILLS, f"only {killed} kills in {runs - 1} runs"
        log = tmp_path / f"run{runs}.err"
        with log.open("w", encoding="utf-8") as err:
            proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=err)
            try:
                # the moment: a bounded wait on the process itself, then the kill
                # (once all is stored, a run has little to do: kill it sooner)
                proc.wait(timeout=rng.uniform(0.3, 8.0 if before < MANY else 3.0))
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)
                killed += 1
            proc.wait(timeout=TIMEOUT)
        assert "Traceback" not in log.read_text("utf-8"), log.read_text("utf-8")
        if not db.exists():
            continue  # killed before the store was created
        with Store.open(db, read_only=True) as store:
            ids = _check_whole(store) if store.counts()["articles"] else set()
        assert len(ids) >= before, "a kill lost stored articles"
        before = len(ids)
        history.append(before)
    print(f"{killed} kills in {runs} runs; articles stored after each run: {history}")
    done = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr
    added, replaced, unchanged, skipped = _summary(done.stdout, db)
    assert (added + unchanged, replaced, skipped) == (MANY, 0, 0)
    with Store.open(db, read_only=True) as store:
        ids = _check_whole(store)
        origins = [r[0] for r in store.con.execute("SELECT origin FROM articles").fetchall()]
    assert len(ids) == MANY and sorted(origins) == sorted(
        f"{jsonl}:{n}" for n in range(1, MANY + 1))
