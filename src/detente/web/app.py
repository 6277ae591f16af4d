"""The local web UI: a FastAPI app of read-only JSON endpoints over one detente DuckDB file, and
one static page (static/) that draws them with plain JavaScript and inline SVG.

Every request opens the file read-only and closes it before answering (see detente.web.queries),
so `detente ingest` may write between requests; a request that meets the writer's lock gets 503.

Every error answers {"error": message} in the API's own terms (parameter names, not CLI flags), and
no database or SQL text reaches a response. There is no interactive docs page (it would load its
script from a CDN); the machine-readable description is /api/openapi.json.
"""
from __future__ import annotations

import functools
from importlib import resources
from typing import Annotated

import duckdb
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.errors import ConfigError, NotFound, StoreBusy, StoreError, TooLarge
from detente.store.queries import EventFilter, undated_events
from detente.web import agreements, download, incidents, queries, series
from detente.web.params import MAX_OFFSET, MAX_PAGE, TAKES, request_problems

# Rows of one CSV/JSON download of the event table (about 2 KB each, held in memory while the answer is built);
# more is a job for `detente export events`, which streams.
MAX_DOWNLOAD = 50_000


def _static_dir() -> str:
    return str(resources.files("detente.web").joinpath("static"))


def event_filter(country: str | None = None, dyad: str | None = None,
                 type: Annotated[str | None, Query(description="PLOVER event type, e.g. AGREE")] = None,
                 since: str | None = None, until: str | None = None, status: str | None = None,
                 story: Annotated[str | None, Query(description="story id, from /api/stories")] = None,
                 min_confidence: Annotated[float | None, Query(ge=0, le=1, description="at least this likely "
                                                                                      "right (0-1)")] = None,
                 include_undated: Annotated[bool, Query(description="with since/until: keep the events that have "
                                                                    "no date")] = False) -> EventFilter:
    """The filter bar's parameters, shared by every endpoint that lists or counts events (the options of
    `detente events`, plus a story)."""
    return queries.make_filter(country, dyad, type, since, until, status, story, min_confidence, include_undated)


Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Unit = Annotated[str | None, Query(description="count incidents (the default when the database has them) or events")]
Sort = Annotated[str, Query(description=f"column to sort by: {', '.join(queries.SORTS)}")]
Order = Annotated[str, Query(description="asc or desc")]


def _download_rows(db: str, filt: EventFilter, sort: str, order: str) -> list[dict]:
    """The rows of a CSV/JSON download, built in memory: refused (413) beyond MAX_DOWNLOAD, saying how to
    get them (the page disables its links first, from the `max_download` of /api/events)."""
    total, rows = queries.page_events(db, filt, MAX_DOWNLOAD, 0, queries.check_sort(sort, order))
    if total > MAX_DOWNLOAD:
        raise TooLarge(f"{total} events match, and a download holds at most {MAX_DOWNLOAD}: narrow the filters "
                       f"(dates, country, type), or write them all with `detente export events --format csv`")
    return rows


def create_app(db: str) -> FastAPI:
    """The web app over one DuckDB file (not opened until a request needs it)."""
    app = FastAPI(title="detente", description=f"PLOVER events in {db}", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    _add_error_handlers(app, db)
    _add_routes(app, db)
    _refuse_bad_parameters(app)
    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")
    return app


def _add_routes(app: FastAPI, db: str) -> None:
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(f"{_static_dir()}/index.html", media_type="text/html")

    @app.get("/api/summary")
    def summary() -> dict:
        return {"db": db, **queries.summary(db)}

    @app.get("/api/events")
    def events(filt: Filter, limit: Limit = 100, offset: Offset = 0, sort: Sort = "date",
               order: Order = "desc") -> dict:
        total, rows = queries.page_events(db, filt, limit, offset, queries.check_sort(sort, order))
        return {"total": total, "limit": limit, "offset": offset, "sort": sort, "order": order,
                "max_download": MAX_DOWNLOAD, "undated_left_out": undated_events(db, filt), "events": rows}

    @app.get("/api/events.csv")
    def events_csv(filt: Filter, sort: Sort = "date", order: Order = "desc") -> Response:
        rows = _download_rows(db, filt, sort, order)
        return Response(download.as_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="detente-events.csv"'})

    @app.get("/api/events.json")
    def events_json(request: Request, filt: Filter, sort: Sort = "date", order: Order = "desc") -> Response:
        rows = _download_rows(db, filt, sort, order)
        return Response(download.as_json(rows, _filters(request)), media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="detente-events.json"'})

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict:
        return queries.event_detail(db, event_id)

    @app.get("/api/timeline")
    def timeline(filt: Filter, unit: Unit = None) -> dict:
        return queries.timeline(db, filt, unit)

    @app.get("/api/dyads")
    def dyads(filt: Filter, limit: Limit = 50, unit: Unit = None) -> dict:
        """Directed country pairs (source → target) per quad class, with their Goldstein sum."""
        return series.directed_pairs(db, filt, limit, unit)

    @app.get("/api/series")
    def pair_series(filt: Filter, unit: Unit = None) -> dict:
        """One pair (dyad=A-B) per month in both directions, by quad class with the Goldstein sum."""
        return series.pair_series(db, filt, unit)

    @app.get("/api/incidents")
    def incident_list(filt: Filter, limit: Limit = 50, offset: Offset = 0, disputed: bool = False) -> dict:
        """Incidents (one per real-world event) with reports, outlets and a contradiction marker; `disputed`:
        only those whose sources disagree (status, date or parties), as `detente incidents --disputed`."""
        return incidents.list_incidents(db, filt, limit, offset, disputed)

    @app.get("/api/incidents/{incident_id}")
    def incident(incident_id: str) -> dict:
        """One incident and its reports: sentence, outlet, date, status, event id for the evidence."""
        return incidents.incident_detail(db, incident_id)

    @app.get("/api/agreements")
    def agreement_list(filt: Filter, limit: Limit = 50, offset: Offset = 0) -> dict:
        """Named agreements with their parties and dated lifecycle (proposed … expired)."""
        return agreements.list_agreements(db, filt, limit, offset)

    @app.get("/api/agreements/{agreement_id}")
    def agreement(agreement_id: str) -> dict:
        """One agreement and its dated steps, each with the sentence, outlet and date of the report dating it."""
        return agreements.agreement_detail(db, agreement_id)

    @app.get("/api/map")
    def located(filt: Filter, unit: Unit = None) -> dict:
        """Incidents (or events) per country where they happened, for the map: the unit of the pairs; `extent`
        is the frame [west, south, east, north] that holds what it draws."""
        return series.located(db, filt, unit)

    @app.get("/api/stories")
    def stories(filt: Filter, limit: Limit = 50, offset: Offset = 0) -> dict:
        """Stories holding events that match the filters, with their documents and outlets."""
        return queries.stories(db, filt, limit, offset)


def _refuse_bad_parameters(app: FastAPI) -> None:
    """A parameter no API route takes is refused (400) rather than ignored: `/api/events?contry=PAK` answered
    every event of the database as if unfiltered (session 14 newcomer), where the CLI refuses a mistyped option.
    A name some route takes is let through everywhere: the page sends its whole filter bar (unit included) to
    each route. Unknown names and malformed values are refused together, every one named (detente.web.params)."""
    @functools.cache
    def known() -> list[str]:  # from the API's own description, so a new parameter is known the day it is added
        return sorted({p["name"] for path in app.openapi()["paths"].values() for op in path.values()
                       for p in op.get("parameters", ()) if p.get("in") == "query"})

    @app.middleware("http")
    async def check(request: Request, call_next):
        problems = request_problems(request.query_params, known()) if request.url.path.startswith("/api/") else []
        if len(problems) > 1:
            return JSONResponse({"error": f"{len(problems)} parameters are wrong: {'; '.join(problems)}"},
                                status_code=400)
        if problems:
            return JSONResponse({"error": problems[0]}, status_code=400)
        return await call_next(request)


def _filters(request: Request) -> dict:
    return {k: v for k, v in request.query_params.items() if k in ("country", "dyad", "type", "since", "until",
                                                                     "status", "story", "min_confidence",
                                                                     "include_undated", "sort", "order")}


def _add_error_handlers(app: FastAPI, db: str) -> None:
    """Every error as JSON {"error": message} with the HTTP status that says whose fault it is."""

    def reply(status: int):
        async def handler(_request: Request, exc: Exception) -> JSONResponse:
            return JSONResponse({"error": str(exc)}, status_code=status)
        return handler

    app.add_exception_handler(ConfigError, reply(400))
    app.add_exception_handler(TooLarge, reply(413))
    app.add_exception_handler(NotFound, reply(404))
    app.add_exception_handler(StoreBusy, reply(503))
    app.add_exception_handler(StoreError, _store_failed)
    app.add_exception_handler(RequestValidationError, _bad_parameter)
    app.add_exception_handler(StarletteHTTPException, _http_error)

    async def query_failed(_request: Request, exc: Exception) -> JSONResponse:
        # e.g. a DuckDB file made by something else, without detente's tables. The database's own
        # message (and the SQL in it) stays out of the answer: it helps nobody reading a page.
        return JSONResponse({"error": "the database could not answer this query; is it a detente database "
                                      "(made by `detente ingest`)?"}, status_code=500)

    app.add_exception_handler(duckdb.Error, query_failed)


async def _store_failed(_request: Request, _exc: Exception) -> JSONResponse:
    return JSONResponse({"error": "the database file cannot be opened; is it a detente database?"}, status_code=500)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    # FastAPI answers unknown routes and wrong methods {"detail": ...}; the API has one error shape.
    messages = {404: f"no such page or API route: {request.url.path}",
                405: f"{request.method} is not allowed on {request.url.path}; the API is read-only (GET)"}
    return JSONResponse({"error": messages.get(exc.status_code, str(exc.detail))}, status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))


async def _bad_parameter(_request: Request, exc: RequestValidationError) -> JSONResponse:
    # A malformed limit/offset is the same kind of mistake as a malformed date: 400 with one sentence.
    problems = "; ".join(_problem(e) for e in exc.errors())
    return JSONResponse({"error": f"bad parameter: {problems}"}, status_code=400)


def _problem(error: dict) -> str:
    name = ".".join(str(p) for p in error.get("loc", ())[1:])
    if name in TAKES and "input" in error:
        return f"{name} {error['input']!r}: {TAKES[name]}"
    return f"{name}: {error.get('msg')}"
