"""The local web UI: a FastAPI app of read-only JSON endpoints over one detente DuckDB file, and
one static page (static/) that draws them with plain JavaScript and inline SVG.

Every request opens the file read-only and closes it before answering (see detente.web.queries),
so `detente ingest` may write between requests; a request that meets the writer's lock gets 503.
"""
from __future__ import annotations

from importlib import resources
from typing import Annotated

import duckdb
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from detente.errors import ConfigError, NotFound, StoreBusy, StoreError
from detente.export.contract import event_json
from detente.store.queries import EventFilter
from detente.web import queries

MAX_PAGE = 1000


def _static_dir() -> str:
    return str(resources.files("detente.web").joinpath("static"))


def event_filter(country: str | None = None, dyad: str | None = None,
                 type: Annotated[str | None, Query(description="PLOVER event type, e.g. AGREE")] = None,
                 since: str | None = None, until: str | None = None, status: str | None = None) -> EventFilter:
    """The filter bar's parameters, shared by /api/events, /api/timeline and /api/dyads."""
    return queries.make_filter(country, dyad, type, since, until, status)


Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0)]


def create_app(db: str) -> FastAPI:
    """The web app over one DuckDB file (not opened until a request needs it)."""
    app = FastAPI(title="detente", description=f"PLOVER events in {db}", docs_url="/api/docs", redoc_url=None)
    _add_error_handlers(app, db)
    _add_routes(app, db)
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
    def events(filt: Filter, limit: Limit = 100, offset: Offset = 0) -> dict:
        total, rows = queries.page_events(db, filt, limit, offset)
        return {"total": total, "limit": limit, "offset": offset,
                "events": [event_json(event, story) for event, story in rows]}

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict:
        return queries.event_detail(db, event_id)

    @app.get("/api/timeline")
    def timeline(filt: Filter) -> dict:
        return queries.timeline(db, filt)

    @app.get("/api/dyads")
    def dyads(filt: Filter, limit: Limit = 50) -> dict:
        return {"dyads": queries.dyads(db, filt, limit)}

    @app.get("/api/stories")
    def stories(limit: Limit = 50, offset: Offset = 0) -> dict:
        return queries.stories(db, limit, offset)


def _add_error_handlers(app: FastAPI, db: str) -> None:
    """detente's errors as JSON {"error": message} with the HTTP status that says whose fault it is."""

    def reply(status: int):
        async def handler(_request: Request, exc: Exception) -> JSONResponse:
            return JSONResponse({"error": str(exc)}, status_code=status)
        return handler

    app.add_exception_handler(ConfigError, reply(400))
    app.add_exception_handler(NotFound, reply(404))
    app.add_exception_handler(StoreBusy, reply(503))
    app.add_exception_handler(StoreError, reply(500))
    app.add_exception_handler(RequestValidationError, _bad_parameter)

    async def query_failed(_request: Request, exc: Exception) -> JSONResponse:
        # e.g. a DuckDB file made by something else, without detente's tables
        return JSONResponse({"error": f"{db}: query failed ({exc}); is this a detente database?"}, status_code=500)

    app.add_exception_handler(duckdb.Error, query_failed)


async def _bad_parameter(_request: Request, exc: RequestValidationError) -> JSONResponse:
    # A malformed limit/offset is the same kind of mistake as a malformed date: 400 with one sentence.
    problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors())
    return JSONResponse({"error": f"bad parameter: {problems}"}, status_code=400)
