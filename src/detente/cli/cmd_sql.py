"""`detente sql "SELECT …" --db FILE [--format table|csv|tsv|json|jsonl] [--limit N] [--timeout S]`."""
from __future__ import annotations

from typing import Annotated

import typer

from detente import store
from detente.cli import options
from detente.cli.edge import edge
from detente.cli.output import TABLE_FORMATS, check_format, piped, plural, table_console, warn, write_rows
from detente.store.sql import run_sql


def register(app: typer.Typer) -> None:
    app.command("sql")(sql)


@edge
def sql(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="One SQL statement, read-only, e.g. 'SELECT event_type, "
                                                               "count(*) FROM events GROUP BY 1' (tables and columns: "
                                                               "docs/codebook.md, or 'SHOW TABLES' and 'DESCRIBE "
                                                               "events').")],
    db: options.Db = store.DEFAULT_DB,
    format: Annotated[str, options.fmt("table, csv, tsv, json or jsonl.")] = "table",
    limit: Annotated[int, typer.Option("--limit", "--max-rows", metavar="N", callback=options.rows,
                                       help="At most this many rows (0: all).")] = 1000,
    timeout: Annotated[float, typer.Option(metavar="SECONDS", help="Stop the query after this many seconds.")] = 30.0,
) -> None:
    """Run one read-only SQL query over the database and print the rows (file access is switched off)."""
    check_format(format, TABLE_FORMATS)
    result = run_sql(db, query, max_rows=limit, timeout=timeout)
    with piped():
        write_rows(result.columns, result.rows, format, TABLE_FORMATS)
    _warn_if_too_wide(result.columns, format)
    if result.truncated:
        warn(f"stopped at {plural(limit, 'row')}; raise the limit with --limit N (0: all)")


MIN_COLUMN_WIDTH = 8  # below this a table column shows "e…" and nothing can be read


def _warn_if_too_wide(columns: list[str], fmt: str) -> None:
    """`SELECT * FROM events` as a table squeezed 48 columns into the terminal as "e… d… R…" (session 7): say
    how to get something readable instead of leaving the newcomer with it."""
    width = table_console().width
    if fmt == "table" and len(columns) * MIN_COLUMN_WIDTH > width:
        warn(f"note: {len(columns)} columns do not fit a {width}-character table; name the columns you need "
             f"(SELECT event_id, event_type, … ) or use --format csv or --format json")
