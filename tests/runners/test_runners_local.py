"""The local runner: idempotent re-ingest, resume after SIGKILL, error policy, parallel = serial."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from detente.records import Document
from detente.runners.local import RunOptions, code_or_reject, run_ingest

from tests.runners.corpus import snapshot, write_corpus

@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, docs=24)
    (folder / "broken.jsonl").write_text('{"text": "fine"\n{"title": "no text here"}\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("clean") / "clean.duckdb")
    summary = run_ingest([str(corpus)], RunOptions(db=db, workers=1, batch_size=5))
    return db, summary


def test_clean_run_stores_documents_and_counts_rejects(clean_run):
    db, summary = clean_run
    snap = snapshot(db)
    assert summary.documents == len(snap["documents"]) == 24
    assert summary.rejected == len(snap["rejects"]) >= 2
    assert summary.events == len(snap["events"]) > 0


def test_ingesting_again_changes_nothing(clean_run, corpus):
    db, _ = clean_run
    before = snapshot(db)
    again = run_ingest([str(corpus)], RunOptions(db=db, workers=1, batch_size=5))
    assert again.documents == 0 and again.inputs_skipped == again.inputs == 25
    assert snapshot(db) == before


def test_a_rerun_reports_the_rejects_of_finished_inputs_again(clean_run, corpus):
    """The ledger skips broken.jsonl on a rerun; its rejects are still counted, by reason and file, as in
    the clean run, so the exit code tells the same partial failure (newcomer review, session 12)."""
    db, first = clean_run
    again = run_ingest([str(corpus)], RunOptions(db=db, workers=1, batch_size=5))
    assert again.inputs_skipped == again.inputs and again.documents == 0
    assert again.rejects == first.rejects and again.failed == first.failed > 0
    assert again.reject_files == first.reject_files
    assert again.reject_file_examples == first.reject_file_examples


def test_a_fixed_input_loses_its_old_rejects(tmp_path, monkeypatch):
    """A JSONL file with a broken line, fixed and ingested again, no longer lists that line as a reject (in
    the table, the run summary or a later rerun's), even when the first run named it by another path;
    an untouched broken file keeps its rejects (newcomer review, session 14)."""
    db, folder = str(tmp_path / "fix.duckdb"), tmp_path / "in"
    folder.mkdir()
    feed, other = folder / "feed.jsonl", folder / "other.jsonl"
    good = '{"text": "The Kenyan president met the Tanzanian president in Arusha on Monday."}\n'
    feed.write_text(good + '{"text": "cut\n', encoding="utf-8")
    other.write_text('{"title": "no text", "body": "The text sits under a field name the run was not told."}\n',
                     encoding="utf-8")
    first = run_ingest([str(feed), str(other)], RunOptions(db=db, workers=1))
    assert first.rejects == {"bad_json": 1, "no_text": 1}
    feed.write_text(good + '{"text": "The Kenyan and Tanzanian ministers signed a trade accord."}\n',
                    encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the second run names the file by a relative path
    fixed = run_ingest(["in"], RunOptions(db=db, workers=1))
    assert fixed.rejects == {"no_text": 1} and fixed.documents == 1
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT reason, path FROM rejects").fetchall() == [("no_text", str(other))]
        assert con.execute("SELECT count(*) FROM ledger").fetchone() == (2,)
    again = run_ingest(["in"], RunOptions(db=db, workers=1))
    assert again.rejects == {"no_text": 1} and again.inputs_skipped == 2


def test_same_content_under_another_name_is_stored_once(clean_run, corpus, tmp_path):
    db = str(tmp_path / "copy.duckdb")
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "renamed.txt").write_bytes((corpus / "wire_000.txt").read_bytes())
    summary = run_ingest([str(corpus / "wire_000.txt"), str(copy)], RunOptions(db=db, workers=1))
    assert summary.documents == 1 and summary.duplicates == 1
    sources = snapshot(db)["sources"]
    assert len({doc for doc, _, _ in sources}) == 1 and {p.rsplit("/", 1)[1] for _, p, _ in sources} == {
        "wire_000.txt", "renamed.txt"}


def test_two_workers_store_the_same_rows_as_one(clean_run, corpus, tmp_path):
    db = str(tmp_path / "pool.duckdb")
    run_ingest([str(corpus)], RunOptions(db=db, workers=2, batch_size=8))
    assert snapshot(db) == snapshot(clean_run[0])


def test_a_bug_on_one_document_becomes_a_reject_not_a_crash(monkeypatch):
    from detente import pipeline

    def explode(article, sentences):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "_code_article", explode)
    text = "Kenya and Tanzania signed a trade accord in Nairobi on Monday, officials said."
    result = code_or_reject(Document("d1", "x.txt", None, "text", text))
    assert result.reason == "internal_error" and "ValueError: boom" in result.detail


def _ingest_process(corpus, db: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "detente", "ingest", str(corpus), "--db", db,
           "--workers", "1", "--batch-size", "3"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _ledger_rows(db: str) -> int:
    try:
        con = duckdb.connect(db, read_only=True)
    except duckdb.Error:
        return -1  # locked by the writer right now, or not created yet
    try:
        return con.execute("SELECT count(*) FROM ledger").fetchone()[0]
    except duckdb.Error:
        return -1
    finally:
        con.close()


@pytest.mark.parametrize("kill_after_ledger_rows", [0, 4])
def test_sigkill_then_rerun_ends_like_a_clean_run(clean_run, corpus, tmp_path, kill_after_ledger_rows):
    db = str(tmp_path / "killed.duckdb")
    proc = _ingest_process(corpus, db)
    deadline = time.monotonic() + 120
    while _ledger_rows(db) < kill_after_ledger_rows and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if kill_after_ledger_rows == 0:
        time.sleep(1.5)  # inside start-up or the first batch
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    rerun = subprocess.run([sys.executable, "-m", "detente", "ingest", str(corpus), "--db", db,
                            "--workers", "1"], capture_output=True, text=True)
    # 1 when this run met the corpus's bad JSONL lines itself, 0 when the killed run had already stored them
    assert rerun.returncode in (0, 1), rerun.stderr
    assert snapshot(db) == snapshot(clean_run[0])


# A run whose merge of staged rows (store.merge_staged) dies in its third slice, after the first two have
# committed: the merge runs a slice of two events at a time, so a small corpus makes many slices.
_KILLED_IN_MERGE = """
import os, signal, sys
from detente.store import db
from detente.runners.local import RunOptions, run_ingest

db.MERGE_EVENTS = 2
slices, merge_slice = [], db._merge_slice

def dying(con, where):
    slices.append(where)
    merge_slice(con, where)
    if len(slices) == 3:
        os.kill(os.getpid(), signal.SIGKILL)

db._merge_slice = dying
run_ingest([sys.argv[1]], RunOptions(db=sys.argv[2], workers=1, batch_size=5))
"""


def test_a_kill_during_the_merge_then_rerun_ends_like_a_clean_run(clean_run, corpus, tmp_path):
    db = str(tmp_path / "merge-killed.duckdb")
    killed = subprocess.run([sys.executable, "-c", _KILLED_IN_MERGE, str(corpus), db], capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with duckdb.connect(db, read_only=True) as con:
        merged, staged = con.execute("SELECT (SELECT count(*) FROM main.events), "
                                     "(SELECT count(*) FROM staging.events)").fetchone()
    assert merged > 0 and staged > 0  # two slices merged, the rest still staged
    rerun = run_ingest([str(corpus)], RunOptions(db=db, workers=1, batch_size=5))
    assert rerun.documents == 0  # every document was known, staged or merged
    assert snapshot(db) == snapshot(clean_run[0])
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM staging.events").fetchone()[0] == 0


def test_free_memory_is_released_where_the_c_library_is_glibc():
    import platform

    from detente.runners.local import release_free_memory

    assert release_free_memory() is (platform.libc_ver()[0] == "glibc")


def test_a_worker_releases_free_memory_after_every_chunk_and_the_parent_never(monkeypatch):
    import detente.nlp
    from detente.runners import local

    released = []
    monkeypatch.setattr(local, "release_free_memory", lambda: released.append(True))
    monkeypatch.setattr(local.pipeline, "code_documents", lambda documents, *a, **k: list(documents))
    monkeypatch.setattr(local, "_FREEZE", [False])
    monkeypatch.setattr(local, "_TRIM", [False])
    local.code_chunk(["a"])
    assert released == []  # the parent (no init_worker) codes small runs itself and keeps its heap
    monkeypatch.setattr(detente.nlp, "load_model", lambda: None)
    monkeypatch.setattr(local.atexit, "register", lambda f: None)
    monkeypatch.setattr(local.gc, "freeze", lambda: None)
    local.init_worker()
    local.code_chunk(["a"])
    local.code_chunk(["b"])
    assert released == [True, True]


def test_a_long_run_of_known_documents_is_written_aside_not_held(clean_run, corpus, tmp_path, monkeypatch):
    """Re-reading a large input whose documents are all stored (an interrupted run's file) keeps at most
    a batch of them in memory: their sources are committed every batch_size documents."""
    from detente import store

    db = str(tmp_path / "again.duckdb")
    run_ingest([str(corpus)], RunOptions(db=db, workers=1, batch_size=5))
    with duckdb.connect(db) as con:
        con.execute("DELETE FROM ledger")  # as if no input had been finished
    held, write = [], store.write_batch

    def counting(path, coded, rejects, finished=(), duplicates=(), staged=False, reread=()):
        rejects, duplicates = list(rejects), list(duplicates)
        held.append(len(rejects) + len(duplicates))
        return write(path, coded, rejects, finished, duplicates, staged, reread)

    monkeypatch.setattr(store, "write_batch", counting)
    summary = run_ingest([str(corpus)], RunOptions(db=db, workers=1, batch_size=5))
    assert summary.documents == 0 and summary.duplicates == 24 and max(held) <= 5
    assert snapshot(db)["sources"] == snapshot(clean_run[0])["sources"]


def test_an_ingest_stopped_by_duckdb_running_out_of_memory_resumes_on_rerun(clean_run, corpus, tmp_path, monkeypatch):
    """Session 11: a 50,000-document ingest stopped on DuckDB's out-of-memory error at the end of the run. The
    error names the limit and says to run again; the rerun codes nothing again and ends as a clean run."""
    from detente import store
    from detente.errors import StoreError

    def out_of_memory(path, incidents, stories):
        with store.db.transaction(path):
            raise duckdb.OutOfMemoryException("Out of Memory Error: failed to pin block of size 256.0 KiB")

    db = str(tmp_path / "oom.duckdb")
    with monkeypatch.context() as patched:
        patched.setattr(store, "write_incident_slice", out_of_memory)
        with pytest.raises(StoreError, match="ran out of the memory.*run the same command again.*stage 'incidents'"):
            run_ingest([str(corpus)], RunOptions(db=db, workers=1, batch_size=5))
    rerun = run_ingest([str(corpus)], RunOptions(db=db, workers=1, batch_size=5))
    assert rerun.documents == 0  # every document was stored by the stopped run
    assert snapshot(db) == snapshot(clean_run[0])


def test_a_worker_freezes_its_loads_once_after_its_first_chunk_and_the_parent_never(monkeypatch):
    import gc

    import detente.nlp
    from detente.runners import local

    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(local.pipeline, "code_documents", lambda documents, *a, **k: list(documents))
    monkeypatch.setattr(local, "_FREEZE", [False])
    monkeypatch.setattr(local, "_TRIM", [False])
    local.code_chunk(["a"])
    assert frozen == []  # the parent (no init_worker) codes small runs itself
    monkeypatch.setattr(detente.nlp, "load_model", lambda: None)
    at_exit = []
    monkeypatch.setattr(local.atexit, "register", at_exit.append)
    local.init_worker()
    assert local.code_chunk(["a"]) == ["a"] and local.code_chunk(["b"]) == ["b"]
    assert frozen == [True] and at_exit == [gc.unfreeze]  # unfrozen at exit: duckdb's nanobind reports leaks otherwise


def test_a_db_ending_in_a_slash_is_refused_for_the_local_engine_without_calling_a_file_a_folder(tmp_path):
    # session 14 newcomer: "--db demo.duckdb/ is a folder" about a path that was no folder at all
    from detente.errors import ConfigError

    for db, words in ((str(tmp_path / "news.duckdb") + "/", "ends in / (a folder)"), (str(tmp_path), "names a folder")):
        with pytest.raises(ConfigError, match="only --engine spark") as caught:
            run_ingest([str(tmp_path / "in.txt")], RunOptions(db=db, workers=1))
        assert words in str(caught.value)


def test_the_summary_numbers_a_warc_reject_by_its_record_and_a_jsonl_reject_by_its_line():
    from detente.records import Reject
    from detente.runners.local import count_into
    from detente.runners.summary import RunSummary

    summary = RunSummary()
    count_into(summary, [], [Reject("crawl.warc.gz", 2, "corrupt", "cut"), Reject("feed.jsonl", 3, "bad_json", "cut")])
    assert summary.reject_file_examples == {("corrupt", "crawl.warc.gz"): "record 2: cut",
                                            ("bad_json", "feed.jsonl"): "line 3: cut"}
