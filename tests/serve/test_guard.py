"""Security headers on every response; Host and Origin checked (DNS rebinding, CORS)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsevents.serve import create_app
from newsevents.serve.guard import allowed_hosts

HEADERS = {"content-security-policy", "x-content-type-options", "x-frame-options",
           "referrer-policy", "cache-control"}


@pytest.fixture
def client(api_db: str) -> TestClient:
    return TestClient(create_app(api_db), base_url="http://127.0.0.1:8642")


@pytest.mark.parametrize("path", ["/", "/static/index.html", "/api/stats", "/api/events",
                                  "/api/nothing-here", "/openapi.json",
                                  "/api/events?limit=0"])
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert set(r.headers) >= HEADERS, (path, r.status_code, dict(r.headers))
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"


def test_a_foreign_host_is_refused_in_the_error_shape(client: TestClient) -> None:
    # a page on evil.example rebinding its name to 127.0.0.1 sends its own Host
    r = client.get("/api/stats", headers={"Host": "evil.example:8642"})
    assert r.status_code == 421
    assert r.json() == {"error": {"status": 421, "code": "misdirected_request",
                                  "message": "this server does not answer to the host "
                                             "'evil.example'"}}
    assert set(r.headers) >= HEADERS
    for ok in ("localhost:8642", "127.0.0.1", "[::1]:8642"):
        assert client.get("/api/stats", headers={"Host": ok}).status_code == 200


def test_another_sites_origin_is_refused(client: TestClient) -> None:
    r = client.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    assert "access-control-allow-origin" not in r.headers
    same = client.get("/api/stats", headers={"Origin": "http://127.0.0.1:8642"})
    assert same.status_code == 200


def test_hosts_follow_the_bound_address() -> None:
    assert allowed_hosts("127.0.0.1") == {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("192.168.1.5") == {"localhost", "127.0.0.1", "::1", "192.168.1.5"}
    assert allowed_hosts("0.0.0.0") is None and allowed_hosts("::") is None


@pytest.mark.parametrize("origin", ["http://[::1", "null", "http://127.0.0.1:3000",
                                    "https://127.0.0.1:8642", "file://"])
def test_malformed_null_and_other_port_origins_are_refused(client: TestClient,
                                                           origin: str) -> None:
    r = client.get("/api/stats", headers={"Origin": origin})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    assert set(r.headers) >= HEADERS
