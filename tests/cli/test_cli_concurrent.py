"""Reading with `detente events` while an ingest writes either works or says why; it never corrupts."""
from __future__ import annotations

import subprocess
import sys
import time

import duckdb

from tests.runners.corpus import write_corpus


def test_events_during_ingest_work_or_report_busy(tmp_path):
    write_corpus(tmp_path / "in", docs=30)
    db = str(tmp_path / "t.duckdb")
    writer = subprocess.Popen([sys.executable, "-m", "detente", "ingest", str(tmp_path / "in"), "--db", db,
                               "--workers", "1", "--batch-size", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    outcomes = []
    deadline = time.monotonic() + 300
    while writer.poll() is None and time.monotonic() < deadline:
        reader = subprocess.run([sys.executable, "-m", "detente", "events", "--db", db, "--limit", "0"],
                                capture_output=True, text=True, timeout=120)
        assert "Traceback" not in reader.stderr
        if reader.returncode == 3:
            assert "another detente process is writing" in reader.stderr or "cannot open" in reader.stderr
        elif reader.returncode == 2:  # the ingest has not created the file yet
            assert "does not exist" in reader.stderr and not any(c == 0 for c in outcomes)
        else:
            assert reader.returncode == 0, reader.stderr
        outcomes.append(reader.returncode)
    assert writer.wait(timeout=300) == 0
    assert outcomes, "the ingest finished before any read was tried"
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 30
    con.close()
