"""`detente sql`: one read-only query over the store, with a time limit and a row limit.

The file is opened read-only, only reading statements run (SELECT and its forms, EXPLAIN, PRAGMA, CALL),
file-system access is switched off (no read_csv of other files; a Parquet dataset's own folder stays readable,
its tables are views over its files) and the configuration is locked, so a query can read the tables and
nothing else.
"""
from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass

import duckdb

from detente.errors import ConfigError
from detente.store.dataset import is_dataset
from detente.store.db import opened


MAX_TIMEOUT = 7 * 24 * 3600


@dataclass(frozen=True, slots=True)
class Result:
    columns: tuple[str, ...]
    rows: list[tuple]
    truncated: bool  # more rows than max_rows


def run_sql(db: str, sql: str, max_rows: int = 1000, timeout: float = 30.0) -> Result:
    """Run `sql`; raises ConfigError for a query that fails, writes, or outlasts `timeout` seconds."""
    if max_rows < 0:
        raise ConfigError(f"--limit {max_rows}: give 0 (all) or more rows")
    if not 0 < timeout <= MAX_TIMEOUT:  # also refuses nan; a huge one overflows the timer
        raise ConfigError(f"--timeout {timeout}: give more than 0 and at most {MAX_TIMEOUT} seconds")
    if not sql.strip(" \t\n;"):
        raise ConfigError("the query is empty; give one, e.g. detente sql 'SHOW TABLES'")
    _one_statement(sql)
    with opened(db, read_only=True) as con:
        if is_dataset(db):
            con.execute("SET allowed_directories = [?]", [os.path.abspath(db).rstrip(os.sep) + os.sep])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        timer = threading.Timer(timeout, con.interrupt)
        timer.start()
        try:
            cur = con.execute(sql)
            if cur is None or cur.description is None:  # DuckDB returns no cursor for a comment-only query
                return Result((), [], False)
            columns = tuple(d[0] for d in cur.description)
            rows = cur.fetchmany(max_rows + 1) if max_rows else cur.fetchall()
        except duckdb.InterruptException as exc:
            raise ConfigError(f"the query ran longer than {timeout:g} s and was stopped; "
                              f"raise the limit with --timeout SECONDS") from exc
        except duckdb.Error as exc:
            raise ConfigError(f"the query failed: {_first_line(exc)}{_hint(exc, sql)}") from exc
        finally:
            timer.cancel()
    truncated = bool(max_rows) and len(rows) > max_rows
    return Result(columns, rows[:max_rows] if max_rows else rows, truncated)


def _one_statement(sql: str) -> None:
    """Refuse a script: `SELECT 1; SELECT 2` would print only the last result, and a write hidden after a
    read would be refused only after the read had run."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise ConfigError(f"the query failed: {_first_line(exc)}") from exc
    if len(statements) > 1:
        raise ConfigError(f"the query holds {len(statements)} statements; detente sql runs one at a time: "
                          f"run each on its own")
    kind = statements[0].type.name if statements else "SELECT"
    if kind not in _READING:
        raise ConfigError(f"detente sql is read-only: it runs SELECT queries (and DESCRIBE, SHOW TABLES, SUMMARIZE, "
                          f"EXPLAIN), not {kind}; write results with --format csv > FILE")


# Statement types that only read. Writing ones are refused before the database is opened: a DuckDB file is
# opened read-only anyway, but a dataset's views live in an in-memory database, which a COPY could write out of.
_READING = ("SELECT", "EXPLAIN", "PRAGMA", "CALL")


def _hint(exc: duckdb.Error, sql: str = "") -> str:
    """What to do, when the error says it: a write or a file access (refused on purpose), a table or column
    that does not exist. Syntax errors and the rest speak for themselves."""
    if isinstance(exc, duckdb.PermissionException) or "read-only mode" in str(exc):
        return " (detente sql only reads: SELECT, DESCRIBE, SHOW TABLES; write results with --format csv > FILE)"
    if isinstance(exc, duckdb.CatalogException):
        return " (list the tables with detente sql 'SHOW TABLES'; docs/codebook.md describes each)"
    if isinstance(exc, duckdb.BinderException) and "column" in str(exc).lower():
        return f" (list a table's columns with detente sql 'DESCRIBE {queried_table(sql)}')"
    return ""


_TABLE = re.compile(r"\b(?:FROM|JOIN)\s+([A-Za-z_]\w*)\b(?!\s*\()", re.IGNORECASE)


def queried_table(sql: str) -> str:
    """The first table the query reads, to name in a hint: a missing column of `documents` was answered "DESCRIBE
    events" (newcomer review, session 20: `SELECT content FROM documents`); `events` when none is named."""
    found = _TABLE.search(sql)
    return found.group(1) if found else "events"


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
