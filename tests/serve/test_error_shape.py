"""Every error, from every endpoint, in one JSON shape.

The endpoints are read from the app's own OpenAPI document, so a new
endpoint is held to the shape without anyone adding it here.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from newsevents.errors import StoreError
from newsevents.serve import create_app
from newsevents.serve.access import StoreAccess

from .conftest import TestClient


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> str:
    """Check the shape; return the message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"]
    error = body["error"]
    assert set(error) == {"status", "code", "message"}
    assert error["status"] == status
    assert isinstance(error["code"], str) and error["code"]
    if code is not None:
        assert error["code"] == code
    assert isinstance(error["message"], str) and len(error["message"]) > 10
    return str(error["message"])


def operations(client: TestClient) -> list[tuple[str, str, dict[str, Any]]]:
    doc = client.get("/openapi.json").json()
    return [(path, method, op) for path, item in doc["paths"].items()
            for method, op in item.items()]


def _url(path: str) -> str:
    return (path.replace("{article_id}", "hand-1").replace("{a}", "IRN")
            .replace("{b}", "AZE"))


def test_every_operation_answers_wrong_methods_in_the_shape(client: TestClient) -> None:
    ops = operations(client)
    assert len(ops) >= 12
    for path, _, _ in ops:
        message = assert_error(client.request("PUT", _url(path)), 405, "method_not_allowed")
        assert "PUT is not allowed" in message


def test_every_integer_parameter_refuses_words_and_big_numbers(client: TestClient) -> None:
    checked = 0
    for path, method, op in operations(client):
        for param in op.get("parameters", []):
            schema = param.get("schema", {})
            if param["in"] != "query" or schema.get("type") != "integer":
                continue
            for bad in ("x", "1e3", "99999999999999999999999"):
                response = client.request(method, _url(path), params={param["name"]: bad})
                message = assert_error(response, 400, "bad_request")
                assert repr(param["name"]) in message
            if "maximum" in schema:
                response = client.request(method, _url(path),
                                          params={param["name"]: schema["maximum"] + 1})
                assert_error(response, 400, "bad_request")
            checked += 1
    assert checked >= 15


@pytest.mark.parametrize("url", ["/api/events", "/api/events.csv"])
@pytest.mark.parametrize(("params", "words"), [
    ({"limit": "501"}, "less than or equal to 500"),
    ({"limit": "0"}, "greater than or equal to 1"),
    ({"offset": "-1"}, "greater than or equal to 0"),
    ({"quad_class": "5"}, "quad_class"),
    ({"since": "2022-13-01"}, "since must be a date"),
    ({"until": "yesterday"}, "until must be a date"),
    ({"since": "2022-02-01", "until": "2022-01-01"}, "is after until"),
    ({"code": "abc"}, "CAMEO code is 2 to 4 digits"),
    ({"root": "4"}, "'root'"),
    ({"dyad": "IRN"}, "two actor codes"),
    ({"dyad": "IRN,AZE,ISR"}, "two actor codes"),
    ({"modality": "maybe"}, "'modality'"),
    ({"negated": "perhaps"}, "'negated'"),
    ({"goldstein_min": "-11"}, "greater than or equal to -10"),
    ({"goldstein_min": "5", "goldstein_max": "1"}, "is above goldstein_max"),
    ({"sort": "title"}, "'sort'"),
])
def test_bad_event_filters_are_400(client: TestClient, url: str, params: dict[str, str],
                                   words: str) -> None:
    if url.endswith(".csv") and params.get("limit") == "501":
        params = {"limit": "1000000001"}  # a download has no page size; only a sane bound
        words = "less than or equal to 1000000000"
    assert words in assert_error(client.get(url, params=params), 400, "bad_request")


@pytest.mark.parametrize(("url", "words"), [
    ("/api/articles/no-such-article", "no article 'no-such-article'"),
    ("/api/nothing", "nothing at /api/nothing"),
    ("/nothing/here", "nothing at /nothing/here"),
    ("/static/no-such-file.js", "nothing at /static/no-such-file.js"),
])
def test_unknown_things_are_404(client: TestClient, url: str, words: str) -> None:
    assert words in assert_error(client.get(url), 404, "not_found")


@pytest.mark.parametrize(("url", "params", "words"), [
    ("/api/articles", {"limit": "1000"}, "'limit'"),
    ("/api/quotes", {"limit": "-3"}, "'limit'"),
    ("/api/actors", {"offset": "x"}, "'offset'"),
    ("/api/places", {"min_events": "-1"}, "'min_events'"),
    ("/api/network", {"level": "galaxy"}, "'level'"),
    ("/api/network.graphml", {"since": "never"}, "since must be a date"),
    ("/api/dyads/IRN/AZE/timeline", {"by": "year"}, "'by'"),
    ("/api/dyads/IRN/AZE/timeline", {"since": "2022-01-01", "until": "2021-01-01"},
     "is after until"),
    ("/api/dyads/IRN/AZE/timeline", {"by": "day", "fill": "true", "since": "1900-01-01"},
     "more than 5000"),
    ("/api/dyads/IRN/AZE/timeline", {"by": "month", "fill": "true", "since": "1900-01-01",
                                     "until": "2000-01-01"}, "more than 50 years"),
    ("/api/dyads/%20/AZE/timeline", {}, "two actor codes"),
    ("/api/articles", {"q": "x" * 1001}, "at most 1000 characters"),
])
def test_bad_parameters_are_400(client: TestClient, url: str, params: dict[str, str],
                                words: str) -> None:
    assert words in assert_error(client.get(url, params=params), 400, "bad_request")


def test_writes_are_refused_without_a_token(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": "Iran and Azerbaijan met."})
    assert "read-only" in assert_error(response, 403, "forbidden")


@pytest.fixture(scope="module")
def guarded(api_db: str) -> TestClient:
    return TestClient(create_app(api_db, token="s3cret", max_body=1000), base_url="http://localhost")


def test_writes_need_the_right_token(guarded: TestClient) -> None:
    body = {"text": "Iran and Azerbaijan met."}
    missing = guarded.post("/api/articles", json=body)
    assert "Authorization: Bearer" in assert_error(missing, 401, "unauthorized")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    for header in ("Bearer wrong", "Basic czNjcmV0", "Bearer s3cret-and-more", "Bearer"):
        response = guarded.post("/api/articles", json=body, headers={"Authorization": header})
        assert_error(response, 401, "unauthorized")


AUTH = {"Authorization": "Bearer s3cret"}


def test_bodies_over_the_limit_are_413(guarded: TestClient) -> None:
    big = {"text": "word " * 400}
    message = assert_error(guarded.post("/api/articles", json=big, headers=AUTH), 413,
                           "payload_too_large")
    assert "at most 1000" in message
    chunks = iter([b'{"text": "' + b"a" * 600, b"b" * 600 + b'"}'])  # no Content-Length
    assert_error(guarded.post("/api/articles", content=chunks, headers=AUTH), 413)


@pytest.mark.parametrize(("content", "words"), [
    (b"not json", "Invalid JSON"),
    (b'{"title": "no text"}', "body field 'text': Field required"),
    (b'{"text": "   "}', "the text is empty"),
    (b'{"text": "Fine.", "published": "someday"}', "body field 'published'"),
    (b'{"text": "Fine.", "colour": "red"}', "body field 'colour'"),
    (b'["text"]', "the request body"),
])
def test_bad_bodies_are_422(guarded: TestClient, content: bytes, words: str) -> None:
    response = guarded.post("/api/articles", content=content,
                            headers={**AUTH, "Content-Type": "application/json"})
    assert words in assert_error(response, 422, "validation_error")


def test_a_busy_store_is_503_and_a_bug_is_500(api_db: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(api_db)
    client = TestClient(app, raise_server_exceptions=False, base_url="http://localhost")

    def locked(self: StoreAccess) -> Any:
        raise StoreError("the store x.duckdb is in use by another process; wait for it")

    monkeypatch.setattr(StoreAccess, "read", locked)
    response = client.get("/api/stats")
    assert "in use by another process" in assert_error(response, 503, "store_unavailable")

    def broken(self: StoreAccess) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(StoreAccess, "read", broken)
    message = assert_error(client.get("/api/events"), 500, "internal_error")
    assert "a bug" not in message  # no internals leak out
