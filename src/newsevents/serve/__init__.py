"""REST API and web dashboard over the store: ``newsevents serve``.

>>> from newsevents.serve import create_app
>>> app = create_app("newsevents.duckdb")          # an ASGI app; run it with uvicorn

The API is under ``/api`` (OpenAPI document at ``/openapi.json``); the
dashboard (static files in ``static/``, no CDN) is at ``/``. See
:mod:`newsevents.serve.app` for the endpoints, :mod:`newsevents.serve.errors`
for the one error shape and :mod:`newsevents.serve.access` for how requests
share the DuckDB store.
"""

from .app import create_app

__all__ = ["create_app"]
