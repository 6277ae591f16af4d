"""Getting data out from the command line: sql, events --format, export to standard output, --version."""
from __future__ import annotations

import csv
import io
import json

import pytest

from detente import store

from tests.cli.test_cli_commands import detente
from tests.conftest import make_coded

TEXT = "Chile and Peru signed a fisheries accord in Lima on Monday, officials said."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("data") / "d.duckdb")
    store.write_batch(path, [make_coded(TEXT, events=3)], [])
    return path


def test_version():
    assert detente("--version").stdout.startswith("detente ")


def test_sql_formats_and_limits(db):
    rows = json.loads(detente("sql", "SELECT event_type FROM events ORDER BY 1", "--db", db, "--format", "json").stdout)
    assert [r["event_type"] for r in rows] == ["AGREE", "AID", "CONSULT"]
    proc = detente("sql", "SELECT * FROM range(5)", "--db", db, "--format", "csv", "--limit", "2")
    assert proc.stdout.splitlines() == ["range", "0", "1"] and "--limit" in proc.stderr and "2 rows" in proc.stderr


def test_sql_refuses_writes_with_exit_2(db):
    proc = detente("sql", "DELETE FROM events", "--db", db, check_codes=(2,))
    assert "read-only" in proc.stderr


def test_export_to_standard_output_with_filters(db):
    proc = detente("export", "events", "--db", db, "-o", "-", "--type", "AID", "--dyad", "TZA-KEN")
    (row,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["event_type"] == "AID" and "wrote 1 event to" in proc.stderr


def test_export_gdelt_to_standard_output(db):
    proc = detente("export", "events", "--db", db, "--format", "gdelt", "--limit", "2")
    rows = list(csv.DictReader(io.StringIO(proc.stdout), delimiter="\t"))
    assert len(rows) == 2 and {r["EventRootCode"] for r in rows} <= {"03", "04", "07"}


def test_events_as_jsonl_and_csv(db):
    lines = detente("events", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["cameo"]["code"]
    table = list(csv.DictReader(io.StringIO(detente("events", "--db", db, "--format", "csv").stdout)))
    assert len(table) == 3 and "source_country" in table[0]
    detente("events", "--db", db, "--format", "xml", check_codes=(2,))


def test_export_of_a_table_that_does_not_exist_yet_exits_2(db, tmp_path):
    import shutil

    import duckdb

    older = tmp_path / "older.duckdb"  # a file written before the incidents stage existed
    shutil.copy(db, older)
    with duckdb.connect(str(older)) as con:
        con.execute("DROP TABLE incidents")
    out = tmp_path / "i.jsonl"
    proc = detente("export", "incidents", "--db", str(older), "-o", str(out), check_codes=(2,))
    assert "incidents" in proc.stderr and not out.exists() and not list(tmp_path.glob("*.partial"))


def test_a_reader_that_stops_early_ends_the_export_quietly(tmp_path):
    import subprocess
    import sys

    db = str(tmp_path / "many.duckdb")  # more than a pipe holds, so the writer meets the closed pipe
    store.write_batch(db, [make_coded(f"{TEXT} Talks number {i} went on.", events=3) for i in range(1000)], [])
    cmd = f"{sys.executable} -m detente export events --db {db} --format jsonl | head -c 10"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and len(proc.stdout) == 10 and "Traceback" not in proc.stderr


def test_events_in_every_format_are_the_same_rows_in_the_same_order(db):
    import csv
    import io

    table = detente("events", "--db", db, "--limit", "3").stdout
    shown = [line.split("│")[1].strip() for line in table.splitlines() if line.startswith("│ e")]
    as_csv = [r["event_id"] for r in csv.DictReader(io.StringIO(detente("events", "--db", db, "--limit", "3",
                                                                        "-f", "csv").stdout))]
    as_jsonl = [json.loads(line)["event_id"] for line in detente("events", "--db", db, "--limit", "3",
                                                                "-f", "jsonl").stdout.splitlines()]
    assert len(shown) == min(3, len(shown)) and shown and shown == as_csv == as_jsonl
