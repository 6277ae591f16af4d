"""`detente web --db FILE [--host] [--port]`: explore a DuckDB file in the browser (local FastAPI app)."""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from detente import store
from detente.cli import options
from detente.cli.edge import edge, err
from detente.errors import ConfigError, StoreBusy, Unavailable
from detente.store.db import opened

LOCAL_HOST = "127.0.0.1"


def register(app: typer.Typer) -> None:
    app.command("web")(web)


@edge
def web(
    db: options.Db = store.DEFAULT_DB,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to listen on; the default serves this machine only.")] = LOCAL_HOST,
    port: Annotated[int, typer.Option(metavar="PORT", min=1, max=65535, help="TCP port.")] = 8765,
) -> None:
    """Serve a local web page over the events: filters, timeline, country pairs, map, incidents, evidence."""
    check_database(db)
    try:
        import uvicorn

        from detente.web.app import create_app
    except ImportError as exc:
        raise ConfigError(f"the web UI needs fastapi and uvicorn: pip install 'detente[web]' ({exc})") from exc
    check_port(host, port)
    if host != LOCAL_HOST:
        # The page has no login: anyone who can reach the port can read the database.
        err.print(f"[yellow]warning:[/yellow] serving on {escape(host)}: anyone who can reach port {port} can read "
                  f"{escape(db)}")
    err.print(f"detente web: http://{host}:{port}/  (database {db}; Ctrl+C to stop)", markup=False)
    uvicorn.run(create_app(str(Path(db))), host=host, port=port, log_level="warning")


def check_database(db: str) -> None:
    """Refuse what is not a detente database or dataset before serving: a missing file or folder (exit 2),
    a file or folder detente did not make (exit 3); otherwise every request would fail the same way."""
    try:
        with opened(db, read_only=True, wait_seconds=1.0):
            pass
    except StoreBusy:
        err.print(f"note: {db} is being written by another process; pages answer once each batch is committed",
                  markup=False)


def check_port(host: str, port: int) -> None:
    """Refuse an address this machine cannot listen on before uvicorn does (it logs and exits 1)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ConfigError(f"--host {host!r} is not an address of this machine ({exc}); "
                          f"use {LOCAL_HOST}, or 0.0.0.0 for every interface") from None
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise Unavailable(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                              f"choose another --port, or stop the program that uses it") from None
