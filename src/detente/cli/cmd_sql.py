"""`detente sql "SELECT …" --db FILE [--format table|csv|tsv|json|jsonl] [--max-rows N] [--timeout S]`."""
from __future__ import annotations

from typing import Annotated

import typer

from detente import store
from detente.cli.edge import edge
from detente.cli.output import TABLE_FORMATS, write_rows, warn
from detente.store.sql import run_sql


def register(app: typer.Typer) -> None:
    app.command("sql")(sql)


@edge
def sql(
    query: Annotated[str, typer.Argument(help="One SQL query, read-only (tables: see docs/codebook.md).")],
    db: Annotated[str, typer.Option(help="DuckDB file to read.")] = store.DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json or jsonl.")] = "table",
    max_rows: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 1000,
    timeout: Annotated[float, typer.Option(help="Stop the query after this many seconds.")] = 30.0,
) -> None:
    """Run a read-only SQL query over the database and print the rows."""
    result = run_sql(db, query, max_rows=max_rows, timeout=timeout)
    write_rows(result.columns, result.rows, format, TABLE_FORMATS)
    if result.truncated:
        warn(f"stopped at {max_rows} rows; raise the limit with --max-rows N (0: all)")
