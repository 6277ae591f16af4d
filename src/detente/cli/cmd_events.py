"""`detente events [--country] [--dyad] [--type] [--since]`: coded events as a table."""
from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from detente import store
from detente.cli.edge import edge
from detente.cli.output import piped, write_records, check_format
from detente.store.queries import EventFilter, select_events

# Piped output is not cut to 80 columns: people pipe tables into files and pagers.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)


def register(app: typer.Typer) -> None:
    app.command("events")(events)


@edge
def events(
    db: Annotated[str, typer.Option(help="DuckDB file to read, or a Parquet dataset folder (ends in /).")] = store.DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="Either side is this country (ISO alpha-3).")] = None,
    dyad: Annotated[str | None, typer.Option(help="Both sides, either direction, e.g. PAK-USA.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. AGREE.")] = None,
    since: Annotated[str | None, typer.Option(help="Event date on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Event date on or before YYYY[-MM[-DD]].")] = None,
    status: Annotated[str | None, typer.Option(help="asserted, pending or negated.")] = None,
    min_confidence: Annotated[float | None, typer.Option(help="Events at least this likely right (0–1, e.g. 0.9).")] = None,
    limit: Annotated[int, typer.Option(min=0, max=10**12, help="At most this many rows (0: all).")] = 200,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or jsonl (the export's fields).")] = "table",
) -> None:
    """List coded events, newest first."""
    filt = EventFilter(country=country, dyad=dyad, event_type=type, since=since, until=until, status=status,
                       min_confidence=min_confidence)
    if format != "table":
        return _records(db, filt, limit, format)
    rows = select_events(db, filt, limit=limit or None)
    table = Table(show_lines=False)
    for col in ("event", "date", "type", "status", "source", "target"):
        table.add_column(col, no_wrap=True)
    table.add_column("evidence", overflow="ellipsis", no_wrap=True, max_width=100)
    for e, _story in rows:
        target = f"{e.target.country or '-'} {e.target.sector or ''}" if e.target else "-"
        table.add_row(e.event_id, e.date.value or "?", e.event_type, e.status,
                      f"{e.source.country or '-'} {e.source.sector or ''}", target,
                      _snippet(e.evidence.sentence))
    out.print(table)
    out.print(f"{len(rows)} events" + (" (limit reached; use --limit 0 for all)" if limit and len(rows) == limit else ""))


def _records(db: str, filt: EventFilter, limit: int, fmt: str) -> None:
    """The events in the default export's fields, to standard output (csv: flattened columns)."""
    from detente.export import event_records
    from detente.export.writers import write_flat_events

    check_format(fmt, ("table", "csv", "json", "jsonl"))
    records = event_records(db, filt, limit or None, newest_first=True)  # the same rows as the table
    with piped():
        if fmt == "csv":
            write_flat_events(records, sys.stdout)
        else:
            write_records(records, fmt)


def _snippet(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
