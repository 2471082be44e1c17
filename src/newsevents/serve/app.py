"""The FastAPI application: REST API under ``/api`` and the dashboard at ``/``.

>>> app = create_app("newsevents.duckdb")                  # read-only
>>> app = create_app("newsevents.duckdb", token="s3cret")  # also POST /api/articles

Reads go through :class:`~newsevents.serve.access.StoreAccess` (a cursor per
request over one read-only connection); ``POST /api/articles`` analyses the
article with a pipeline loaded on the first such request (never at startup)
and stores it in a write transaction of its own. Every error is answered in
one JSON shape (:mod:`newsevents.serve.errors`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import json
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    Response,
    StreamingResponse,
)
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import Field, ValidationError
from starlette.background import BackgroundTask

from .._version import __version__
from ..config import Options
from ..errors import ConfigError
from ..knowledge.events import cameo_names
from ..records import Analysis, Article, Skipped
from ..store import Store
from ..store.queries import (
    COLUMNS,
    SORTS,
    EventFilters,
    dyad_timeline,
    events_page,
    query_events,
)
from ..store.quotes import COLUMNS as QUOTE_COLUMNS
from ..store.quotes import count_quotes, query_quotes
from ..store.rows import first_row
from . import errors, queries
from .access import StoreAccess
from .atlas import AtlasError, atlas
from .cache import ResponseCache
from .docs import render as render_docs
from .errors import ApiError, ErrorBody
from .exports import export_chunks, network_graphml, pages, parquet_zip, rows_csv
from .guard import Guard, allowed_hosts
from .handoff import withdraw
from .models import (
    ActorPage,
    ArticleIn,
    ArticlePage,
    Atlas,
    Codebook,
    EventPage,
    Network,
    PlacePage,
    QuotePage,
    Stats,
    Timeline,
)

if TYPE_CHECKING:
    from ..pipeline import Pipeline

#: Largest ``limit`` of the JSON lists; above it is a 400.
MAX_LIMIT = 500
#: Rows read at a time for a download (each page on its own read).
DOWNLOAD_PAGE = 5_000
MAX_OFFSET = 1_000_000_000
#: Most periods a filled dyad timeline may have.
MAX_PERIODS = 5_000

STATIC = Path(str(resources.files(__package__).joinpath("static")))

#: The dashboard's Content-Security-Policy: everything from this server, nothing else.
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT,
                             description=f"Rows to return, 1 to {MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
DateParam = Annotated[str | None, Query(description="An ISO date, YYYY-MM-DD.",
                                        json_schema_extra={"format": "date"})]
DownloadLimit = Annotated[int | None, Query(
    ge=1, le=MAX_OFFSET, description="Most rows; every matching row if not given.")]
QuadClass = Annotated[int | None, Query(
    ge=1, le=4, description="1 verbal cooperation, 2 material cooperation, "
                            "3 verbal conflict, 4 material conflict.")]
Modality = Literal["asserted", "attempted", "intended", "hoped", "demanded", "denied",
                   "conditional"]

ERRORS: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorBody, "description": "A client error, in the error shape."},
    "5XX": {"model": ErrorBody, "description": "A server error, in the error shape."},
}


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None or not value.strip():
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ConfigError(f"dyad takes two actor codes separated by a comma, like IRN,AZE, "
                          f"not {value!r}")
    return parts[0], parts[1]


def _code_and_root(code: str | None, root: str | None) -> tuple[str | None, bool]:
    """Fold ``root`` into the ``code`` prefix; False when the two cannot both hold."""
    code = code.strip() if code and code.strip() else None
    if root is None:
        return code, True
    if code is None or root.startswith(code):
        return root, True
    return code, code.startswith(root)


bearer = HTTPBearer(auto_error=False, description="The token given to `newsevents serve "
                                                  "--token` (or NEWSEVENTS_TOKEN).")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def event_filters(
    actor: Annotated[str | None, Query(
        max_length=100, description="Source or target actor code starts with this "
                                    "(IRN matches IRNGOV).")] = None,
    dyad: Annotated[str | None, Query(
        max_length=200, description="Two actor codes, either direction: IRN,AZE.")] = None,
    code: Annotated[str | None, Query(
        max_length=4, description="CAMEO code prefix: 04, 043, 0431.")] = None,
    root: Annotated[str | None, Query(
        pattern=r"^[0-9]{2}$", description="CAMEO root code: 01 to 20.")] = None,
    plover: Annotated[str | None, Query(
        max_length=50, description="PLOVER category: CONSULT, ASSAULT ...")] = None,
    quad_class: QuadClass = None,
    since: DateParam = None,
    until: DateParam = None,
    place: Annotated[str | None, Query(
        max_length=200, description="Place name, its country's ISO alpha-3 code, or "
                                    "GeoNames id.")] = None,
    modality: Annotated[Modality | None,
                        Query(description="Only events of this modality.")] = None,
    negated: Annotated[bool, Query(description="Include negated events.")] = False,
    goldstein_min: Annotated[float | None, Query(
        ge=-10, le=10, description="Goldstein score at least this (-10 to 10).")] = None,
    goldstein_max: Annotated[float | None, Query(
        ge=-10, le=10, description="Goldstein score at most this (-10 to 10).")] = None,
    q: Annotated[str | None, Query(
        max_length=500, description="Words in the event's sentence (`context`), its "
                                    "trigger, or its source, target or place names, "
                                    "any case.")] = None,
) -> EventFilters | None:
    """The filters, checked (400 for bad values); None if nothing can match."""
    code, possible = _code_and_root(code, root)
    filters = EventFilters.make(
        actor=actor, dyad=_dyad(dyad), code=code, plover=plover, quad_class=quad_class,
        since=since, until=until, place=place, modality=modality, include_negated=negated,
        goldstein_min=goldstein_min, goldstein_max=goldstein_max, text=q)
    return filters if possible else None


Filters = Annotated[EventFilters | None, Depends(event_filters)]
Sort = Annotated[str | None, Query(
    max_length=30, pattern=r"^-?(" + "|".join(SORTS) + ")$",
    description="Order by " + ", ".join(SORTS) + "; a leading - for descending. "
                "Default: newest event first.")]


def _filter_args(filters: EventFilters) -> dict[str, Any]:
    """The checked filters as the keyword arguments of ``query_events``/``count_events``."""
    return {f.name: getattr(filters, f.name) for f in dataclasses.fields(filters)}


class ActorPageWithTotal(ActorPage):
    """A page of actors and how many match the filters."""

    total: int = Field(description="Rows matching the filters, without limit and offset.")


def network_params(
    level: Annotated[Literal["country", "actor"], Query(
        description="country: codes grouped by their first three letters; actor: whole "
                    "codes.")] = "country",
    since: DateParam = None, until: DateParam = None,
    min_events: Annotated[int, Query(ge=1, le=MAX_OFFSET,
                                     description="Leave out edges with fewer events.")] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT,
                                description="Most nodes (the most active actors).")] = 100,
    quad_class: QuadClass = None,
) -> dict[str, Any]:
    return {"level": level, "since": since, "until": until, "min_events": min_events,
            "limit": limit, "quad_class": quad_class}


NetworkParams = Annotated[dict[str, Any], Depends(network_params)]


class _Service:
    """What the routes share: the store, the token, the lazily loaded pipeline."""

    def __init__(self, db: str, token: str | None, max_body: int,
                 pipeline: Pipeline | None, options: Options | None,
                 handoff_key: str | None = None) -> None:
        self.db = db
        self.token = token
        self.max_body = max_body
        self.handoff_key = handoff_key
        self.access = StoreAccess(db)
        self.pipeline = pipeline
        self.options = options or Options()
        self._pipeline_lock = threading.Lock()
        self._post_lock = threading.Lock()
        # a batch handed over by ingest: its articles, bounded at --max-bytes, as JSON
        self.ingest_body = max(max_body, 2 * self.options.max_bytes + 65_536)

    # ------------------------------------------------------------ writes

    def authorize(self, credentials: HTTPAuthorizationCredentials | None) -> None:
        if self.token is None:
            raise ApiError(403, "this server is read-only: start it with --token TOKEN (or "
                                "NEWSEVENTS_TOKEN) to accept articles")
        challenge = {"WWW-Authenticate": 'Bearer realm="newsevents"'}
        if credentials is None:
            raise ApiError(401, "send the token in the header 'Authorization: Bearer TOKEN'",
                           headers=challenge)
        given = credentials.credentials.strip().encode("utf-8")
        if not hmac.compare_digest(given, self.token.encode("utf-8")):
            raise ApiError(401, "the token is not the one this server was started with",
                           headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})

    def authorize_ingest(self, credentials: HTTPAuthorizationCredentials | None) -> None:
        """The key of this run (from the rendezvous file) or the token."""
        given = (credentials.credentials.strip() if credentials is not None else "").encode()
        for secret in (self.handoff_key, self.token):
            if secret and hmac.compare_digest(given, secret.encode("utf-8")):
                return
        raise ApiError(401, "ingest hands batches over with the key in the server's "
                            "rendezvous file (or the token)",
                       headers={"WWW-Authenticate": 'Bearer realm="newsevents"'})

    def ingest_batch(self, items: list[Article | Skipped]) -> dict[str, Any]:
        """Store a batch handed over by ``newsevents ingest`` as ingest would:
        unchanged articles left alone, the rest analysed with the corpus memory and
        written, with the skipped inputs, in one transaction."""
        from ..ingest import analyse_batch

        pipeline = self.load_pipeline()
        with self._post_lock:  # one analysis at a time: the pipeline is not thread-safe
            with self.access.read() as store:
                stored = store.fingerprints(a.id for a in items if isinstance(a, Article))
                memory = store.actor_memory()
            unchanged, analyses, skipped = analyse_batch(items, stored, pipeline, memory)
            with self.access.write() as store:
                written = store.write(analyses, skipped)
        return {"added": written.added, "replaced": written.replaced,
                "unchanged": written.unchanged + unchanged,
                "skipped": [s.to_dict() for s in skipped]}

    def load_pipeline(self) -> Pipeline:
        with self._pipeline_lock:
            if self.pipeline is None:
                from ..pipeline import Pipeline

                self.pipeline = Pipeline.load(self.options)
            return self.pipeline

    def store_article(self, data: ArticleIn) -> tuple[int, Analysis]:
        """Analyse and store one article: (201 added or replaced | 200 unchanged, record)."""
        from ..sources import from_text

        pipeline = self.load_pipeline()
        article = from_text(data.text, pipeline.options, origin="api", title=data.title,
                            url=data.url, source=data.source,
                            published=data.published.isoformat() if data.published else None)
        if isinstance(article, Skipped):
            raise ApiError(422, f"the article was not stored: {article.reason}: "
                                f"{article.detail}", code="skipped")
        from ..ingest import analyse_batch

        with self._post_lock:  # one analysis at a time: the pipeline is not thread-safe
            with self.access.read() as store:
                # like ingest: an article stored by this same pipeline is not analysed again
                if store.fingerprints([article.id]).get(article.id) == pipeline.info.fingerprint:
                    stored = store.analysis(article.id)
                    if stored is not None:
                        return 200, stored
                memory = store.actor_memory()
            _unchanged, analyses, skipped = analyse_batch([article], {}, pipeline, memory)
            if skipped or not analyses:
                why = skipped[0] if skipped else Skipped(article.id, "failed", "no record")
                raise ApiError(422, f"the article was not stored: {why.reason}: "
                                    f"{why.detail}", code="skipped")
            result = analyses[0]
            with self.access.write() as store:
                written = store.write([result])
        return (201 if written.added or written.replaced else 200), result


async def _bounded_body(request: Request, limit: int, what: str) -> bytes:
    """The request's body, read no further than ``limit`` bytes (413 beyond)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, f"the {what} is over {limit} bytes, the most this server takes")
    return bytes(body)


def _batch_items(body: bytes) -> list[Article | Skipped]:
    """The items of a batch body, or 422."""
    try:
        data = json.loads(body)
        items: list[Article | Skipped] = []
        for item in data["items"]:
            if "article" in item:
                items.append(Article.from_dict(item["article"]))
            else:
                items.append(Skipped.from_dict(item["skipped"]))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ApiError(422, f"not a batch of articles: {str(exc)[:200]}") from None
    return items


def _check_store(db: str, writable: bool) -> None:
    """Fail at startup, with one clear line, if the store cannot be served."""
    if writable and not Path(db).exists():
        Store.open(db).close()  # an empty store, for articles posted to it
        return
    Store.open(db, read_only=True).close()


def create_app(db: str, *, token: str | None = None, max_body: int = 1_000_000,
               pipeline: Pipeline | None = None, options: Options | None = None,
               host: str | None = "127.0.0.1", handoff_key: str | None = None) -> FastAPI:
    """The API and dashboard over the store at ``db``.

    ``token``: enables ``POST /api/articles`` for clients sending
    ``Authorization: Bearer TOKEN``; without it the server only reads.
    ``max_body``: the largest request body accepted, in bytes (413 above).
    ``pipeline``: the pipeline for posted articles; by default one is loaded
    with ``options`` on the first post. ``host``: the address the server is bound
    to; requests naming another host are refused (421), see
    :mod:`newsevents.serve.guard`. ``handoff_key``: the key ``newsevents ingest``
    posts batches with (``POST /api/ingest``; see :mod:`newsevents.serve.handoff`).
    Raises
    :class:`~newsevents.errors.StoreError` if the store cannot be opened.
    """
    if max_body < 1:
        raise ConfigError(f"the body size limit must be at least 1 byte, not {max_body}")
    _check_store(db, token is not None)
    service = _Service(db, token or None, max_body, pipeline, options, handoff_key or None)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if service.handoff_key:  # (uvicorn may end the process by signal after this)
            withdraw(db, service.handoff_key)
        service.access.close()

    app = FastAPI(
        title="newsevents",
        version=__version__,
        summary="Events, quotations, actors and places found in news articles.",
        description="Every error is answered as "
                    '`{"error": {"status": 404, "code": "not_found", "message": "..."}}`.',
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: /docs is ours
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = service
    errors.install(app)
    app.include_router(_api(service), prefix="/api", responses=ERRORS)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        """The API reference as plain HTML (no scripts: see serve/docs.py)."""
        return HTMLResponse(render_docs(app.openapi()))

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # repeated reads answered from memory until the next write (serve/cache.py)
    app.add_middleware(ResponseCache, generation=lambda: service.access.generation)
    # security headers on every response, Host and Origin checked (serve/guard.py)
    app.add_middleware(Guard, csp=CSP, hosts=allowed_hosts(host))
    return app


def _api(service: _Service) -> APIRouter:
    api = APIRouter()
    access = service.access

    def place_summary() -> queries.PlaceSummary | None:
        """Inside a read: the places summary of this state of the store, built once
        per write (none for a store in memory, or where it cannot be built: the
        places questions then read the store itself)."""
        def build() -> queries.PlaceSummary | None:
            try:
                return queries.PlaceSummary(access.path)
            except duckdb.Error:
                return None
        return None if access.path == ":memory:" else access.memo("places", build)

    # ------------------------------------------------------------ articles

    @api.get("/articles", response_model=ArticlePage, tags=["articles"])
    def articles(q: Annotated[str | None, Query(
                     max_length=1000, description="Text in the title or the article body, "
                                                  "any case.")] = None,
                 since: DateParam = None, until: DateParam = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Articles, newest first (published since/until), with the number of entities,
        places, quotes and events."""
        with access.read() as store:
            rows, total = queries.list_articles(store.con, q=q, since=since, until=until,
                                                limit=limit, offset=offset)
        return {"items": rows, "total": total, "limit": limit, "offset": offset}

    @api.get("/articles/{article_id}", response_model=dict[str, Any], tags=["articles"])
    def article(article_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """One article's record, exactly as `newsevents analyze` prints it."""
        with access.read() as store:
            found = store.analysis(article_id)
        if found is None:
            raise ApiError(404, f"no article {article_id!r} in the store")
        return found.to_dict()

    @api.post("/articles", status_code=201, response_model=dict[str, Any], tags=["articles"],
              responses={200: {"description": "Already stored by this pipeline: the record."}},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": ArticleIn.model_json_schema()}}}})
    async def post_article(request: Request, credentials: Credentials) -> Response:
        """Analyse an article and store it (needs the server's token).

        The body is JSON: `text` (required), `title`, `url`, `source`,
        `published` (YYYY-MM-DD). Answers 201 with the record, and its address
        in `Location`; 200 if the store already had it from this pipeline.
        """
        service.authorize(credentials)
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > service.max_body:
            raise ApiError(413, f"the body is {length} bytes; this server takes at most "
                                f"{service.max_body}")
        body = await _bounded_body(request, service.max_body, "body")
        try:
            data = ArticleIn.model_validate_json(body)
        except ValidationError as exc:
            found = [{**e, "loc": ("body", *e.get("loc", ()))} for e in exc.errors()]
            raise ApiError(422, errors.validation_message(found)) from None
        status, record = await run_in_threadpool(service.store_article, data)
        return JSONResponse(record.to_dict(), status_code=status,
                            headers={"Location": f"/api/articles/{record.article.id}"})

    @api.post("/ingest", response_model=dict[str, Any], tags=["articles"],
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {"type": "object", "properties": {
                      "items": {"type": "array", "items": {"type": "object"}}}}}}}})
    async def ingest_batch(request: Request, credentials: Credentials) -> dict[str, Any]:
        """A batch handed over by `newsevents ingest` while this server runs (with the
        key of its rendezvous file, or the token): `{"items": [{"article": ARTICLE} |
        {"skipped": SKIPPED}, ...]}` as ingest reads them. Stored as ingest stores a
        batch, in one transaction; answers the counts `added`, `replaced`, `unchanged`
        and the inputs `skipped`. Reads go on meanwhile."""
        service.authorize_ingest(credentials)
        items = _batch_items(await _bounded_body(request, service.ingest_body, "batch"))
        return await run_in_threadpool(service.ingest_batch, items)

    # ------------------------------------------------------------ events

    @api.get("/events", response_model=EventPage, tags=["events"])
    def events(filters: Filters, limit: Limit = 50, offset: Offset = 0,
               sort: Sort = None) -> dict[str, Any]:
        """Events, newest first (or by `sort`), with their source, target, place, the
        CAMEO code's name and the sentence of the trigger."""
        rows: list[dict[str, Any]] = []
        total = 0
        if filters is not None:
            args = _filter_args(filters)
            with access.read() as store:
                rows, total = events_page(store.con, limit=limit, offset=offset, sort=sort,
                                          **args)
        return {"items": rows, "total": total, "limit": limit, "offset": offset}

    def event_pages(filters: EventFilters | None, sort: str | None, limit: int | None,
                    offset: int) -> Iterator[list[dict[str, Any]]]:
        """Every matching event, a page per read (see :func:`exports.pages`)."""
        if filters is None:
            return
        args = _filter_args(filters)
        yield from pages(access, lambda store, n, at: query_events(
            store.con, limit=n, offset=at, sort=sort, **args), DOWNLOAD_PAGE,
            offset=offset, limit=limit)

    @api.get("/events.csv", response_class=Response, tags=["events", "exports"], responses={
        200: {"content": {"text/csv": {"schema": {"type": "string"}}},
              "description": "The events as CSV, with a header line."}})
    def events_as_csv(filters: Filters, limit: DownloadLimit = None, offset: Offset = 0,
                      sort: Sort = None) -> StreamingResponse:
        """Every filtered event as CSV (the columns of `/api/events` items, coordinates,
        Goldstein score and CAMEO name included), streamed: no row limit unless one is
        given."""
        def chunks() -> Iterator[str]:
            yield rows_csv([], COLUMNS)
            for rows in event_pages(filters, sort, limit, offset):
                yield rows_csv(rows, COLUMNS, header=False)
        return _download(chunks(), "text/csv; charset=utf-8", "events.csv")

    @api.get("/events.jsonl", response_class=Response, tags=["events", "exports"], responses={
        200: {"content": {"application/x-ndjson": {"schema": {"type": "string"}}},
              "description": "The events as JSON Lines, one object per line."}})
    def events_as_jsonl(filters: Filters, limit: DownloadLimit = None, offset: Offset = 0,
                        sort: Sort = None) -> StreamingResponse:
        """Every filtered event as JSON Lines (the objects of `/api/events` items), streamed."""
        def chunks() -> Iterator[str]:
            for rows in event_pages(filters, sort, limit, offset):
                yield "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        return _download(chunks(), "application/x-ndjson; charset=utf-8", "events.jsonl")

    @api.get("/export/{kind}", response_class=Response, tags=["exports"], responses={
        200: {"content": {"text/tab-separated-values": {"schema": {"type": "string"}},
                          "application/x-ndjson": {"schema": {"type": "string"}},
                          "application/zip": {"schema": {"type": "string",
                                                         "format": "binary"}}},
              "description": "The export, as `newsevents export --format KIND --header` "
                             "writes it (a Parquet dataset zipped)."}})
    def export(kind: Annotated[Literal["gdelt-events", "gdelt-mentions", "gkg", "jsonl",
                                       "parquet"],
                               PathParam(description="What to export.")],
               since: DateParam = None, until: DateParam = None) -> Response:
        """The store (articles published since/until) as GDELT 2.0 events or mentions,
        GKG 2.1 (tab-separated, BigQuery column names in a header line), the records
        as JSON Lines (streamed), or the Parquet dataset of `newsevents export --format
        parquet` as one zip file (articles, entities, events, mentions, quotes, places
        ... partitioned by year and month)."""
        bounds = EventFilters.make(since=since, until=until)
        first = bounds.since.isoformat() if bounds.since else None
        last = bounds.until.isoformat() if bounds.until else None
        if kind == "parquet":
            path, cleanup = parquet_zip(access, first, last)
            return FileResponse(path, media_type="application/zip",
                                filename="newsevents-parquet.zip",
                                background=BackgroundTask(cleanup))
        name = f"newsevents-{kind}.{'jsonl' if kind == 'jsonl' else 'tsv'}"
        media = ("application/x-ndjson; charset=utf-8" if kind == "jsonl"
                 else "text/tab-separated-values; charset=utf-8")
        return _download(export_chunks(access, kind, first, last), media, name)

    @api.get("/dyads/{a}/{b}/timeline", response_model=Timeline, tags=["events"])
    def timeline(a: Annotated[str, PathParam(max_length=100, description="Actor code (IRN).")],
                 b: Annotated[str, PathParam(max_length=100, description="Actor code (AZE).")],
                 by: Annotated[Literal["day", "week", "month"], Query(
                     description="Length of a period.")] = "week",
                 since: DateParam = None, until: DateParam = None,
                 fill: Annotated[bool, Query(description="Include periods with no events.")]
                 = False) -> dict[str, Any]:
        """Events between A and B (both ways) per period, by QuadClass, with mean Goldstein.

        Counts asserted or attempted, non-negated, dated events, like `newsevents dyad`.
        """
        with access.read() as store:
            if fill:
                _check_fill(store, by, since, until)
            rows = dyad_timeline(store.con, a, b, by=by, since=since, until=until, fill=fill)
        return {"a": a.strip().upper(), "b": b.strip().upper(), "by": by, "periods": rows}

    # ------------------------------------------------------------ quotes, actors, places

    @api.get("/quotes", response_model=QuotePage, tags=["quotes"])
    def quotes(speaker: Annotated[str | None, Query(
                   max_length=200, description="Part of the speaker's name, any case.")] = None,
               actor: Annotated[str | None, Query(
                   max_length=100, description="Speaker's actor code starts with this, or "
                                               "its country is this (IRN).")] = None,
               q: Annotated[str | None, Query(
                   max_length=1000, description="Part of the quoted text, any case.")] = None,
               since: DateParam = None, until: DateParam = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Who said what: quotations with their speakers, newest article first (articles
        published since/until)."""
        with access.read() as store:
            rows = query_quotes(store.con, speaker=speaker, actor=actor, contains=q,
                                since=since, until=until, limit=limit, offset=offset)
            total = count_quotes(store.con, speaker=speaker, actor=actor, contains=q,
                                 since=since, until=until)
        return {"items": rows, "total": total, "limit": limit, "offset": offset}

    @api.get("/quotes.csv", response_class=Response, tags=["quotes", "exports"], responses={
        200: {"content": {"text/csv": {"schema": {"type": "string"}}},
              "description": "The quotations as CSV, with a header line."}})
    def quotes_as_csv(speaker: Annotated[str | None, Query(max_length=200)] = None,
                      actor: Annotated[str | None, Query(max_length=100)] = None,
                      q: Annotated[str | None, Query(max_length=1000)] = None,
                      since: DateParam = None, until: DateParam = None) -> StreamingResponse:
        """Every quotation the filters of `/api/quotes` find, as CSV, streamed."""
        dates = EventFilters.make(since=since, until=until)  # 400 now, not mid-stream
        args: dict[str, Any] = {"speaker": speaker, "actor": actor, "contains": q,
                                "since": dates.since, "until": dates.until}

        def chunks() -> Iterator[str]:
            yield rows_csv([], QUOTE_COLUMNS)
            for rows in pages(access, lambda store, n, at: query_quotes(
                    store.con, limit=n, offset=at, **args), DOWNLOAD_PAGE):
                yield rows_csv(rows, QUOTE_COLUMNS, header=False)
        return _download(chunks(), "text/csv; charset=utf-8", "quotes.csv")

    @api.get("/actors", response_model=ActorPageWithTotal, tags=["actors"])
    def actors(etype: Annotated[str | None, Query(
                   alias="type", max_length=20,
                   description="Entity type: PERSON, ORG, GPE ...")] = None,
               code: Annotated[str | None, Query(
                   max_length=100, description="Actor code starts with this.")] = None,
               name: Annotated[str | None, Query(
                   max_length=200, description="Name contains this, any case.")] = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Actors across articles: name, type, CAMEO actor code, articles and mentions."""
        with access.read() as store:
            rows = store.actors(etype=etype, code=code, name=name, limit=limit, offset=offset)
            total = store.actors_total(etype=etype, code=code, name=name)
        return {"items": rows, "total": total, "limit": limit, "offset": offset}

    @api.get("/places", response_model=PlacePage, tags=["places"])
    def places(q: Annotated[str | None, Query(
                   max_length=200, description="Part of the place name, any case.")] = None,
               country: Annotated[str | None, Query(
                   max_length=3, description="ISO alpha-3 country code (AZE).")] = None,
               min_events: Annotated[int, Query(
                   ge=0, le=MAX_OFFSET, description="Only places with this many events.")] = 0,
               since: DateParam = None, until: DateParam = None,
               quad_class: QuadClass = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Places named in the articles, with coordinates and counts of the events there
        (dated since/until, of one QuadClass when given)."""
        with access.read() as store:
            rows, total = queries.list_places(store.con, q=q, country=country,
                                              min_events=min_events, since=since,
                                              until=until, quad_class=quad_class,
                                              limit=limit, offset=offset,
                                              summary=place_summary())
        return {"items": rows, "total": total, "limit": limit, "offset": offset}

    @api.get("/places.csv", response_class=Response, tags=["places", "exports"], responses={
        200: {"content": {"text/csv": {"schema": {"type": "string"}}},
              "description": "The places as CSV, with a header line."}})
    def places_as_csv(q: Annotated[str | None, Query(max_length=200)] = None,
                      country: Annotated[str | None, Query(max_length=3)] = None,
                      min_events: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                      since: DateParam = None, until: DateParam = None,
                      quad_class: QuadClass = None) -> StreamingResponse:
        """Every place the filters of `/api/places` find, as CSV, streamed."""
        dates = EventFilters.make(since=since, until=until)  # 400 now, not mid-stream
        args: dict[str, Any] = {"q": q, "country": country, "min_events": min_events,
                                "since": dates.since, "until": dates.until,
                                "quad_class": quad_class}

        def chunks() -> Iterator[str]:
            yield rows_csv([], PLACE_COLUMNS)
            for rows in pages(access, lambda store, n, at: queries.list_places(
                    store.con, limit=n, offset=at, summary=place_summary(), **args)[0],
                    DOWNLOAD_PAGE):
                yield rows_csv(rows, PLACE_COLUMNS, header=False)
        return _download(chunks(), "text/csv; charset=utf-8", "places.csv")

    # ------------------------------------------------------------ network, stats

    @api.get("/network", response_model=Network, tags=["network"])
    def actor_network(params: NetworkParams) -> dict[str, Any]:
        """The actor network: nodes are actor codes, edges count events source -> target,
        split into cooperation (QuadClass 1-2) and conflict (3-4)."""
        with access.read() as store:
            return queries.network(store.con, **params)

    @api.get("/network.graphml", response_class=Response, tags=["network", "exports"],
             responses={200: {"content": {"application/graphml+xml": {
                 "schema": {"type": "string"}}}, "description": "The network as GraphML."}})
    def network_as_graphml(params: NetworkParams) -> Response:
        """The actor network as GraphML (Gephi, Cytoscape, yEd, networkx)."""
        with access.read() as store:
            graph = queries.network(store.con, **params)
        return Response(network_graphml(graph), media_type="application/graphml+xml",
                        headers={"Content-Disposition":
                                 'attachment; filename="newsevents-network.graphml"'})

    @api.get("/cameo", response_model=Codebook, tags=["events"])
    def codebook() -> dict[str, Any]:
        """The CAMEO codebook: every event code with its name ("042": "Make a visit")."""
        return {"codes": cameo_names()}

    @api.get("/atlas", response_model=Atlas, tags=["map"])
    def world_outline() -> dict[str, Any]:
        """The world outline the dashboard's map draws: SVG path data of land, lakes
        and country borders over a 360 x 180 plate carrée (x = longitude + 180,
        y = 90 - latitude)."""
        try:
            return atlas()
        except AtlasError as exc:
            raise ApiError(503, str(exc), code="unavailable") from None

    @api.get("/stats", response_model=Stats, tags=["stats"])
    def stats() -> dict[str, Any]:
        """Row counts of the store's tables, the span of event dates, events by QuadClass."""
        with access.read() as store:
            out = queries.stats(store.con, store.counts())
        return {"version": __version__, "writable": service.token is not None, **out}

    return api


_STEP_DAYS = {"day": 1, "week": 7, "month": 28}


def _check_fill(store: Store, by: str, since: str | None, until: str | None) -> None:
    """Refuse to fill more than MAX_PERIODS periods."""
    bounds = EventFilters.make(since=since, until=until)
    first, last = bounds.since, bounds.until
    if first is None or last is None:
        row = first_row(store.con.execute(
            "SELECT min(date), max(date) FROM events WHERE date IS NOT NULL"))
        low, high = row if row else (None, None)
        first = first or low
        last = last or high
    if isinstance(first, dt.date) and isinstance(last, dt.date) and last >= first:
        periods = (last - first).days // _STEP_DAYS[by] + 1
        if periods > MAX_PERIODS:
            raise ApiError(400, f"filling {periods} periods of a {by} is more than "
                                f"{MAX_PERIODS}: narrow since/until or use a longer period")


#: The columns of ``/api/places.csv``.
PLACE_COLUMNS = ("name", "geonameid", "country", "feature", "lat", "lon", "articles",
                 "mentions", "events", "q1", "q2", "q3", "q4")


def _download(chunks: Iterator[str], media: str, name: str) -> StreamingResponse:
    return StreamingResponse((c.encode("utf-8") for c in chunks), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


__all__ = ["CSP", "MAX_LIMIT", "create_app"]
