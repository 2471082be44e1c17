"""Dates known to the week, month or year are never put on a day in timelines or exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb

from newsevents import Store
from newsevents.export.gdelt import EVENT_COLUMNS, write_gdelt_events
from newsevents.records import (
    Actor,
    Analysis,
    Article,
    Cameo,
    Entity,
    Event,
    EventEvidence,
    PipelineInfo,
    Plover,
    Span,
)
from newsevents.store.queries import dyad_timeline

INFO = PipelineInfo(version="test", model="none", stages=["events"])


def _analysis() -> Analysis:
    text = "Iran met Azerbaijan. Iran attacked Azerbaijan." + " padding" * 30
    ents = [Entity("e1", "Iran", "GPE", [Span(0, 4, "Iran")], Actor("IRN", "IRN", [])),
            Entity("e2", "Azerbaijan", "GPE", [Span(9, 19, "Azerbaijan")], Actor("AZE", "AZE", []))]

    def ev(eid: str, code: str, quad: int, date: str, precision: str, at: int) -> Event:
        return Event(id=eid, source="e1", target="e2",
                     cameo=Cameo(code, code[:2], quad, 1.0, code[:3]), plover=Plover("X"),
                     date=date, date_from="text", date_precision=precision,
                     evidence=EventEvidence(0, at, at + 3, text[at:at + 3]))

    return Analysis(article=Article(id="a1", text=text, published="2021-12-18", origin="a1"),
                    pipeline=INFO, entities=ents,
                    events=[ev("v1", "040", 1, "2021-12-17", "day", 5),
                            ev("v2", "190", 4, "2021-01-01", "year", 26),
                            ev("v3", "042", 1, "2021-11-01", "month", 5)])


def test_timelines_count_an_event_only_at_its_own_precision(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([_analysis()])
        weekly = dyad_timeline(store.con, "IRN", "AZE", by="week")
        monthly = dyad_timeline(store.con, "IRN", "AZE", by="month")
    # the year-precision attack is on no week and no month; the month one on its month only
    assert [(r["period"], r["total"]) for r in weekly] == [("2021-12-13", 1)]
    assert [(r["period"], r["total"]) for r in monthly] == [("2021-11-01", 1), ("2021-12-01", 1)]


def test_a_week_counts_by_week_and_month_never_by_day(tmp_path: Path) -> None:
    a = _analysis()
    week = a.events[0]
    a.events = [Event(id="v4", source="e1", target="e2", cameo=week.cameo, plover=week.plover,
                      date="2021-12-06", date_from="text", date_precision="week",
                      evidence=week.evidence)]  # "last week", read on 2021-12-18
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([a])
        daily = dyad_timeline(store.con, "IRN", "AZE", by="day")
        weekly = dyad_timeline(store.con, "IRN", "AZE", by="week")
        monthly = dyad_timeline(store.con, "IRN", "AZE", by="month")
    assert daily == []
    assert [(r["period"], r["total"]) for r in weekly] == [("2021-12-06", 1)]
    assert [(r["period"], r["total"]) for r in monthly] == [("2021-12-01", 1)]
    out = io.StringIO()
    write_gdelt_events([a], out)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [r[EVENT_COLUMNS.index("Day")] for r in rows] == ["20211218"]  # not its Monday


def test_gdelt_sqldate_is_never_a_silent_first_of_january() -> None:
    out = io.StringIO()
    write_gdelt_events([_analysis()], out)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    day = EVENT_COLUMNS.index("Day")  # SQLDATE in the BigQuery spelling
    dates = sorted(r[day] for r in rows)
    # the day-precision meeting keeps its day; the month and year ones take publication
    assert dates == ["20211217", "20211218", "20211218"]


def _older_store(tmp_path: Path, *columns: str) -> Path:
    """A store written as an older version would have it: without ``columns``."""
    db = tmp_path / "old.duckdb"
    with Store.open(db) as store:
        store.write([_analysis()])
    con = duckdb.connect(str(db))
    for column in columns:
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    con.close()
    return db


def test_an_older_store_gets_the_column(tmp_path: Path) -> None:
    db = _older_store(tmp_path, "date_precision")
    with Store.open(db) as store:  # opened for writing: migrated
        cols = {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
        assert "date_precision" in cols
        assert dyad_timeline(store.con, "IRN", "AZE", by="week")  # NULL reads as a day


def test_background_history_is_out_of_timelines_unless_asked(tmp_path: Path) -> None:
    a = _analysis()
    a.events[0].background = True  # the day-precision meeting, say, recalled from the past
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([a])
        assert dyad_timeline(store.con, "IRN", "AZE", by="week") == []
        assert [r["total"] for r in dyad_timeline(store.con, "IRN", "AZE", by="week",
                                                   background=True)] == [1]


def test_an_older_store_opened_read_only_still_answers(tmp_path: Path) -> None:
    db = _older_store(tmp_path, "date_precision", "background")
    with Store.open(db, read_only=True) as store:
        assert dyad_timeline(store.con, "IRN", "AZE", by="week")



def test_an_events_sentence_is_kept_when_written_and_found_for_an_older_store(
        tmp_path: Path) -> None:
    from newsevents.store.queries import query_events

    def contexts(store: Store) -> list[tuple[str, int | None, str]]:
        rows = store.con.execute("SELECT id, context_start FROM events ORDER BY id").fetchall()
        kept = store.con.execute("SELECT context FROM events WHERE id = 'v2'").fetchone()
        assert kept == ("Iran attacked Azerbaijan.",)
        by_id = {r["id"]: r["context"] for r in query_events(store.con, text="attacked")}
        return [(i, start, by_id.get(i, "")) for i, start in rows]

    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([_analysis()])
        written = contexts(store)
    # the attack's sentence is kept as bounds; the search finds it by its words
    assert written == [("v1", 0, ""), ("v2", 21, "Iran attacked Azerbaijan."), ("v3", 0, "")]
    db = _older_store(tmp_path, "context_start", "context_end", "context")
    with Store.open(db, read_only=True) as store:  # not migrated: found anew
        assert [r["context"] for r in query_events(store.con, text="attacked")] == [
            "Iran attacked Azerbaijan."]
    with Store.open(db) as store:  # migrated: computed once
        assert contexts(store) == written


def test_a_week_is_in_the_month_of_its_thursday(tmp_path: Path) -> None:
    # "earlier this week" read on Thursday 2024-02-01: Monday 29 January, but February's
    a = _analysis()
    week = a.events[0]
    a.events = [Event(id="v5", source="e1", target="e2", cameo=week.cameo, plover=week.plover,
                      date="2024-01-29", date_from="text", date_precision="week",
                      evidence=week.evidence)]
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([a])
        monthly = dyad_timeline(store.con, "IRN", "AZE", by="month")
        weekly = dyad_timeline(store.con, "IRN", "AZE", by="week")
    assert [(r["period"], r["total"]) for r in monthly] == [("2024-02-01", 1)]
    assert [(r["period"], r["total"]) for r in weekly] == [("2024-01-29", 1)]


def test_gkg_dates_a_week_by_its_thursdays_month() -> None:
    from newsevents.export.gkg import _dates
    from newsevents.records import TimeExpression
    a = _analysis()
    a.dates = [TimeExpression(text="earlier this week", start=0, end=17, date="2024-01-29")]
    assert _dates(a) == "2#2#0#2024#0"  # month resolution, February
