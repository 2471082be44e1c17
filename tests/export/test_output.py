"""Exports never destroy what is on disk: the store, an existing file, a half-written file."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import cli
from newsevents.errors import OutputError
from newsevents.export.output import check_output, safe_output
from newsevents.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    Store.open(db).close()
    return db


def test_export_onto_the_store_is_refused_and_the_store_survives(store: Path) -> None:
    before = store.read_bytes()
    result = CliRunner().invoke(cli, ["export", str(store), "--format", "jsonl", "--db",
                                      str(store), "--force"])
    assert result.exit_code == 1
    assert result.stderr == (f"newsevents: error: {store} is the store {store}; refusing to "
                             "overwrite it (write the export to another file)\n")
    assert store.read_bytes() == before
    with Store.open(store, read_only=True) as s:  # still a store
        assert list(s.analyses()) == []


def test_the_store_reached_by_another_spelling_is_refused(store: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(store.parent)
    with pytest.raises(OutputError, match="is the store"):
        check_output(f"./{store.name}", force=True, protect=[str(store)])
    link = store.parent / "link.duckdb"
    link.symlink_to(store)
    with pytest.raises(OutputError, match="is the store"):
        check_output(link, force=True, protect=[store])
    wal = store.parent / (store.name + ".wal")
    with pytest.raises(OutputError, match="is the store"):
        check_output(wal, force=True, protect=[store])


def test_an_existing_file_needs_force(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "old.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(cli, ["export", str(out), "--format", "jsonl", "--db", str(store)])
    assert refused.exit_code == 1
    assert refused.stderr == (f"newsevents: error: {out} already exists; use --force to "
                              "replace it\n")
    assert out.read_text(encoding="utf-8") == "keep me\n"
    forced = runner.invoke(cli, ["export", str(out), "--format", "jsonl", "--db", str(store),
                                 "--force"])
    assert forced.exit_code == 0, forced.stderr
    assert out.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize(("where", "message"), [
    ("missing/out.tsv", "the directory {d}/missing does not exist; create it first"),
    (".", "{d} is a directory; give a file name to write to"),
])
def test_bad_targets_are_one_line(store: Path, tmp_path: Path, where: str, message: str) -> None:
    out = tmp_path / where if where != "." else tmp_path
    result = CliRunner().invoke(cli, ["export", str(out), "--format", "gkg", "--db", str(store)])
    assert result.exit_code == 1
    assert result.stderr == "newsevents: error: " + message.format(d=tmp_path) + "\n"
    assert "Traceback" not in result.output


def test_a_failing_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(OutputError, match="No space left on device"), \
            safe_output(out, force=True) as fh:
        fh.write("new rows\n")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.tsv"]


def test_an_error_in_the_writer_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "new.tsv"
    with pytest.raises(ValueError, match="boom"), safe_output(out) as fh:
        fh.write("half")
        raise ValueError("boom")
    assert list(tmp_path.iterdir()) == []


def test_a_complete_write_replaces_atomically(tmp_path: Path) -> None:
    out = tmp_path / "new.tsv"
    with safe_output(out) as fh:
        fh.write("a\tb\n")
        assert not out.exists()  # nothing at the target until the end
    assert out.read_text(encoding="utf-8") == "a\tb\n"


def test_an_export_gets_an_ordinary_files_mode(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        out = tmp_path / "new.tsv"
        with safe_output(out) as fh:
            fh.write("x\n")
        assert out.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.tsv"
        kept.write_text("old\n", encoding="utf-8")
        kept.chmod(0o640)
        with safe_output(kept, force=True) as fh:
            fh.write("new\n")
        assert kept.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)
