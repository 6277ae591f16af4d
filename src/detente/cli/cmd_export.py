"""`detente export events|documents|stories|sources|rejects|incidents|agreements --format F --output FILE|-`."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from detente import store
from detente.cli.edge import edge
from detente.cli.output import piped
from detente.export import export as export_records
from detente.store.queries import EventFilter

out = Console(highlight=False, stderr=True)


def register(app: typer.Typer) -> None:
    app.command("export")(export)


@edge
def export(
    what: Annotated[str, typer.Argument(help="events, documents, stories, sources, rejects, incidents, agreements "
                                             "or agreement_stages")],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write; - for standard output.")] = "-",
    format: Annotated[str | None, typer.Option("--format", "-f", help="jsonl, csv, tsv or parquet (default: from the "
                                               "output's extension, else jsonl); events also plover, gdelt or icews.")] = None,
    db: Annotated[str, typer.Option(help="DuckDB file to read, or a Parquet dataset folder (ends in /).")] = store.DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="Events: either side is this country.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Events: both sides, either direction, e.g. PAK-USA.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Events: this PLOVER type only.")] = None,
    since: Annotated[str | None, typer.Option(help="Events: dated on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Events: dated on or before YYYY[-MM[-DD]].")] = None,
    status: Annotated[str | None, typer.Option(help="Events: asserted, pending or negated.")] = None,
    min_confidence: Annotated[float | None, typer.Option(help="Events: at least this likely right (0–1, e.g. 0.9).")] = None,
    limit: Annotated[int, typer.Option(min=0, help="Events: at most this many (0: all).")] = 0,
) -> None:
    """Export events (detente's records, or PLOVER / GDELT / ICEWS style), documents or another table."""
    filt = EventFilter(country=country, dyad=dyad, event_type=type, since=since, until=until, status=status,
                       min_confidence=min_confidence)
    n = None
    with piped():
        n = export_records(db, what, format, output, filt, limit or None)
    if n is not None:  # None: the reader of standard output stopped early
        out.print(f"wrote {n} {what} to {'standard output' if output == '-' else output}")
