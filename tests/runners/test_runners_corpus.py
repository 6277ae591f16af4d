"""The corpus-level stages at the end of an ingest: each in a fresh process on a large corpus, same rows."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from detente.errors import StoreError
from detente.runners import corpus
from detente.runners.local import RunOptions, run_ingest

from tests.runners.corpus import snapshot, write_corpus


@pytest.fixture(scope="module")
def wires(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wires")
    write_corpus(folder, docs=12)
    return folder


@pytest.fixture(scope="module")
def in_process(wires, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("same") / "same.duckdb")
    run_ingest([str(wires)], RunOptions(db=db, workers=1, batch_size=5))
    return db


def test_stages_in_fresh_processes_store_the_same_rows(wires, in_process, tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "ISOLATE_EVENTS", 1)  # this small corpus counts as large
    db = str(tmp_path / "fresh.duckdb")
    run_ingest([str(wires)], RunOptions(db=db, workers=1, batch_size=5))
    assert snapshot(db) == snapshot(in_process)
    assert snapshot(db)["incidents"] and snapshot(db)["stories"]


def test_a_large_corpus_runs_every_stage_in_a_fresh_process(in_process, monkeypatch):
    monkeypatch.setattr(corpus, "ISOLATE_EVENTS", corpus.stored_events(in_process))
    started = []
    monkeypatch.setattr(corpus, "in_fresh_process", lambda name, stage, db: started.append(name))
    corpus.link_corpus(in_process)
    assert started == [name for name, _ in corpus.STAGES]


def test_a_small_corpus_runs_its_stages_in_this_process(in_process, monkeypatch):
    assert 0 < corpus.stored_events(in_process) < corpus.ISOLATE_EVENTS
    monkeypatch.setattr(corpus, "in_fresh_process", lambda *a: pytest.fail("spawned a process"))
    seen = []
    corpus.link_corpus(in_process, on_stage=seen.append)
    assert seen == ["merge", "stories", "story dates", "incidents", "agreements"]


def _write_pid(path: str) -> None:
    Path(path).write_text(str(os.getpid()), encoding="utf-8")


def _fail(path: str) -> None:
    raise StoreError(f"{path}: cannot be written")


def _die(path: str) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_fresh_process_is_another_process_and_its_errors_come_back(tmp_path):
    pid_file = str(tmp_path / "pid")
    corpus.in_fresh_process("probe", _write_pid, pid_file)
    assert int(Path(pid_file).read_text()) != os.getpid()
    with pytest.raises(StoreError, match="x.duckdb: cannot be written"):
        corpus.in_fresh_process("probe", _fail, "x.duckdb")


def test_a_stage_process_that_dies_is_a_store_error_naming_the_stage():
    with pytest.raises(StoreError, match="corpus-level stage 'incidents' died.*run the same ingest again"):
        corpus.in_fresh_process("incidents", _die, "x.duckdb")
