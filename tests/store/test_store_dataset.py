"""A Parquet dataset written part by part reads back (through DuckDB views) as the rows the DuckDB
file holds for the same coded documents, and the read commands work over it."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente import pipeline, store
from detente.cli.main import app
from detente.errors import ConfigError
from detente.ingest import IngestOptions
from detente.records import Reject
from detente.runners.local import RunOptions, code_chunk, run_ingest
from detente.store import dataset
from tests.runners.corpus import snapshot, write_corpus

TABLES = ("documents", "segments", "events", "sources", "stories", "rejects", "ledger")


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wire")
    paths = write_corpus(folder, docs=6)
    (folder / "undated.txt").write_text("Kenya and Tanzania signed a border accord, officials said.\n", encoding="utf-8")
    docs = [d for p in [*paths, folder / "undated.txt"] for d in pipeline.read_input(str(p), IngestOptions())]
    return code_chunk(docs)


def _both(tmp_path, coded):
    db, root = str(tmp_path / "file.duckdb"), str(tmp_path / "dataset") + "/"
    reject = Reject("bad.jsonl", 2, "bad_json", "not JSON")
    store.write_batch(db, coded, [reject], [("key-1", "wire_000.txt")])
    store.write_part(root, coded[:4])
    store.write_part(root, coded[4:])
    store.write_batch(root, (), [reject], [("key-1", "wire_000.txt")])
    for target in (db, root):
        store.write_stories(target, pipeline.link_stories(store.fingerprints(target)))
    return db, root


def test_dataset_rows_equal_the_duckdb_rows(tmp_path, coded):
    db, root = _both(tmp_path, coded)
    assert snapshot(root) == snapshot(db)
    stamps = {"documents": "ingested_at", "rejects": "seen_at", "ledger": "finished_at"}  # times of writing
    with store.opened(db, read_only=True) as a, store.opened(root, read_only=True) as b:
        for table in TABLES:
            rest = f" EXCLUDE ({stamps[table]})" if table in stamps else ""
            sql = f"SELECT *{rest} FROM {table} ORDER BY ALL"
            assert a.execute(sql).fetchall() == b.execute(sql).fetchall(), table


def test_documents_are_partitioned_by_publication_month(tmp_path, coded):
    _db, root = _both(tmp_path, coded)
    months = sorted(p.name for p in (tmp_path / "dataset" / "events").iterdir())
    assert "month=2024-03" in months
    assert "month=unknown" in sorted(p.name for p in (tmp_path / "dataset" / "documents").iterdir())


def test_writing_a_part_again_changes_nothing(tmp_path, coded):
    db, root = _both(tmp_path, coded)
    before = snapshot(root)
    store.write_part(root, coded[:4])
    assert snapshot(root) == before
    assert not list((tmp_path / "dataset" / dataset.STAGING).glob("*"))


def test_an_empty_dataset_reads_as_empty_tables_and_refuses_local_writes(tmp_path, coded):
    root = str(tmp_path / "nothing") + "/"
    assert store.known_documents(root) == set() and store.finished_inputs(root) == set()
    with pytest.raises(ConfigError):
        store.write_batch(root, coded[:1], [])
    with pytest.raises(ConfigError):
        store.connect(root)
    with pytest.raises(ConfigError):
        run_ingest([str(tmp_path)], RunOptions(db=root))


def test_read_commands_work_over_a_dataset(tmp_path, coded):
    _db, root = _both(tmp_path, coded)
    runner = CliRunner()
    listed = runner.invoke(app, ["events", "--db", root, "--limit", "0"])
    assert listed.exit_code == 0, listed.output
    n = sum(len(c.events) for c in coded)
    assert f"{n} events" in listed.output
    out = tmp_path / "events.jsonl"
    exported = runner.invoke(app, ["export", "events", "--db", root, "--format", "jsonl", "--output", str(out)])
    assert exported.exit_code == 0, exported.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == n and all(r["event_id"] and r["doc_id"] for r in records)
    from detente.web import queries
    assert queries.summary(root)["counts"]["events"] == n


def test_an_input_read_again_loses_its_old_rejects_in_a_dataset_too(tmp_path):
    """A fixed input read again drops its old rejects (and ledger key) from a Parquet dataset as from a DuckDB
    file; other inputs' rejects stay (newcomer review, session 15: only DuckDB files were cleaned)."""
    import os

    root = str(tmp_path / "dataset") + "/"
    feed, other = tmp_path / "feed.jsonl", tmp_path / "other.jsonl"
    for path in (feed, other):
        path.write_text('{"text": "cut\n', encoding="utf-8")
    store.write_part(root, [])
    bad = [Reject(str(feed), 1, "bad_json", "not JSON"), Reject(str(other), 1, "bad_json", "not JSON")]
    store.write_batch(root, (), bad, [(f"{os.path.abspath(feed)}|1|1", str(feed))])
    store.write_batch(root, (), [Reject(str(feed), 2, "no_text", "no text")])
    store.write_batch(root, (), (), reread=[os.path.relpath(feed)])  # named another way than the first run did
    with store.opened(root, read_only=True) as con:
        assert con.execute("SELECT path, line FROM rejects").fetchall() == [(str(other), 1)]
        assert con.execute("SELECT count(*) FROM ledger").fetchone() == (0,)
