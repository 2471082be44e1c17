"""One JSON shape for every error the server answers, from one helper.

Every error, whatever raised it (an unknown route, a method not allowed, a
bad query parameter, an unknown article, a refused write, a body too large,
a store that is busy, a bug), is answered as::

    {"error": {"status": 404, "code": "not_found", "message": "..."}}

with the HTTP status repeated in the body, a stable machine-readable
``code`` and a plain sentence for people. :func:`error_response` builds it;
:func:`install` routes Starlette's, FastAPI's and newsevents' exceptions to
it. Query and path parameters that fail validation are 400 (``bad_request``),
like the filters the store refuses; a request body that fails validation is
422 (``validation_error``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, NewsEventsError, StoreError

log = logging.getLogger("newsevents.serve")

#: The ``code`` of each status the server answers with.
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
    503: "store_unavailable",
}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


class ApiError(Exception):
    """Raise to answer with the error shape: ``ApiError(404, "no article ...")``."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = dict(headers or {})


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _code(status: int) -> str:
    if status in CODES:
        return CODES[status]
    return _phrase(status).lower().replace(" ", "_").replace("-", "_") or "error"


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    """The error shape as a dict."""
    return {"error": {"status": status, "code": code or _code(status), "message": message}}


def error_response(status: int, message: str, *, code: str | None = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    """The one way the server answers an error."""
    return JSONResponse(error_body(status, message, code), status_code=status,
                        headers=dict(headers or {}))


def _where(loc: Sequence[Any]) -> str:
    kind = str(loc[0]) if loc else ""
    rest = ".".join(str(p) for p in loc[1:])
    if kind in ("query", "path", "header", "cookie"):
        return f"{kind} parameter {rest!r}" if rest else f"{kind} parameter"
    if kind == "body":
        return f"body field {rest!r}" if rest else "the request body"
    return ".".join(str(p) for p in loc) or "the request"


def validation_message(errors: Sequence[Any]) -> str:
    """Pydantic's error list as one sentence per error."""
    parts = []
    for err in errors[:5]:
        loc = err.get("loc", ()) if isinstance(err, Mapping) else ()
        msg = err.get("msg", "is not valid") if isinstance(err, Mapping) else str(err)
        got = err.get("input") if isinstance(err, Mapping) else None
        shown = "" if got is None or isinstance(got, dict | list) else f" (got {str(got)[:60]!r})"
        parts.append(f"{_where(loc)}: {msg}{shown}")
    if len(errors) > 5:
        parts.append(f"and {len(errors) - 5} more")
    return "; ".join(parts) or "the request is not valid"


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, code=exc.code, headers=exc.headers)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    detail = exc.detail if isinstance(exc.detail, str) else None
    phrase = _phrase(status)
    if status == 404 and (detail is None or detail == phrase):
        message = f"nothing at {request.url.path}: the API is under /api (see /openapi.json)"
    elif status == 405:
        allowed = (exc.headers or {}).get("Allow") or (exc.headers or {}).get("allow")
        message = f"{request.method} is not allowed on {request.url.path}" + (
            f"; allowed: {allowed}" if allowed else "")
    else:
        message = detail or phrase or "error"
    return error_response(status, message, headers=exc.headers)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    in_body = any(str((e.get("loc") or ("",))[0]) == "body" for e in errors)
    return error_response(422 if in_body else 400, validation_message(errors))


async def _newsevents_error(_: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, ConfigError):
        return error_response(400, str(exc))
    if isinstance(exc, StoreError):
        return error_response(503, str(exc), headers={"Retry-After": "5"})
    log.error("request failed: %s", exc)
    return error_response(500, "the server failed on this request: " + str(exc))


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, "the server failed on this request; its log has the details")


def install(app: FastAPI) -> None:
    """Answer every exception with the error shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(NewsEventsError, _newsevents_error)
    app.add_exception_handler(Exception, _unexpected)


__all__ = ["CODES", "ApiError", "ErrorBody", "error_body", "error_response", "install",
           "validation_message"]
