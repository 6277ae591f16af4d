"""A Parquet dataset as a store: Spark executors write their own rows, read commands see DuckDB views.

Layout of a dataset folder (`--db news/`: a path ending in "/" or an existing folder):

    documents/month=2024-03/part-<hash>-0.parquet   the per-document tables, partitioned by
    segments/…  events/…  sources/…  stories/…      publication month ("unknown" when undated)
    rejects/part-<hash>.parquet  ledger/…           written by the driver (small)
    story_ids/part-0.parquet                        story of every document, rewritten by the driver
                                                    after each run (stories are corpus-level)
    incidents/part-0.parquet                        incidents and the incident of every event, rewritten
    incident_ids/part-0.parquet                     by the driver after each run (corpus-level too)
    event_dates/part-0.parquet                      dates the driver gave events of pages without a day
                                                    of their own, from their stories (stage 6b)

Why: with a DuckDB file only one process may write, so every coded document had to stream back to
the Spark driver. Here each executor writes the rows of the documents it coded, built by the same
`db.insert_batch` as the DuckDB store (an in-memory DuckDB per part, copied out as Parquet), so the
rows are the same. A part's file names are a hash of its documents, so a retried task rewrites its
own files; each file is written under `_staging/` and renamed into place, documents last, so a
document that is listed as stored has all its rows.

Reading: `read_connection` opens an in-memory DuckDB whose tables (from schema.sql) are replaced by
views over the files, cast to the schema's types, so `events`, `export`, `web` run unchanged.
"""
from __future__ import annotations

import glob
import hashlib
import os
import shutil
from collections.abc import Iterable, Sequence

import duckdb

from detente.records import CodedArticle, Incident, Reject, StoryLink

BY_MONTH = ("sources", "segments", "events", "stories", "documents")  # documents last: see above
TABLE_FOLDERS = BY_MONTH + ("rejects", "ledger")  # a folder with none of these is not a dataset
STAGING = "_staging"
_MONTH_SQL = ("SELECT doc_id, CASE WHEN length(published) >= 7 THEN substr(published, 1, 7) "
              "ELSE 'unknown' END AS month FROM documents")


def is_dataset(path: str) -> bool:
    """A --db value naming a folder: a Parquet dataset rather than a DuckDB file."""
    return path.endswith(("/", os.sep)) or os.path.isdir(path)


def part_name(doc_ids: Iterable[str]) -> str:
    """A part's name from the ids of its documents: the same documents give the same files."""
    return "part-" + hashlib.sha256("\n".join(sorted(doc_ids)).encode()).hexdigest()[:20]


def _staging_connection(schema_sql: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    con.execute(schema_sql)
    return con


def write_part(root: str, coded: Sequence[CodedArticle], schema_sql: str) -> str:
    """Executor side: the rows of these coded documents as Parquet files under `root`; returns the part name."""
    from detente.store.db import insert_batch

    name = part_name(c.article.doc_id for c in coded)
    if not coded:
        return name
    con = _staging_connection(schema_sql)
    try:
        insert_batch(con, coded)
        staging = os.path.join(root, STAGING, name)
        shutil.rmtree(staging, ignore_errors=True)  # what a killed attempt at this part left
        os.makedirs(staging)
        for table in BY_MONTH:
            con.execute(f"COPY (SELECT t.*, m.month FROM {table} t JOIN ({_MONTH_SQL}) m USING (doc_id)) "
                        f"TO '{_quoted(os.path.join(staging, table))}' (FORMAT PARQUET, PARTITION_BY (month), "
                        f"FILENAME_PATTERN '{name}-{{i}}', OVERWRITE_OR_IGNORE)")
        for table in BY_MONTH:
            _move_into_place(os.path.join(staging, table), os.path.join(root, table))
        shutil.rmtree(staging, ignore_errors=True)
    finally:
        con.close()
    return name


def _quoted(path: str) -> str:
    return path.replace("'", "''")


def _move_into_place(staged: str, final: str) -> None:
    """Rename every staged file to its place (same file system: each rename is atomic)."""
    for path in sorted(glob.glob(os.path.join(staged, "**", "*.parquet"), recursive=True)):
        target = os.path.join(final, os.path.relpath(path, staged))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.replace(path, target)


def write_driver_rows(root: str, rejects: Iterable[Reject], finished: Iterable[tuple[str, str]],
                      schema_sql: str) -> None:
    """Driver side: rejects and ledger keys, one file each per call, named by their content."""
    from detente.store.db import insert_batch

    rejects, finished = list(rejects), list(finished)
    con = _staging_connection(schema_sql)
    try:
        insert_batch(con, (), rejects, finished)
        for table, keys in (("rejects", [f"{r.path}\t{r.line}\t{r.reason}" for r in rejects]),
                            ("ledger", [k for k, _ in finished])):
            if keys:
                _copy_atomically(con, f"SELECT * FROM {table}", os.path.join(root, table, part_name(keys) + ".parquet"))
    finally:
        con.close()


def forget_inputs(root: str, given: list[str], files: list[str], key_file: str) -> None:
    """Driver side: drop the rejects (and ledger keys) of inputs read again from their start, as the DuckDB
    store does (db.forget_inputs): a Parquet dataset kept a fixed file's old rejects in every later summary
    and `export rejects` (newcomer review, session 15). `given`: the paths as named; `files`: their absolute
    paths, matched by `key_file` (SQL over a ledger key). A reject file is rewritten without those rows."""
    con = duckdb.connect(":memory:")
    try:
        ledger = _files(root, "ledger")
        old = [r[0] for r in con.execute(f"SELECT DISTINCT path FROM read_parquet([{_listed(ledger)}]) "
                                         f"WHERE list_contains(?, {key_file})", [files]).fetchall()] if ledger else []
        _drop_rows(con, _files(root, "rejects"), "list_contains(?, path)", sorted(set(given) | set(old)))
        _drop_rows(con, ledger, f"list_contains(?, {key_file})", files)
    finally:
        con.close()


def _drop_rows(con, parts: list[str], condition: str, values: list[str]) -> None:
    for part in parts:
        source = f"read_parquet('{_quoted(part)}')"
        dropped, total = con.execute(f"SELECT count(*) FILTER ({condition}), count(*) FROM {source}", [values]).fetchone()
        if dropped == total:
            os.remove(part)
        elif dropped:
            kept = f"SELECT * FROM {source} WHERE NOT ({condition.replace('?', _sql_list(values))})"
            _copy_atomically(con, kept, part)


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def write_stories(root: str, links: Iterable[StoryLink]) -> None:
    """Driver side: the story of every stored document, replacing the previous run's file."""
    con = duckdb.connect(":memory:")
    try:
        con.execute("CREATE TABLE story_ids (doc_id VARCHAR, story_id VARCHAR)")
        con.executemany("INSERT INTO story_ids VALUES (?, ?)", [(l.doc_id, l.story_id) for l in links])
        _copy_atomically(con, "SELECT * FROM story_ids ORDER BY doc_id", os.path.join(root, "story_ids", "part-0.parquet"))
    finally:
        con.close()


def write_incidents(root: str, incidents: list[Incident], schema_sql: str) -> None:
    """Driver side: every incident, and the incident of every event, replacing the previous run's files."""
    from detente.store import rows
    from detente.store.db import insert_rows

    con = _staging_connection(schema_sql)
    try:
        insert_rows(con, "incidents", rows.INCIDENT_COLUMNS, [rows.incident_row(i) for i in incidents])
        con.execute("CREATE TABLE incident_ids (event_id VARCHAR, incident_id VARCHAR)")
        insert_rows(con, "incident_ids", ("event_id", "incident_id"),
                [(e, i.incident_id) for i in incidents for e in i.event_ids], mode="")
        _copy_atomically(con, "SELECT * FROM incidents ORDER BY incident_id",
                         os.path.join(root, "incidents", "part-0.parquet"))
        _copy_atomically(con, "SELECT * FROM incident_ids ORDER BY event_id",
                         os.path.join(root, "incident_ids", "part-0.parquet"))
    finally:
        con.close()


def write_event_dates(root: str, dated: list[tuple], schema_sql: str) -> None:
    """Driver side: the dates stage 6b gave events (rows.EVENT_DATE_COLUMNS), replacing the previous run's
    file; the executors' files keep the dates events were coded with, so nothing else is restored."""
    from detente.store import rows
    from detente.store.db import insert_rows

    con = _staging_connection(schema_sql)
    try:
        con.execute("CREATE TABLE event_dates (event_id VARCHAR, date VARCHAR, date_precision VARCHAR, "
                    "date_source VARCHAR, date_note VARCHAR, date_start DATE)")
        insert_rows(con, "event_dates", rows.EVENT_DATE_COLUMNS, dated, mode="")
        _copy_atomically(con, "SELECT * FROM event_dates ORDER BY event_id",
                         os.path.join(root, "event_dates", "part-0.parquet"))
    finally:
        con.close()


def write_agreements(root: str, agreements: list, schema_sql: str) -> None:
    """Driver side: every agreement and its steps, replacing the previous run's files."""
    from detente.store.db import insert_agreements

    con = _staging_connection(schema_sql)
    try:
        insert_agreements(con, agreements)
        for table in ("agreements", "agreement_stages"):
            _copy_atomically(con, f"SELECT * FROM {table} ORDER BY agreement_id",
                             os.path.join(root, table, "part-0.parquet"))
    finally:
        con.close()


def _copy_atomically(con, query: str, target: str) -> None:
    os.makedirs(os.path.dirname(target), exist_ok=True)
    temporary = target + ".tmp"
    con.execute(f"COPY ({query}) TO '{_quoted(temporary)}' (FORMAT PARQUET)")
    os.replace(temporary, target)


def read_connection(root: str, schema_sql: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose tables are views over the dataset's files (empty tables where a
    table has no file yet), with the schema's column names, order and types."""
    con = _staging_connection(schema_sql)
    tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_schema = 'main' AND table_type = 'BASE TABLE'").fetchall()]
    for table in tables:
        files = _files(root, table)
        if table == "coded_dates" and (coded := _coded_dates_source(root)) is not None:
            columns = _columns(con, table)
            con.execute(f"DROP TABLE {table}")
            con.execute(f"CREATE VIEW {table} AS SELECT {_select_list(con, coded, columns)} FROM {coded}")
        elif files:
            columns = _columns(con, table)
            source = _source(con, files, table, root)
            con.execute(f"DROP TABLE {table}")
            con.execute(f"CREATE VIEW {table} AS SELECT {_select_list(con, source, columns)} FROM {source}")
    return con


def _columns(con, table: str) -> list[tuple[str, str]]:
    """(name, type) of a table of schema main (schema staging has keyless copies of some: db.merge_staged)."""
    return con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
                       "AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()


def _files(root: str, table: str) -> list[str]:
    return sorted(glob.glob(os.path.join(root, table, "**", "*.parquet"), recursive=True))


def _source(con, files: list[str], table: str, root: str) -> str:
    listed = ", ".join(f"'{_quoted(f)}'" for f in files)
    scan = f"read_parquet([{listed}], hive_partitioning = true, union_by_name = true)"
    # Executors write stories without a story and events without an incident (both are linked over the
    # whole corpus by the driver, which writes the ids apart), and events with the date they were coded
    # with (the driver writes the dates their stories gave some of them apart too).
    key, ids_table, column = {"stories": ("doc_id", "story_ids", "story_id"),
                              "events": ("event_id", "incident_ids", "incident_id")}.get(table, (None, None, None))
    ids = _files(root, ids_table) if ids_table else []
    if ids:
        links = ", ".join(f"'{_quoted(f)}'" for f in ids)
        scan = (f"(SELECT s.* EXCLUDE ({column}), i.{column} FROM {scan} s "
                f"LEFT JOIN read_parquet([{links}]) i USING ({key}))")
    dates = _files(root, "event_dates") if table == "events" else []
    if dates:
        listed = ", ".join(f"'{_quoted(f)}'" for f in dates)
        scan = (f"(SELECT s.* REPLACE ({', '.join(_DATED.format(c) for c in _DATE_COLUMNS)}) FROM {scan} s "
                f"LEFT JOIN read_parquet([{listed}]) n USING (event_id))")
    return scan


_DATE_COLUMNS = ("date", "date_precision", "date_source", "date_note", "date_start")
_DATED = "CASE WHEN n.event_id IS NULL THEN s.{0} ELSE n.{0} END AS {0}"


def _coded_dates_source(root: str) -> str | None:
    """coded_dates as a view: the executors' dates of the events the driver dated again (a DuckDB file keeps
    them in a table; here the executors' files still hold them)."""
    events, dates = _files(root, "events"), _files(root, "event_dates")
    if not events or not dates:
        return None
    scan = f"read_parquet([{_listed(events)}], hive_partitioning = true, union_by_name = true)"
    return (f"(SELECT s.event_id, s.date, s.date_precision, s.date_source, s.date_note FROM {scan} s "
            f"SEMI JOIN read_parquet([{_listed(dates)}]) n USING (event_id))")


def _listed(files: list[str]) -> str:
    return ", ".join(f"'{_quoted(f)}'" for f in files)


def _select_list(con, source: str, columns: list[tuple[str, str]]) -> str:
    """Each schema column cast to its type; a column no file has yet (a newer schema) is NULL."""
    present = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    return ", ".join(f"CAST({_present(name, present)} AS {kind}) AS {name}" for name, kind in columns)


def _present(name: str, present: set[str]) -> str:
    from detente.store import rows

    """The column, or NULL; a date_start that files written before it lack is their date's first day, and a
    disputed they lack is read from their contradictions."""
    if name in present:
        return name
    if name == "disputed" and "contradictions" in present:
        return "coalesce(contradictions, '[]') <> '[]'"
    return rows.DATE_START.format("date") if name == "date_start" and "date" in present else "NULL"
