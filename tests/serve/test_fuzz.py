"""Property-based fuzzing of the API from its own OpenAPI document (schemathesis).

Every operation gets a bounded number of generated requests, valid and
invalid, sent in-process to the ASGI app (no network). No answer may be a
server error, and every answer must match what the document says: its
status codes, content types and response schemas. The writes are fuzzed
too, with the token, on a copy of the store.
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from newsevents import Pipeline
from newsevents.serve import create_app

pytestmark = pytest.mark.model

TOKEN = "fuzz-token"
MAX_EXAMPLES = 25


@pytest.fixture(scope="module")
def api_schema(api_db: str, pipeline: Pipeline,
               tmp_path_factory: pytest.TempPathFactory) -> schemathesis.BaseSchema:
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    shutil.copy(api_db, db)
    # bound "to every interface": the fuzzer's test client names its own host
    app = create_app(str(db), token=TOKEN, max_body=20_000, pipeline=pipeline, host="0.0.0.0")
    return schemathesis.openapi.from_asgi("/openapi.json", app)


#: Every operation of the API; test_every_operation_is_fuzzed keeps the list whole.
OPERATIONS = [
    ("GET", "/api/articles"), ("POST", "/api/articles"), ("GET", "/api/articles/{article_id}"),
    ("GET", "/api/events"), ("GET", "/api/events.csv"), ("GET", "/api/dyads/{a}/{b}/timeline"),
    ("GET", "/api/quotes"), ("GET", "/api/actors"), ("GET", "/api/places"),
    ("GET", "/api/network"), ("GET", "/api/network.graphml"), ("GET", "/api/stats"),
    ("POST", "/api/ingest"), ("GET", "/api/events.jsonl"), ("GET", "/api/export/{kind}"),
    ("GET", "/api/atlas"), ("GET", "/api/cameo"), ("GET", "/api/quotes.csv"),
    ("GET", "/api/places.csv"),
]
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


def test_every_operation_is_fuzzed(api_schema: schemathesis.BaseSchema) -> None:
    paths = api_schema.raw_schema["paths"]
    assert {(method.upper(), path) for path, item in paths.items() for method in item} == set(
        OPERATIONS)


#: (method, path, mode): valid and invalid requests; /api/stats, /api/atlas and
#: /api/cameo take nothing to get wrong.
RUNS = [(m, p, mode) for m, p in OPERATIONS for mode in GenerationMode
        if not (p in ("/api/stats", "/api/atlas", "/api/cameo")
                and mode is GenerationMode.NEGATIVE)]


@pytest.mark.parametrize(("method", "path", "mode"), RUNS,
                         ids=[f"{m} {p} {mode.value}" for m, p, mode in RUNS])
def test_no_server_errors_and_answers_as_documented(
        api_schema: schemathesis.BaseSchema, method: str, path: str,
        mode: GenerationMode) -> None:
    operation = api_schema[path][method]
    auth = {"Authorization": f"Bearer {TOKEN}"}

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    def fuzz(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate(headers=auth, checks=CHECKS)

    fuzz()
