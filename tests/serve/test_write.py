"""POST /api/articles: off without a token; with it, a posted article shows up in queries."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from newsevents import Pipeline, Store
from newsevents.serve import create_app

from .conftest import TestClient

pytestmark = pytest.mark.model

TOKEN = "correct horse battery staple"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

ARTICLE = {
    "title": "Azerbaijani foreign minister visits Tehran",
    "url": "https://example.invalid/posted",
    "published": "2022-02-10",
    "text": ("TEHRAN — Azerbaijan's Foreign Minister Jeyhun Bayramov met Iranian President "
             "Ebrahim Raisi in Tehran on Wednesday. \"Our countries are bound by history "
             "and friendship,\" Raisi told his guest. Bayramov praised Iran's support for "
             "regional trade routes."),
}


@pytest.fixture
def db(api_db: str, tmp_path: Path) -> str:
    copy = tmp_path / "write.duckdb"
    shutil.copy(api_db, copy)
    return str(copy)


def test_the_pipeline_is_not_loaded_at_startup(db: str) -> None:
    app = create_app(db, token=TOKEN)
    assert app.state.service.pipeline is None
    client = TestClient(app, base_url="http://localhost")
    assert client.get("/api/stats").json()["writable"] is True
    assert client.post("/api/articles", json=ARTICLE).status_code == 401
    assert app.state.service.pipeline is None  # refused before anything is loaded


def test_a_posted_article_is_analysed_stored_and_queryable(db: str,
                                                           pipeline: Pipeline) -> None:
    client = TestClient(create_app(db, token=TOKEN, pipeline=pipeline),
                        base_url="http://localhost")
    events_before = client.get("/api/events").json()["total"]
    quotes_before = client.get("/api/quotes").json()["total"]

    response = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert response.status_code == 201, response.text
    record: dict[str, Any] = response.json()
    aid = record["article"]["id"]
    assert response.headers["location"] == f"/api/articles/{aid}"
    assert record["article"]["title"] == ARTICLE["title"]
    assert record["article"]["published"] == "2022-02-10"
    assert record["article"]["dateline"] == "TEHRAN"
    assert {"Jeyhun Bayramov", "Ebrahim Raisi"} <= {e["name"] for e in record["entities"]}

    assert client.get(f"/api/articles/{aid}").json() == record
    found = client.get("/api/articles", params={"q": "bound by history"}).json()
    assert [a["id"] for a in found["items"]] == [aid]
    assert client.get("/api/articles").json()["total"] == 4
    new_events = [v for v in record["events"] if not v["negated"]]
    assert client.get("/api/events").json()["total"] == events_before + len(new_events)
    mine = client.get("/api/events", params={"since": "2022-02-01", "limit": 500}).json()
    assert {r["id"] for r in mine["items"] if r["article_id"] == aid} == {
        v["id"] for v in new_events if v["date"] and v["date"] >= "2022-02-01"}
    assert client.get("/api/quotes").json()["total"] == quotes_before + len(record["quotes"])
    said = client.get("/api/quotes", params={"q": "bound by history"}).json()["items"]
    assert [q["speaker_name"] for q in said] == ["Ebrahim Raisi"]

    again = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert again.status_code == 200 and again.json() == record  # stored once
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 4


def test_reads_go_on_around_writes(db: str, pipeline: Pipeline) -> None:
    client = TestClient(create_app(db, token=TOKEN, pipeline=pipeline),
                        base_url="http://localhost")
    failures: list[str] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            response = client.get("/api/events", params={"limit": 5})
            if response.status_code != 200:
                failures.append(response.text)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    try:
        for n in range(3):
            body = {**ARTICLE, "text": ARTICLE["text"] + f" They met {n + 2} times."}
            assert client.post("/api/articles", json=body, headers=AUTH).status_code == 201
    finally:
        stop.set()
        for t in readers:
            t.join(10)
    assert failures == []
    assert client.get("/api/articles").json()["total"] == 6


def test_text_that_is_not_english_is_422_and_not_stored(db: str, pipeline: Pipeline) -> None:
    client = TestClient(create_app(db, token=TOKEN, pipeline=pipeline),
                        base_url="http://localhost")
    german = {"text": "Der Außenminister traf gestern in Berlin seinen Amtskollegen aus "
                      "Frankreich, um über die Lage in der Region zu sprechen. Beide Seiten "
                      "vereinbarten, die Zusammenarbeit in der Energiepolitik und beim "
                      "Grenzschutz zu vertiefen. Die Gespräche seien offen und konstruktiv "
                      "gewesen, hieß es aus dem Ministerium."}
    response = client.post("/api/articles", json=german, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "skipped"
    assert "not_english" in response.json()["error"]["message"]
    assert client.get("/api/articles").json()["total"] == 3


def test_a_server_with_a_token_may_start_on_a_new_store(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    client = TestClient(create_app(str(db), token=TOKEN), base_url="http://localhost")
    assert db.exists()
    assert client.get("/api/stats").json()["counts"]["articles"] == 0
    assert client.get("/api/articles").json() == {"items": [], "total": 0, "limit": 50,
                                                  "offset": 0}


def test_a_write_refreshes_the_places_summary(db: str, pipeline: Pipeline) -> None:
    client = TestClient(create_app(db, token=TOKEN, pipeline=pipeline),
                        base_url="http://localhost")
    before = {p["name"]: p for p in client.get("/api/places").json()["items"]}
    assert "Tehran" not in before
    assert client.post("/api/articles", json=ARTICLE, headers=AUTH).status_code == 201
    after = {p["name"]: p for p in client.get("/api/places").json()["items"]}
    assert after["Tehran"]["articles"] == 1
    assert client.get("/api/places", params={"since": "2022-02-01"}).json()["total"] == len(after)
