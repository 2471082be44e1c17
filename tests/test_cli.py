"""The command line: output formats, ingest/stats, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsevents.cli import EXIT_SKIPPED, cli
from newsevents.errors import ConfigError
from newsevents.store import Store
from newsevents.store.queries import COLUMNS


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_analyze_prints_one_json_object_for_one_file(runner: CliRunner, samples: Path) -> None:
    result = runner.invoke(cli, ["analyze", str(samples / "02_protest.txt"),
                                 "--published", "2024-07-14"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2024-07-14"  # the flag wins over front matter
    assert data["article"]["dateline"] == "DAKAR"
    assert data["article"]["license"] == "CC-BY-SA-4.0"
    assert "Creative Commons" not in data["article"]["text"]
    text = data["article"]["text"]
    for e in data["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_analyze_jsonl_prints_one_line_per_article(runner: CliRunner, samples: Path) -> None:
    result = runner.invoke(cli, ["analyze", str(samples / "feeds"), "--format", "jsonl"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 5
    assert all(json.loads(line)["article"]["origin"].endswith(f":{i}")
               for i, line in enumerate(lines, start=1))


def test_analyze_table_names_the_entities(runner: CliRunner, samples: Path) -> None:
    result = runner.invoke(cli, ["analyze", str(samples / "07_election.txt"), "--format",
                                 "table"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Mozambique" in result.stdout and "PERSON" in result.stdout


def test_analyze_table_lists_the_events_with_their_names(runner: CliRunner,
                                                         samples: Path) -> None:
    import re

    result = runner.invoke(cli, ["analyze", str(samples / "01_diplomacy_visit.txt"),
                                 "--format", "table"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "events" in result.stdout
    # a CAMEO code with its name and PLOVER category, and a date with its precision
    assert re.search(r"\b04\d Consult", result.stdout) and "CONSULT" in result.stdout
    assert re.search(r"\d{4}-\d{2}-\d{2} \((day|month|year)\)", result.stdout)


def test_ingest_twice_leaves_the_same_rows_and_stats_summarises(
        runner: CliRunner, samples: Path, tmp_path: Path) -> None:
    from newsevents import Article, read

    n = sum(isinstance(a, Article) for a in read([samples]))
    db = str(tmp_path / "s.duckdb")
    first = runner.invoke(cli, ["ingest", str(samples), "--db", db], catch_exceptions=False)
    assert first.exit_code == 0, first.stderr
    assert f": {n} added, 0 replaced, 0 unchanged, 0 skipped" in first.stdout
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
    again = runner.invoke(cli, ["ingest", str(samples), "--db", db], catch_exceptions=False)
    assert f": 0 added, 0 replaced, {n} unchanged, 0 skipped" in again.stdout
    with Store.open(db, read_only=True) as store:
        assert store.counts() == counts
    assert counts["articles"] == n >= 15 and counts["entities"] > 100
    stats = runner.invoke(cli, ["stats", "--db", db], catch_exceptions=False)
    assert stats.exit_code == 0
    assert "Senegalese police fire" in stats.stdout
    assert f"{counts['articles']} articles, {counts['entities']} entities" in stats.stdout


def test_missing_model_is_one_line_that_says_what_to_install(runner: CliRunner,
                                                             samples: Path) -> None:
    result = runner.invoke(cli, ["--model", "xx_no_such_model", "analyze",
                                 str(samples / "02_protest.txt")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("newsevents: error: spaCy model 'xx_no_such_model' is not "
                                     "installed")
    assert "pip install" in result.stderr


def test_model_from_the_environment(runner: CliRunner, samples: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_MODEL", "xx_env_model")
    result = runner.invoke(cli, ["analyze", str(samples / "02_protest.txt")])
    assert result.exit_code == 1 and "'xx_env_model'" in result.stderr


def test_debug_shows_the_traceback(runner: CliRunner, samples: Path) -> None:
    result = runner.invoke(cli, ["--debug", "--model", "xx_nope", "analyze",
                                 str(samples / "02_protest.txt")])
    assert result.exit_code == 1 and result.exception is not None


def test_skipped_inputs_give_exit_code_3(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(cli, ["analyze", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == EXIT_SKIPPED == 3
    assert result.stderr == f"newsevents: skipped {tmp_path / 'empty.txt'}: empty: " \
                            "the input is empty\n"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory, samples: Path) -> str:
    db = str(tmp_path_factory.mktemp("store") / "samples.duckdb")
    result = CliRunner().invoke(cli, ["ingest", str(samples), "--db", db],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return db


@pytest.mark.parametrize(("fmt", "columns"), [("gkg", 27), ("gdelt-events", 61),
                                              ("gdelt-mentions", 16)])
def test_exports_of_the_samples_parse_back(runner: CliRunner, sample_store: str, tmp_path: Path,
                                           fmt: str, columns: int) -> None:
    import csv

    out = tmp_path / f"out.{fmt}.tsv"
    result = runner.invoke(cli, ["export", str(out), "--format", fmt, "--db", sample_store],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows, f"no {fmt} rows for the samples"
    assert {len(r) for r in rows} == {columns}
    assert f"{len(rows)} rows ({fmt})" in result.stderr


def test_events_dyad_and_quotes_commands(runner: CliRunner, sample_store: str) -> None:
    events = runner.invoke(cli, ["events", "--db", sample_store, "--dyad", "TUR,GEO",
                                 "--format", "jsonl"], catch_exceptions=False)
    assert events.exit_code == 0, events.stderr
    rows = [json.loads(x) for x in events.stdout.splitlines()]
    assert rows and all({r["source_code"][:3], r["target_code"][:3]} == {"TUR", "GEO"}
                        for r in rows)
    # the table names each CAMEO code beside it ("040 Consult, not specified below")
    from newsevents.knowledge.events import cameo_names

    assert all(r["code_name"] == cameo_names()[r["code"]] for r in rows)
    table = runner.invoke(cli, ["events", "--db", sample_store, "--dyad", "TUR,GEO"],
                          catch_exceptions=False)
    first = cameo_names()[rows[0]["code"]].split(",")[0].split()[0]
    assert first in table.stdout
    dyad = runner.invoke(cli, ["dyad", "TUR", "GEO", "--db", sample_store, "--by", "month",
                               "--format", "jsonl"], catch_exceptions=False)
    periods = [json.loads(x) for x in dyad.stdout.splitlines()]
    assert periods and sum(p["total"] for p in periods) >= 1
    assert all(p["period"].startswith("2024-") for p in periods)
    quotes = runner.invoke(cli, ["quotes", "--db", sample_store, "--actor", "TUR",
                                 "--format", "jsonl"], catch_exceptions=False)
    assert quotes.exit_code == 0
    assert all(json.loads(x)["actor_code"].startswith("TUR") for x in quotes.stdout.split("\n")
               if x)
    bad = runner.invoke(cli, ["events", "--db", sample_store, "--dyad", "TUR"])
    assert bad.exit_code == 1 and bad.stderr.startswith("newsevents: error: --dyad takes two")


def test_ingest_says_how_far_along_it_is(runner: CliRunner, samples: Path,
                                         tmp_path: Path) -> None:
    import gzip

    from newsevents import read
    from newsevents.sources import count_inputs

    n = sum(1 for _ in read([samples]))
    assert count_inputs([samples]) == n
    result = runner.invoke(cli, ["ingest", str(samples), "--db", str(tmp_path / "s.duckdb"),
                                 "--batch-size", "8"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert f"committed batch 1: 8 inputs of {n} ({100 * 8 // n}%, about " in result.stderr
    # inputs that cannot be counted cheaply: no total, no estimate
    (tmp_path / "more.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n'))
    assert count_inputs([samples, tmp_path / "more.jsonl.gz"]) is None


def test_an_empty_directory_says_what_ingest_reads(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK")
    result = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db",
                                 str(tmp_path / "s.duckdb")], catch_exceptions=False)
    assert result.exit_code == 0
    assert "no inputs found" in result.stderr and ".jsonl" in result.stderr


def test_the_readme_store_example_runs_as_written(sample_store: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    block = next(b.split("```", 1)[0] for b in readme.split("```python\n")[1:]
                 if "store.events(" in b)
    shutil.copy(sample_store, tmp_path / "newsevents.duckdb")
    monkeypatch.chdir(tmp_path)
    scope: dict[str, Any] = {}
    exec(compile(block, "README.md", "exec"), scope)  # our own README
    frame, quotes, places = scope["frame"], scope["quotes"], scope["places"]
    assert len(frame) > 0 and set(frame["source_code"].str[:3]) | set(
        frame["target_code"].dropna().str[:3]) >= {"TUR"}
    assert list(frame["goldstein"]) == sorted(frame["goldstein"], reverse=True)
    assert frame["code_name"].notna().all()
    assert sum(n for _, n in scope["by_month"]) == len(frame)
    assert len(quotes) > 0 and all(c.startswith("TUR") or k == "TUR" for c, k in
                                   zip(quotes["actor_code"], quotes["country"], strict=True))
    assert len(places) > 0 and set(places["country"]) == {"GEO"}


def test_store_relations_give_what_the_paged_queries_give(sample_store: str) -> None:
    from newsevents import Store
    from newsevents.store.queries import count_events, query_events
    from newsevents.store.quotes import COLUMNS as QUOTE_COLUMNS
    from newsevents.store.quotes import query_quotes

    with Store.open(sample_store, read_only=True) as store:
        for filters in ({}, {"actor": "GEO", "include_negated": True}, {"text": "tbilisi"},
                        {"quad_class": 1, "sort": "code"}):
            args = {k: v for k, v in filters.items() if k != "sort"}
            rows = store.events(sort=filters.get("sort"), **args).fetchall()
            paged = query_events(store.con, limit=10_000, sort=filters.get("sort"), **args)
            assert len(rows) == count_events(store.con, **args) == len(paged) > 0
            assert [dict(zip(COLUMNS, r, strict=True))["id"] for r in rows] == [
                p["id"] for p in paged]
            assert [r[-2] for r in rows] == [p["code_name"] for p in paged]
        quotes = store.quotes(actor="TUR").fetchall()
        assert [dict(zip(QUOTE_COLUMNS, q, strict=True))["id"] for q in quotes] == [
            q["id"] for q in query_quotes(store.con, actor="TUR", limit=10_000)]
        with pytest.raises(ConfigError, match="no table 'secrets'"):
            store.table("secrets")


def test_a_gdelt_user_analyses_the_exports_with_pandas(runner: CliRunner, sample_store: str,
                                                       tmp_path: Path) -> None:
    """The usual first steps of a GDELT analysis, by BigQuery column names, as written."""
    import csv

    import pandas as pd

    files = {}
    for fmt in ("gdelt-events", "gdelt-mentions", "gkg"):
        files[fmt] = tmp_path / f"{fmt}.tsv"
        result = runner.invoke(cli, ["export", str(files[fmt]), "--db", sample_store,
                                     "--format", fmt, "--header"], catch_exceptions=False)
        assert result.exit_code == 0, result.stderr

    def read(fmt: str) -> pd.DataFrame:
        return pd.read_csv(files[fmt], sep="\t", dtype=str, keep_default_na=False,
                           quoting=csv.QUOTE_NONE)

    events = read("gdelt-events")
    events["day"] = pd.to_datetime(events["SQLDATE"], format="%Y%m%d")
    assert events["day"].dt.year.between(2000, 2030).all()
    events["QuadClass"] = events["QuadClass"].astype(int)
    events["GoldsteinScale"] = events["GoldsteinScale"].astype(float)
    conflict = events[events["QuadClass"] == 4]
    assert 0 < len(conflict) < len(events)
    assert (conflict["GoldsteinScale"] < 0).all()
    pairs = (events[(events["Actor1CountryCode"] != "") & (events["Actor2CountryCode"] != "")]
             .groupby(["Actor1CountryCode", "Actor2CountryCode"]).size())
    assert {("TUR", "GEO"), ("GEO", "TUR")} & set(pairs.index)
    # the ids are integers below 2**53 and join the mentions
    ids = events["GLOBALEVENTID"].astype("int64")
    assert ids.is_unique and int(ids.max()) < 2**53
    mentions = read("gdelt-mentions")
    joined = mentions.merge(events, on="GLOBALEVENTID", how="left", validate="many_to_one")
    assert len(joined) == len(mentions) > 0 and joined["SQLDATE"].notna().all()
    assert set(mentions["GLOBALEVENTID"]) == set(events["GLOBALEVENTID"])
    gkg = read("gkg")
    assert pd.to_datetime(gkg["DATE"], format="%Y%m%d%H%M%S").notna().all()
    tone = gkg["V2Tone"].str.split(",").str[0].astype(float)
    assert tone.between(-100, 100).all() and len(gkg) > 0


def test_dateadded_is_when_the_store_added_the_article(runner: CliRunner, sample_store: str,
                                                       tmp_path: Path) -> None:
    with Store.open(sample_store, read_only=True) as store:
        stamps = {t.strftime("%Y%m%d%H%M%S") for t in store.added_times().values()}
    assert stamps
    for fmt, column in (("gdelt-events", "DATEADDED"), ("gdelt-mentions", "MentionTimeDate")):
        out = tmp_path / f"{fmt}.tsv"
        result = runner.invoke(cli, ["export", str(out), "--db", sample_store, "--format", fmt,
                                     "--header"], catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
        lines = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
        at = lines[0].index(column)
        assert len(lines) > 1 and {row[at] for row in lines[1:]} <= stamps
