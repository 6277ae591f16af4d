"""`detente export events|documents --format jsonl|csv|tsv|parquet --output FILE`."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from detente import store
from detente.cli.edge import edge
from detente.export import export as export_records
from detente.store.queries import EventFilter

out = Console(highlight=False, stderr=True)


def register(app: typer.Typer) -> None:
    app.command("export")(export)


@edge
def export(
    what: Annotated[str, typer.Argument(help="events or documents")],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write.")],
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, tsv or parquet.")] = "jsonl",
    db: Annotated[str, typer.Option(help="DuckDB file to read, or a Parquet dataset folder (ends in /).")] = store.DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="Events: either side is this country.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Events: this PLOVER type only.")] = None,
    since: Annotated[str | None, typer.Option(help="Events: dated on or after YYYY[-MM[-DD]].")] = None,
) -> None:
    """Export events (PLOVER-style records) or documents."""
    n = export_records(db, what, format, output, EventFilter(country=country, event_type=type, since=since))
    out.print(f"wrote {n} {what} to {output}")
