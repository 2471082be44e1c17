"""Readers that cannot hang, overflow or lose the good inputs beside a bad one."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import cli
from newsevents.records import Article, Skipped
from newsevents.sources import from_jsonl_lines, read
from newsevents.store import Store

GOOD = ("The finance minister of Kenya announced new taxes on Monday in Nairobi, and "
        "opposition leaders said they would challenge the budget in court next week.")


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # no writer ever opens the FIFO: opening it to read would block forever
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.extend(read([fifo])), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert len(result) == 1 and isinstance(result[0], Skipped)
    assert result[0].reason == "unsupported" and "FIFO" in result[0].detail


def test_a_device_is_refused(tmp_path: Path) -> None:
    items = list(read([Path("/dev/zero")]))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert "device" in items[0].detail


@pytest.mark.parametrize(("line", "detail"), [
    ('{"text": ' + "1" * 5000 + "}", "invalid JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
])
def test_jsonl_lines_that_break_the_parser_are_skipped_alone(line: str, detail: str) -> None:
    lines = [json_line(GOOD), line, json_line(GOOD + " Again.")]
    items = list(from_jsonl_lines(lines, origin="x.jsonl"))
    assert isinstance(items[0], Article) and isinstance(items[2], Article)
    assert isinstance(items[1], Skipped) and items[1].reason == "malformed"
    assert detail in items[1].detail and items[1].origin == "x.jsonl:2"


def json_line(text: str) -> str:
    import json

    return json.dumps({"text": text})


def test_a_lone_surrogate_is_replaced_and_the_article_kept(tmp_path: Path) -> None:
    line = '{"text": "' + GOOD + ' \\ud800 end.", "title": "T\\udfff"}'
    items = list(from_jsonl_lines([line], origin="x.jsonl"))
    assert isinstance(items[0], Article)
    assert "\ufffd" in items[0].text and items[0].text.encode("utf-8")
    db = tmp_path / "s.duckdb"
    src = tmp_path / "in.jsonl"
    src.write_text(line + "\n" + json_line(GOOD + " Second.") + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 2


def test_a_file_name_that_is_not_utf8_is_read_and_named_with_escapes(tmp_path: Path) -> None:
    name = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.txt"))
    name.write_bytes(GOOD.encode("utf-8"))
    (tmp_path / "plain.txt").write_text(GOOD + " Other.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store.open(db, read_only=True) as store:
        origins = {r[0] for r in store.con.execute("SELECT origin FROM articles").fetchall()}
    assert any(o.endswith("caf\\xe9.txt") for o in origins), origins
    assert len(origins) == 2


def test_an_unreadable_directory_is_recorded_as_skipped_with_a_fake_walk(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # staged so that it holds for root too: os.walk reports a directory it cannot list
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, **kw):  # type: ignore[no-untyped-def]
        if onerror is not None:
            onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(os, "walk", walk)
    items = list(read([tmp_path]))
    assert any(isinstance(i, Article) for i in items)
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(skipped) == 1 and skipped[0].origin.endswith("locked")


def test_string_authors_with_a_lone_surrogate_are_cleaned(tmp_path: Path) -> None:
    line = '{"text": "' + GOOD + '", "authors": "Jane \\ud800 Doe"}'
    items = list(from_jsonl_lines([line], origin="x.jsonl"))
    assert isinstance(items[0], Article)
    assert all(a.encode("utf-8") for a in items[0].authors)


def test_a_line_longer_than_the_limit_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    from newsevents import Options

    src = tmp_path / "big.jsonl"
    with src.open("wb") as fh:
        fh.write(b'{"text": "' + b"x" * 50_000 + b'"}\n')
        fh.write((json_line(GOOD) + "\n").encode("utf-8"))
    items = list(read([src], Options(max_bytes=10_000)))
    assert isinstance(items[0], Skipped) and items[0].reason == "too_large"
    assert isinstance(items[1], Article)
