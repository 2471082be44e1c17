"""Security headers on every response, and the Host and Origin checks.

:class:`Guard` is a plain ASGI middleware (no per-request task or body copy):

* every response, API, dashboard, static file or error, carries the
  Content-Security-Policy (``frame-ancestors 'none'`` included),
  ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``,
  ``Referrer-Policy: no-referrer`` and, unless the route set one,
  ``Cache-Control: no-cache``;
* a request whose ``Host`` is not one this server answers to is refused with
  421 before any route runs: a web page elsewhere cannot read the API through
  DNS rebinding (its requests carry its own host name);
* a request that states an ``Origin`` other than this server's own is refused
  with 403 (no CORS: other sites' scripts get nothing).

The hosts allowed are the address the server is bound to plus ``localhost``,
``127.0.0.1`` and ``::1``; a server bound to every interface (``0.0.0.0``,
``::``) answers to any host, as its operator chose to expose it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from .errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
ANY_INTERFACE = frozenset({"0.0.0.0", "::", ""})


def _hostname(value: str) -> str:
    """``example.org:8642`` -> ``example.org``; ``[::1]:80`` -> ``::1``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value[1:]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """Wraps the app: headers on every response, Host and Origin checked."""

    def __init__(self, app: ASGIApp, *, csp: str, hosts: Iterable[str] | None) -> None:
        self.app = app
        self.hosts = None if hosts is None else frozenset(h.lower() for h in hosts)
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        raw_host = headers.get("host", "")
        host = _hostname(raw_host)
        if self.hosts is not None and host not in self.hosts:
            await self._refuse(send, 421, "misdirected_request",
                               f"this server does not answer to the host {host or '(none)'!r}")
            return
        origin = headers.get("origin")
        if origin is not None and not _same_site(origin, raw_host, scope.get("scheme", "http")):
            # another site's page, a sandboxed frame ("null") or a malformed Origin
            await self._refuse(send, 403, "forbidden",
                               "requests from other sites are not allowed")
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                present = {k.lower() for k, _ in raw}
                raw += [(k, v) for k, v in self.headers if k not in present]
                if b"cache-control" not in present:
                    raw.append((b"cache-control", b"no-cache"))
                message["headers"] = raw
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, send: Send, status: int, code: str, message: str) -> None:
        body = json.dumps(error_body(status, message, code)).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                *self.headers, (b"cache-control", b"no-cache")]})
        await send({"type": "http.response.body", "body": body})


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _host_port(netloc: str, scheme: str) -> tuple[str, int | None] | None:
    try:
        parts = urlsplit(f"{scheme}://{netloc}")
        return (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:
        return None


def _same_site(origin: str, host: str, scheme: str) -> bool:
    """Is ``origin`` this server itself: same scheme, host and port as the request?"""
    try:
        parts = urlsplit(origin)
        if parts.scheme != scheme or not parts.netloc:
            return False
    except ValueError:
        return False
    theirs = _host_port(parts.netloc, parts.scheme)
    ours = _host_port(host, scheme)
    return theirs is not None and ours is not None and theirs == ours


def allowed_hosts(bound: str | None) -> frozenset[str] | None:
    """The hosts a server bound to ``bound`` answers to (None: any)."""
    if bound is None:
        return LOCAL_HOSTS
    name = _hostname(bound) if bound.startswith("[") else bound.lower()
    if name in ANY_INTERFACE:
        return None
    return LOCAL_HOSTS | {name}


__all__ = ["Guard", "allowed_hosts"]
