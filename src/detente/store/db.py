"""The DuckDB store: one file, idempotent batch writes, read queries.

DuckDB allows one writing process per file (readers in other processes are locked out while it
holds the file). detente lives with that by opening the file only for the length of one batch
transaction: a reader between batches gets in, and a reader that meets the lock retries for
`wait_seconds` before raising StoreBusy with a message saying why.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import time
from collections.abc import Iterable, Iterator
from importlib import resources

import duckdb

from detente.errors import ConfigError, StoreBusy, StoreError
from detente.records import (Agreement, AgreementReport, CodedArticle, Document, Fingerprint, Incident,
                             Reject, StoredReport, StoryLink)
from detente.store import dataset, rows, scales

SCHEMA_VERSION = "4"
DEFAULT_DB = "detente.duckdb"
# DuckDB's memory for a write connection. Every batch's INSERT OR IGNORE checks the primary keys, whose
# indexes DuckDB loads and keeps up to its limit (80 % of the machine by default): the writing process
# grew with the database (an insert into 791,000 stored events took 195 MB, 105 MB under a 100 MB limit).
# Within the limit, index pages it does not need are evicted and read again when needed.
# DETENTE_WRITE_MEMORY_LIMIT overrides it (a DuckDB size, '512MB', '2GB'): to raise it for one run, and for
# the tests and benchmarks that reproduce an out-of-memory error at small scale under a low limit.
WRITE_MEMORY_LIMIT = os.environ.get("DETENTE_WRITE_MEMORY_LIMIT", "256MB")


def schema_sql() -> str:
    return resources.files("detente.store").joinpath("schema.sql").read_text(encoding="utf-8")


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text or "being used by another" in text


def connect(path: str, read_only: bool = False, wait_seconds: float = 10.0,
            must_exist: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the database, creating the schema when writing; retry while another process holds it.

    Reading a file that does not exist is the user's mistake (ConfigError); reading a DuckDB file
    without detente's tables is a StoreError that says so, not a catalog error on the first query.
    A Parquet dataset (a folder, see store/dataset.py) opens read-only as views over its files; a folder
    that holds none of its tables is refused the same way, unless `must_exist` is False (a Spark run
    reads what an earlier run left in the folder it is about to fill)."""
    check_not_parquet_file(path)
    if dataset.is_dataset(path):
        if not read_only:
            raise ConfigError(f"{path} is a folder, read as a Parquet dataset: only `detente ingest --engine spark` "
                              "writes one; give --db a file name to write a DuckDB database")
        if must_exist:
            _check_dataset(path)
        return dataset.read_connection(path, schema_sql())

    if read_only:
        _check_readable(path)
    else:
        _check_writable(path)
    _check_duckdb_file(path)
    con = _connect(path, read_only, wait_seconds)
    if read_only:
        _check_detente_tables(con, path)
    else:
        _prepare_for_writing(con, path)
    return con


def _check_writable(path: str) -> None:
    """A write needs the file and its folder writable: DuckDB commits through a journal (NAME.wal) it creates
    beside the file. With the folder read-only, an ingest coded every document and then stopped at its first
    commit with "cannot rollback - no transaction is active; is it a database made by this version of
    detente?" (session 18 newcomer, a writable file in a read-only folder, run without root's override)."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: the database file is read-only for you: the reading commands (events, "
                         f"incidents, export, sql, web …) can use it; to add to it, make it writable "
                         f"(chmod u+w) or ingest into a copy")
    if os.path.isdir(folder) and not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"{path}: its folder {folder} is read-only for you, and DuckDB writes a journal file "
                         f"({os.path.basename(path)}.wal) beside the database at every commit; make the folder "
                         f"writable, or name a --db in a folder you can write to")


def _prepare_for_writing(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """The write limit, then the schema. The schema's creation can itself run out of a low limit (a combined
    test run hit the 4 MB of test_an_out_of_memory_error_says_so_and_how_to_resume here, session 14), which
    must read as the same out-of-memory message as a write's."""
    con.execute(f"SET memory_limit = '{WRITE_MEMORY_LIMIT}'")
    try:
        _check_not_foreign(con, path)
        _create_schema(con, path)
    except duckdb.OutOfMemoryException as exc:
        message = _out_of_memory(path, con, exc)
        con.close()
        raise StoreError(message) from exc


def _check_not_foreign(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """A DuckDB file of another program is refused for writing as it is for reading: `detente ingest --db
    other.duckdb` added detente's tables among that program's own, exit 0 (newcomer session 12)."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main'").fetchall()}
    if tables and not tables & {"meta", "events", "documents"}:
        con.close()
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError(f"{path} is a DuckDB database of another program (tables: {shown}); detente does not add "
                         f"its tables to it: give --db a new file name")


def _create_schema(con: duckdb.DuckDBPyConnection, path: str) -> None:
    try:
        con.execute(schema_sql())
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        scales.fill_missing(con)
    except duckdb.OutOfMemoryException:
        raise  # said as every write's out-of-memory error is, by _prepare_for_writing
    except duckdb.Error as exc:  # e.g. a DuckDB file of another program with a clashing table
        con.close()
        raise StoreError(f"{path}: cannot set up detente's tables: {_first_line(exc)}; write to a new --db file"
                         ) from exc


def _check_readable(path: str) -> None:
    if path == ":memory:" or os.path.isfile(path):
        return
    what = "is a directory, not a database file" if os.path.isdir(path) else "does not exist"
    shown = path or "''"
    raise ConfigError(f"--db {shown} {what}; build a database with `detente ingest INPUT --db {shown}` "
                      f"or name an existing one with --db")


def _check_duckdb_file(path: str) -> None:
    """A file that is not a DuckDB database (a JSONL input or a CSV export given to --db by mistake) is named
    as such; DuckDB's own words for it ("Cannot launch in-memory database in read-only mode!", "not a valid
    DuckDB database file") left a newcomer lost (session 7). A DuckDB file has 'DUCK' at bytes 8-11."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except (OSError, ValueError):
        return  # missing (a write creates it) or unreadable: DuckDB's error, or the checks before, say so
    # a file shorter than a header, or zeros, may be one another detente process is creating: DuckDB decides
    if len(head) == 12 and any(head) and head[8:12] != b"DUCK":
        raise StoreError(f"--db {path} is not a DuckDB database file (it holds other data; an input or an "
                         f"export?); {_WHAT_DB_TAKES}")


_WHAT_DB_TAKES = ("--db takes a DuckDB file made by `detente ingest`, or a Parquet dataset folder (ends in /) "
                  "written by `detente ingest --engine spark`")


def check_not_parquet_file(path: str) -> None:
    """One Parquet file (an export, or a file of a dataset) is not a database: say what --db takes."""
    if os.path.isdir(path):
        return
    named = path.lower().endswith(".parquet")
    try:
        with open(path, "rb") as fh:
            named = named or fh.read(4) == b"PAR1"
    except (OSError, ValueError):
        pass  # missing, unreadable or not a path (a NUL byte): the checks that follow say so
    if named:
        raise ConfigError(f"--db {path} is a Parquet file, not a database: {_WHAT_DB_TAKES}; to query a Parquet "
                          f"file, open it with DuckDB or pandas")


def _check_dataset(path: str) -> None:
    if not os.path.isdir(path) and os.path.isfile(path.rstrip("/")):
        # "--db demo.duckdb/ does not exist" while demo.duckdb was right there (session 14 newcomer)
        raise ConfigError(f"--db {path}: the trailing / names a Parquet dataset folder, but {path.rstrip('/')} "
                          f"is a file; drop the / to read it as a DuckDB database")
    if not os.path.isdir(path):
        raise ConfigError(f"--db {path} does not exist; {_WHAT_DB_TAKES}")
    if not any(os.path.isdir(os.path.join(path, table)) for table in dataset.TABLE_FOLDERS):
        raise StoreError(f"{path} is a folder but not a detente Parquet dataset (it has none of the folders "
                         f"{', '.join(dataset.TABLE_FOLDERS)}); {_WHAT_DB_TAKES}")


def _check_detente_tables(con: duckdb.DuckDBPyConnection, path: str) -> None:
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('events', 'documents')"
                        ).fetchall()[0][0]  # fetchall: a half-read result would block the next query
    if found < 2:
        con.close()
        raise StoreError(f"{path} is a DuckDB database but not one made by detente (it has no events and "
                         f"documents tables); name a detente database with --db, or build one with `detente ingest`")


def _connect(path: str, read_only: bool, wait_seconds: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only)
            break
        except duckdb.IOException as exc:
            if _is_lock_error(exc) and time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            if _is_lock_error(exc):
                raise StoreBusy(f"{path}: another detente process is writing to this database; wait for it "
                                f"to finish (DuckDB allows one writer per file) or use another --db") from exc
            raise StoreError(_not_opened(path, exc, read_only)) from exc
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open the database: {_first_line(exc)}; is it a detente DuckDB file?"
                             ) from exc
    return con


def _not_opened(path: str, exc: Exception, read_only: bool = True) -> str:
    """detente's words for a file DuckDB cannot open. An empty or truncated file passes _check_duckdb_file
    (another process may be creating it), and DuckDB's own "exists, but it is not a valid DuckDB database
    file!" reached a newcomer who had made the file with `touch` or `mktemp` (session 7 review)."""
    if "Could not read enough bytes" in str(exc):  # a copy or download that stopped (newcomer session 12)
        return (f"--db {path} is cut short: DuckDB could not read all of it ({_first_line(exc)}); copy it again, "
                f"or build it anew with `detente ingest INPUT --db {path}`")
    if "not a valid DuckDB database" not in str(exc):
        # DuckDB's words alone ("Cannot open file …: Permission denied") left `--db /proc/x.duckdb` without a
        # next step (session 14 newcomer)
        step = "check that you may read it" if read_only else "name a --db in a folder you can write to"
        return f"{path}: cannot open the database: {_first_line(exc)}; {step}"
    size = os.path.getsize(path) if os.path.isfile(path) else 0
    what = "is an empty file (0 bytes)" if size == 0 else f"holds only {size} bytes"
    return (f"--db {path} {what}, not a DuckDB database (made by `touch` or `mktemp`, or cut short?); "
            f"remove it and build one with `detente ingest INPUT --db {path}`, or name another --db")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@contextlib.contextmanager
def opened(path: str, read_only: bool = False, wait_seconds: float = 10.0,
           must_exist: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for the length of a `with` block; a DuckDB error inside it becomes a StoreError
    naming the file (a database from another program or another detente version, a full disk)."""
    con = connect(path, read_only=read_only, wait_seconds=wait_seconds, must_exist=must_exist)
    try:
        yield con
    except duckdb.OutOfMemoryException as exc:
        raise StoreError(_out_of_memory(path, con, exc)) from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: the database could not answer: {_first_line(exc)}; is it a database "
                         f"made by this version of detente?") from exc
    finally:
        con.close()


def _out_of_memory(path: str, con, exc: Exception) -> str:
    """DuckDB's out-of-memory error in detente's words: which limit, how to raise it, and that a rerun resumes
    (every write is a whole transaction). Session 11: a 50,000-document ingest stopped with DuckDB's words
    and "is it a database made by this version of detente?", which sent the user the wrong way."""
    try:
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    except duckdb.Error:
        limit = "its limit"
    return (f"{path}: DuckDB ran out of the memory it may use ({limit}): {_first_line(exc)}; what was committed "
            f"is kept: run the same command again to resume, after raising the limit for the run with "
            f"DETENTE_WRITE_MEMORY_LIMIT (now {WRITE_MEMORY_LIMIT}; DETENTE_MERGE_MEMORY_LIMIT for the merge at "
            f"the end of an ingest, now {MERGE_MEMORY_LIMIT}), e.g. DETENTE_WRITE_MEMORY_LIMIT=1GB")


# An append-only write (a batch) closes without DuckDB's vacuum. The checkpoint at a write connection's close
# merges the table's small row groups, and a row group holds 122,880 rows: every document of a corpus under
# that size is one row group, so each batch's close re-compressed every staged document's text and event so
# far. At 50,000 replayed documents the parent's writes peaked at 457 MB, closes of up to +280 MB and 50 s on
# a table of 30,000 4-KB texts; without the vacuum a close takes +4 MB (docs/scaling.md, "The vacuum at each
# batch's close"). The price is disk: a batch's row groups stay small (the staged rows' file space is about
# twice as large; the merge, with the vacuum, moves them into the keyed tables and frees it for reuse).
APPEND_ONLY = "SET max_vacuum_tasks = 0"


@contextlib.contextmanager
def transaction(path: str, memory_limit: str | None = None,
                append_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A write connection whose statements commit together, or not at all (rolled back on any error).
    `memory_limit`: DuckDB's, when not WRITE_MEMORY_LIMIT (the merge's). `append_only`: a transaction that
    only appends rows, closed without the vacuum (APPEND_ONLY)."""
    with opened(path) as con:
        if memory_limit is not None:
            con.execute(f"SET memory_limit = '{memory_limit}'")
        if append_only:
            con.execute(APPEND_ONLY)
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            # a failed COMMIT (its journal file could not be written) has ended the transaction already: DuckDB's
            # "cannot rollback - no transaction is active" would then replace the error that says why
            with contextlib.suppress(duckdb.TransactionException):
                con.execute("ROLLBACK")
            raise


def insert_rows(con, table: str, columns: tuple[str, ...], values: list[tuple], mode: str = "OR IGNORE") -> None:
    """Insert rows as one Arrow table and one INSERT … SELECT.

    DuckDB runs `executemany` as one INSERT per row: a 256-document batch (~10,000 segment and
    event rows) took minutes that way and a second this way (benchmarks/throughput.py profile).
    """
    if not values:
        return
    import pyarrow as pa

    data = {c: [row[i] for row in values] for i, c in enumerate(columns)}
    try:
        incoming = pa.Table.from_pydict(data)
    except UnicodeEncodeError:  # rare: retried rather than checking every string of every batch
        incoming = pa.Table.from_pydict({c: [_storable(v) for v in column] for c, column in data.items()})
    con.register("incoming_rows", incoming)
    try:
        cols = ", ".join(columns)
        con.execute(f"INSERT {mode} INTO {table} ({cols}) SELECT {cols} FROM incoming_rows")
    finally:  # after an error DuckDB refuses this in the aborted transaction: the error to raise is the first
        with contextlib.suppress(duckdb.TransactionException):  # (an out-of-memory error was hidden by it)
            con.unregister("incoming_rows")


# Rows per Arrow table in a corpus-level write (every event's incident, every document's story): a
# million rows are written a slice at a time, not built as one table of Python tuples and its copy.
INSERT_ROWS = 100_000


def insert_all(con, table: str, columns: tuple[str, ...], values: Iterable[tuple], mode: str = "OR IGNORE") -> None:
    """`insert_rows` for any number of rows, INSERT_ROWS at a time (in the caller's transaction)."""
    values = iter(values)
    while chunk := list(itertools.islice(values, INSERT_ROWS)):
        insert_rows(con, table, columns, chunk, mode)


def _storable(value):
    """A file name that is not UTF-8 reaches Python with its odd bytes as lone surrogates, which
    no database column holds: store those bytes as \\xNN escapes (`caf\\xe9.txt`)."""
    if not isinstance(value, str):
        return value
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


def write_batch(path: str, coded: Iterable[CodedArticle], rejects: Iterable[Reject],
                finished: Iterable[tuple[str, str]] = (), duplicates: Iterable[Document] = (),
                staged: bool = False, reread: Iterable[str] = ()) -> None:
    """Commit one batch in one transaction: documents, segments, events, fingerprints, rejects,
    the sources of documents (including `duplicates`: known content read under another name) and
    the ledger keys (input_key, path) of inputs now completely stored. Existing rows are kept.
    `staged`: the per-document rows go to the staging tables (an ingest; merge_staged moves them).
    `reread`: inputs being read again from their start, whose earlier rejects and ledger rows go first.
    Into a Parquet dataset only rejects and ledger keys are written here (executors write the rest)."""
    if dataset.is_dataset(path):
        if any(True for _ in coded):
            raise ConfigError(f"{path} is a folder, read as a Parquet dataset: only `detente ingest --engine spark` "
                              "writes documents into one; give --db a file name to write a DuckDB database")
        reread = list(reread)
        if reread:
            dataset.forget_inputs(path, sorted({_storable(p) for p in reread}),
                                  [_storable(os.path.abspath(p)) for p in reread], _KEY_FILE)
        return dataset.write_driver_rows(path, rejects, finished, schema_sql())
    with transaction(path, append_only=True) as con:
        forget_inputs(con, reread)
        insert_batch(con, coded, rejects, finished, duplicates, staged)


def forget_inputs(con, paths: Iterable[str]) -> None:
    """Drop the rejects and ledger rows of inputs that are read again from their start (new, changed, or
    left unfinished): the read stores their rejects anew. A JSONL file whose bad line was fixed kept its
    `bad_json` row in every later run summary and `export rejects` (newcomer review, session 14). An earlier
    run may have named the file differently (relative, absolute): its ledger key holds the absolute path."""
    paths = list(paths)
    if not paths:
        return
    files = [_storable(os.path.abspath(p)) for p in paths]
    old = [r[0] for r in con.execute(f"SELECT DISTINCT path FROM ledger WHERE list_contains(?, {_KEY_FILE})",
                                     [files]).fetchall()]
    named = sorted({_storable(p) for p in paths} | set(old))
    con.execute("DELETE FROM rejects WHERE list_contains(?, path)", [named])
    con.execute(f"DELETE FROM ledger WHERE list_contains(?, {_KEY_FILE})", [files])


# The absolute path of a ledger key (ingest.discover.input_key: "path|size|mtime_ns"; the path may hold a '|').
_KEY_FILE = r"regexp_replace(input_key, '\|[0-9]+\|-?[0-9]+$', '')"


def insert_batch(con, coded: Iterable[CodedArticle], rejects: Iterable[Reject] = (),
                 finished: Iterable[tuple[str, str]] = (), duplicates: Iterable[Document] = (),
                 staged: bool = False) -> None:
    """The rows of one batch into an open connection (a file, or the in-memory staging database
    from which a Spark executor writes Parquet: both get their rows from here). `staged`: the
    per-document tables are appended to their keyless copies in schema `staging` (see merge_staged)."""
    coded, rejects, finished = list(coded), list(rejects), list(finished)
    sources = [(c.article.doc_id, c.article.path, c.article.line or 0) for c in coded]
    sources += [(d.doc_id, d.path, d.line or 0) for d in duplicates]
    into, mode = ("staging.", "") if staged else ("", "OR IGNORE")
    insert_rows(con, into + "documents", rows.DOCUMENT_COLUMNS, [rows.document_row(c) for c in coded], mode)
    insert_rows(con, into + "segments", rows.SEGMENT_COLUMNS, [r for c in coded for r in rows.segment_rows(c.article)],
            mode)
    insert_rows(con, into + "events", rows.EVENT_COLUMNS, [rows.event_row(e) for c in coded for e in c.events], mode)
    insert_rows(con, into + "stories", ("doc_id", "signature", "published", "topics", "latest_year", "names"),
            [(f.doc_id, f.signature, f.published, ",".join(f.topics), f.latest_year, f.names)
             for c in coded if (f := c.fingerprint)], mode)
    insert_rows(con, into + "sources", ("doc_id", "path", "line"), sources, mode)
    insert_rows(con, "rejects", rows.REJECT_COLUMNS, [rows.reject_row(r) for r in rejects])
    insert_rows(con, "ledger", ("input_key", "path", "finished_at"), [(k, p, rows.now_stamp()) for k, p in finished])


def write_part(root: str, coded: Iterable[CodedArticle]) -> str:
    """The rows of these coded documents as Parquet files of the dataset `root` (a Spark executor)."""
    return dataset.write_part(root, list(coded), schema_sql())


def known_documents(path: str) -> set[str]:
    """Every stored document, staged ones included (a killed ingest's batches, merged by the next run)."""
    with opened(path, read_only=dataset.is_dataset(path), must_exist=False) as con:
        return {r[0] for r in con.execute("SELECT doc_id FROM documents UNION ALL "
                                          "SELECT doc_id FROM staging.documents").fetchall()}


# The tables an ingest stages (schema.sql, schema `staging`), and the staged events merged per transaction:
# a slice's rows wait in the transaction's memory beside the whole index of the stored events. With 100,000
# events a slice, the merge into 803,250 events (50,000 documents, benchmarks/memory.py) ran out of DuckDB's
# 256 MB; the merge runs after the workers have exited, so it may take more (MERGE_MEMORY_LIMIT).
STAGED_TABLES = ("documents", "segments", "events", "stories", "sources")
MERGE_EVENTS = 25_000
MERGE_MEMORY_LIMIT = os.environ.get("DETENTE_MERGE_MEMORY_LIMIT", "512MB")


def merge_staged(path: str) -> int:
    """Move the staged rows into the keyed tables (existing rows kept, repeats dropped), a slice of documents
    per transaction, each slice deleted from staging in the same transaction: a merge killed half way is
    finished by the next one, and ends as one clean run. Runs at the end of an ingest, after its workers
    have exited (runners.local.link_corpus). Returns the number of slices."""
    if dataset.is_dataset(path):
        return 0
    with opened(path) as con:
        counts = dict(zip(STAGED_TABLES, con.execute(
            "SELECT " + ", ".join(f"(SELECT count(*) FROM staging.{t})" for t in STAGED_TABLES)).fetchone()))
    slices = -(-counts["events"] // MERGE_EVENTS) or (1 if any(counts.values()) else 0)
    for k in range(slices):
        with transaction(path, MERGE_MEMORY_LIMIT) as con:
            _merge_slice(con, f"hash(doc_id) % {slices} = {k}")
    return slices


def _merge_slice(con, where: str) -> None:
    for table in STAGED_TABLES:
        con.execute(f"INSERT OR IGNORE INTO main.{table} BY NAME SELECT * FROM staging.{table} WHERE {where}")
        con.execute(f"DELETE FROM staging.{table} WHERE {where}")


def finished_inputs(path: str) -> set[str]:
    with opened(path, read_only=dataset.is_dataset(path), must_exist=False) as con:
        return {r[0] for r in con.execute("SELECT input_key FROM ledger").fetchall()}


def finished_rejects(path: str) -> dict[str, list[Reject]]:
    """The stored rejects of each finished input, by ledger key. A rerun skips a finished input, yet must
    report its rejects again, with the same exit code: a rerun over a folder whose files failed said
    "0 set aside" and exited 0 (newcomer review, session 12). Joined on the path the ledger row was
    written with, which is the path its rejects were stored under."""
    with opened(path, read_only=dataset.is_dataset(path), must_exist=False) as con:
        found = con.execute("SELECT l.input_key, r.path, r.line, r.reason, r.detail FROM ledger l "
                            "JOIN rejects r ON r.path = l.path ORDER BY l.input_key, r.line, r.reason").fetchall()
    by_key: dict[str, list[Reject]] = {}
    for key, file, line, reason, detail in found:
        by_key.setdefault(key, []).append(Reject(file, line or None, reason, detail))
    return by_key


def fingerprints(path: str) -> Iterator[Fingerprint]:
    """Every stored document's fingerprint, in no particular order, yielded as read (10,000 rows at a time):
    the story stage turns them into columns a slice at a time and puts them in doc_id order itself
    (stories/pages.py). As a list, with the whole query result beside it, 50,000 of them took 240 MB; an ORDER
    BY made DuckDB hold the sorted result (about 40 MB more at 50,000; docs/scaling.md, session 14). Consume
    it whole (the database stays open until then)."""
    with opened(path, read_only=dataset.is_dataset(path), must_exist=False) as con:
        rows = con.execute("SELECT doc_id, signature, published, topics, latest_year, names FROM stories")
        while batch := rows.fetchmany(10_000):
            yield from (Fingerprint(d, bytes(sig), pub, _listed(topics), year, bytes(names or b""))
                        for d, sig, pub, topics, year, names in batch)


def _listed(value: str | None) -> tuple[str, ...]:
    """A comma-separated column as a tuple (NULL in a row stored before the column: none)."""
    return tuple(t for t in (value or "").split(",") if t)


def write_stories(path: str, links: Iterable[StoryLink]) -> None:
    links = list(links)
    if dataset.is_dataset(path):
        return dataset.write_stories(path, links)
    with transaction(path) as con:
        con.execute("CREATE TEMP TABLE new_links (doc_id VARCHAR, story_id VARCHAR)")
        insert_all(con, "new_links", ("doc_id", "story_id"), ((l.doc_id, l.story_id) for l in links), mode="")
        con.execute("UPDATE stories SET story_id = n.story_id FROM new_links n WHERE stories.doc_id = n.doc_id")


def reports(path: str) -> list[StoredReport]:
    """Every stored event as the incidents stage reads it (with its story, outlet and publication date).
    The stage holds them all at once, so a value repeated across rows (a document's id, story, outlet and
    date, the codes, a date note) is one shared object, not a copy per row: a third of the memory; and
    each is a StoredReport, whose document, date and act parts rows share (284 → 174 bytes an event
    at 10,000 replayed documents, tracemalloc). The columns read only for a value derived from them (the
    source's resolution and the rule: the speaker and the kind of act) are not shared: none is kept."""
    parts: dict = {}
    return list(every_event_as(path, rows.REPORT_SELECT, lambda row: rows.stored_report_from_row(row, parts),
                                shared=rows.REPORT_KEPT))


def every_event_as(path: str, select: str, record, shared: bool | int = False, params: list | None = None) -> Iterator:
    """Every stored event row of `select` turned into a record by `record`, as they are read, in no
    particular order (both stages sort by event id: an ORDER BY here made DuckDB hold the whole sorted
    result, about 0.8 KB an event). `shared`: every column but the first (the event id) is shared
    between equal values; a number: the columns before it."""
    memo: dict | None = {} if shared else None
    upto = None if shared is True else shared or None
    with opened(path, read_only=dataset.is_dataset(path), must_exist=False) as con:
        cur = con.execute(select, params or [])
        while batch := cur.fetchmany(10_000):
            yield from (record(shared_values(r, memo, upto) if memo is not None else r) for r in batch)


def shared_values(row: tuple, memo: dict, upto: int | None = None) -> tuple:
    """The row with each value after the first (and before `upto`) replaced by the first equal value
    seen (keyed by type too: 1, 1.0 and True are equal in Python but not the same value)."""
    end = len(row) if upto is None else upto
    return (row[0], *(v if v is None else memo.setdefault((type(v), v), v) for v in row[1:end]), *row[end:])


def write_incidents(path: str, incidents: Iterable[Incident]) -> None:
    """Replace the incidents (they are recomputed over the whole corpus) and point every event at its
    incident, in one transaction. A source with no outlet or URL is stored by its report's name (claim_labels)."""
    from detente.store.claim_labels import labelled  # it reads store.queries, which imports this module
    incidents = labelled(path, list(incidents))
    if dataset.is_dataset(path):
        return dataset.write_incidents(path, incidents, schema_sql())
    with transaction(path) as con:
        con.execute("DELETE FROM incidents")
        insert_all(con, "incidents", rows.INCIDENT_COLUMNS, map(rows.incident_row, incidents))
        con.execute("CREATE TEMP TABLE new_members (event_id VARCHAR, incident_id VARCHAR)")
        insert_all(con, "new_members", ("event_id", "incident_id"),
                    ((e, i.incident_id) for i in incidents for e in i.event_ids), mode="")
        con.execute("UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL")
        con.execute("UPDATE events SET incident_id = n.incident_id FROM new_members n WHERE events.event_id = n.event_id")


def agreement_reports(path: str) -> Iterator[AgreementReport]:
    """Every stored event whose sentence may name an agreement (holds a head noun of agreements/names.py:
    find_names finds no name in any other) as the agreements stage reads it (its sentence, trigger and
    date), yielded as read: the stage keeps only the few that name one. Consume it whole (the database
    stays open until then). Session 14: at 50,000 documents, reading all 819,985 sentences into Python was
    most of the stage's time once find_names passed over those without a head."""
    from detente.agreements.names import head_pattern

    return every_event_as(path, rows.AGREEMENT_REPORT_SELECT + " WHERE regexp_matches(lower(e.sentence), ?)",
                           rows.agreement_report_from_row, params=[head_pattern()])


def write_agreements(path: str, agreements: Iterable[Agreement]) -> None:
    """Replace the agreements and their steps (recomputed over the whole corpus), in one transaction."""
    agreements = list(agreements)
    if dataset.is_dataset(path):
        return dataset.write_agreements(path, agreements, schema_sql())
    with transaction(path) as con:
        insert_agreements(con, agreements, replace=True)


def insert_agreements(con, agreements: list[Agreement], replace: bool = False) -> None:
    if replace:
        con.execute("DELETE FROM agreement_stages")
        con.execute("DELETE FROM agreements")
    insert_all(con, "agreements", rows.AGREEMENT_COLUMNS, map(rows.agreement_row, agreements))
    insert_all(con, "agreement_stages", rows.AGREEMENT_STAGE_COLUMNS,
                (r for a in agreements for r in rows.agreement_stage_rows(a)), mode="")
