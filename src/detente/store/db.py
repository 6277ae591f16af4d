"""The DuckDB store: one file, idempotent batch writes, read queries.

DuckDB allows one writing process per file (readers in other processes are locked out while it
holds the file). detente lives with that by opening the file only for the length of one batch
transaction: a reader between batches gets in, and a reader that meets the lock retries for
`wait_seconds` before raising StoreBusy with a message saying why.
"""
from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from importlib import resources

import duckdb

from detente.errors import ConfigError, StoreBusy, StoreError
from detente.records import CodedArticle, Document, Fingerprint, Reject, StoryLink
from detente.store import dataset, rows

SCHEMA_VERSION = "1"
DEFAULT_DB = "detente.duckdb"


def _schema_sql() -> str:
    return resources.files("detente.store").joinpath("schema.sql").read_text(encoding="utf-8")


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text or "being used by another" in text


def connect(path: str, read_only: bool = False, wait_seconds: float = 10.0) -> duckdb.DuckDBPyConnection:
    """Open the database, creating the schema when writing; retry while another process holds it.
    A Parquet dataset (a folder, see store/dataset.py) opens read-only as views over its files."""
    if dataset.is_dataset(path):
        if not read_only:
            raise ConfigError(f"{path} is a folder, read as a Parquet dataset: only `detente ingest --engine spark` "
                              "writes one; give --db a file name to write a DuckDB database")
        return dataset.read_connection(path, _schema_sql())
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
            raise StoreError(f"{path}: cannot open the database: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open the database: {exc}; is it a detente DuckDB file?") from exc
    if not read_only:
        con.execute(_schema_sql())
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    return con


@contextlib.contextmanager
def opened(path: str, read_only: bool = False, wait_seconds: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only, wait_seconds=wait_seconds)
    try:
        yield con
    finally:
        con.close()


def _insert(con, table: str, columns: tuple[str, ...], values: list[tuple], mode: str = "OR IGNORE") -> None:
    """Insert rows as one Arrow table and one INSERT … SELECT.

    DuckDB runs `executemany` as one INSERT per row: a 256-document batch (~10,000 segment and
    event rows) took minutes that way and a second this way (benchmarks/throughput.py profile).
    """
    if not values:
        return
    import pyarrow as pa

    incoming = pa.Table.from_pydict({c: [row[i] for row in values] for i, c in enumerate(columns)})
    con.register("incoming_rows", incoming)
    try:
        cols = ", ".join(columns)
        con.execute(f"INSERT {mode} INTO {table} ({cols}) SELECT {cols} FROM incoming_rows")
    finally:
        con.unregister("incoming_rows")


def write_batch(path: str, coded: Iterable[CodedArticle], rejects: Iterable[Reject],
                finished: Iterable[tuple[str, str]] = (), duplicates: Iterable[Document] = ()) -> None:
    """Commit one batch in one transaction: documents, segments, events, fingerprints, rejects,
    the sources of documents (including `duplicates`: known content read under another name) and
    the ledger keys (input_key, path) of inputs now completely stored. Existing rows are kept.
    Into a Parquet dataset only rejects and ledger keys are written here (executors write the rest)."""
    if dataset.is_dataset(path):
        if any(True for _ in coded):
            raise ConfigError(f"{path} is a folder, read as a Parquet dataset: only `detente ingest --engine spark` "
                              "writes documents into one; give --db a file name to write a DuckDB database")
        return dataset.write_driver_rows(path, rejects, finished, _schema_sql())
    with opened(path) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            insert_batch(con, coded, rejects, finished, duplicates)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def insert_batch(con, coded: Iterable[CodedArticle], rejects: Iterable[Reject] = (),
                 finished: Iterable[tuple[str, str]] = (), duplicates: Iterable[Document] = ()) -> None:
    """The rows of one batch into an open connection (a file, or the in-memory staging database
    from which a Spark executor writes Parquet: both get their rows from here)."""
    coded, rejects, finished = list(coded), list(rejects), list(finished)
    sources = [(c.article.doc_id, c.article.path, c.article.line or 0) for c in coded]
    sources += [(d.doc_id, d.path, d.line or 0) for d in duplicates]
    _insert(con, "documents", rows.DOCUMENT_COLUMNS, [rows.document_row(c) for c in coded])
    _insert(con, "segments", rows.SEGMENT_COLUMNS, [r for c in coded for r in rows.segment_rows(c.article)])
    _insert(con, "events", rows.EVENT_COLUMNS, [rows.event_row(e) for c in coded for e in c.events])
    _insert(con, "stories", ("doc_id", "signature", "published"),
            [(f.doc_id, f.signature, f.published) for c in coded if (f := c.fingerprint)])
    _insert(con, "sources", ("doc_id", "path", "line"), sources)
    _insert(con, "rejects", rows.REJECT_COLUMNS, [rows.reject_row(r) for r in rejects])
    _insert(con, "ledger", ("input_key", "path", "finished_at"), [(k, p, rows._now()) for k, p in finished])


def write_part(root: str, coded: Iterable[CodedArticle]) -> str:
    """The rows of these coded documents as Parquet files of the dataset `root` (a Spark executor)."""
    return dataset.write_part(root, list(coded), _schema_sql())


def known_documents(path: str) -> set[str]:
    with opened(path, read_only=dataset.is_dataset(path)) as con:
        return {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}


def finished_inputs(path: str) -> set[str]:
    with opened(path, read_only=dataset.is_dataset(path)) as con:
        return {r[0] for r in con.execute("SELECT input_key FROM ledger").fetchall()}


def fingerprints(path: str) -> list[Fingerprint]:
    with opened(path, read_only=dataset.is_dataset(path)) as con:
        return [Fingerprint(d, bytes(sig), pub) for d, sig, pub in
                con.execute("SELECT doc_id, signature, published FROM stories ORDER BY doc_id").fetchall()]


def write_stories(path: str, links: Iterable[StoryLink]) -> None:
    links = list(links)
    if dataset.is_dataset(path):
        return dataset.write_stories(path, links)
    with opened(path) as con:
        con.execute("BEGIN TRANSACTION")
        con.execute("CREATE TEMP TABLE new_links (doc_id VARCHAR, story_id VARCHAR)")
        _insert(con, "new_links", ("doc_id", "story_id"), [(l.doc_id, l.story_id) for l in links], mode="")
        con.execute("UPDATE stories SET story_id = n.story_id FROM new_links n WHERE stories.doc_id = n.doc_id")
        con.execute("COMMIT")
