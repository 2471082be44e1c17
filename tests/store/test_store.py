"""The DuckDB store: idempotent, atomic, replaceable by a newer pipeline."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from newsevents import Analysis, Article, Pipeline, Skipped, Store, StoreError, from_text
from newsevents.records import PipelineInfo

TEXTS = [
    "Kenyan police arrested 40 protesters in Nairobi on Tuesday, the interior ministry said.",
    "Russian forces shelled the Ukrainian city of Kharkiv overnight, regional officials said.",
    "The European Union imposed sanctions on three Iranian drone makers on Monday.",
]


@pytest.fixture(scope="module")
def analyses(pipeline: Pipeline) -> list[Analysis]:
    out = []
    for i, text in enumerate(TEXTS):
        art = from_text(text, origin=f"a{i}.txt", published=f"2024-05-0{i + 1}")
        assert isinstance(art, Article)
        result = pipeline.analyze(art)
        assert isinstance(result, Analysis)
        out.append(result)
    return out


def test_writing_twice_changes_nothing(tmp_path: Path, analyses: list[Analysis]) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        first = store.write(analyses)
        counts = store.counts()
        second = store.write(analyses)
        assert (first.added, second.added, second.unchanged) == (3, 0, 3)
        assert store.counts() == counts
        assert counts["articles"] == 3
        assert counts["mentions"] == sum(len(e.mentions) for a in analyses for e in a.entities)


def test_stored_record_is_the_analysed_record(tmp_path: Path, analyses: list[Analysis]) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write(analyses)
        for a in analyses:
            assert store.analysis(a.article.id) == a
        assert store.analysis("no-such-id") is None
        published = store.con.execute("SELECT published FROM articles ORDER BY published")
        assert [str(r[0]) for r in published.fetchall()] == ["2024-05-01", "2024-05-02",
                                                            "2024-05-03"]


def test_a_newer_pipeline_replaces_all_rows_of_an_article(
        tmp_path: Path, analyses: list[Analysis]) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write(analyses)
        old = analyses[0]
        newer = dataclasses.replace(
            old, entities=old.entities[:1],
            pipeline=PipelineInfo(version="9.9.9", model=old.pipeline.model,
                                  stages=old.pipeline.stages))
        result = store.write([newer])
        assert (result.added, result.replaced) == (0, 1)
        assert store.analysis(old.article.id) == newer
        n = store.con.execute("SELECT count(*) FROM entities WHERE article_id = ?",
                              [old.article.id]).fetchone()
        assert n == (1,)
        assert store.counts()["articles"] == 3


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path, analyses: list[Analysis]) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write(analyses[:1])
        # Make the mentions insert fail, after articles and entities went in.
        store.con.execute("DROP TABLE mentions")
        store.con.execute("CREATE TABLE mentions (article_id VARCHAR, entity_id VARCHAR, "
                          'start INTEGER CHECK (start < 0), "end" INTEGER, text VARCHAR)')
        before = store.counts()
        with pytest.raises(StoreError, match="writing to"):
            store.write(analyses[1:])
        assert store.counts() == before


def test_skipped_inputs_are_recorded_and_cleared_when_they_succeed(
        tmp_path: Path, analyses: list[Analysis]) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([], [Skipped("a0.txt", "failed", "stage crashed"),
                         Skipped("b.txt", "empty", "the input is empty")])
        assert [s.origin for s in store.skipped()] == ["a0.txt", "b.txt"]
        store.write(analyses[:1])  # a0.txt now analysed fine
        assert [s.origin for s in store.skipped()] == ["b.txt"]


def test_opening_problems_are_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no store at .*run `newsevents ingest`"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)
    junk = tmp_path / "junk.duckdb"
    junk.write_text("this is not a database\n" * 100)
    with pytest.raises(StoreError, match="not a newsevents store"):
        Store.open(junk)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="no schema"):
        Store.open(other, read_only=True)


def test_a_store_from_a_newer_newsevents_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store.open(path)


def test_a_store_written_before_event_mentions_gets_its_events_mentions(
        tmp_path: Path, analyses: list[Analysis]) -> None:
    db = tmp_path / "old.duckdb"
    with Store.open(db) as store:
        store.write(analyses)
        events = store.con.execute("SELECT count(*) FROM events").fetchone()
        assert events is not None and events[0] > 0
        # as a store of the first version was: no rows in event_mentions
        store.con.execute("DELETE FROM event_mentions")
    with Store.open(db) as store:
        rows = store.con.execute(
            'SELECT e.id, m.n, m.start, m."end", m.text, e.trigger FROM events e '
            "JOIN event_mentions m ON m.article_id = e.article_id AND m.event_id = e.id"
        ).fetchall()
        assert len(rows) == events[0]
        assert all(n == 0 and text == trigger for _id, n, _s, _e, text, trigger in rows)
    with Store.open(db) as store:  # and nothing twice on the next open
        again = store.con.execute("SELECT count(*) FROM event_mentions").fetchone()
        assert again is not None and again[0] == events[0]


def test_the_connection_is_free_for_the_users_own_queries(tmp_path: Path) -> None:
    """DuckDB 2 refuses ``con.sql`` while a result is left unread on the connection:
    whatever the store read before, the user's query runs."""
    db = tmp_path / "s.duckdb"
    Store.open(db).close()
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 0 and store.analysis("none") is None
        assert store.con.sql("SELECT count(*) FROM articles").fetchall() == [(0,)]
