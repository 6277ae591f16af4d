"""incidents.date_start: the incident date as a DATE, as events.date_start (newcomer review, session 17: a
researcher filtering incidents by a date range had only the text `date`). Written with every incident,
rewritten alike, and filled in a file written before the column existed."""
from __future__ import annotations

import datetime as dt
import json

import duckdb

from detente import pipeline, store
from detente.cli.cmd_incidents import incident_record
from detente.store import dataset
from detente.store.db import schema_sql
from detente.store.queries import EventFilter
from detente.web.incidents import list_incidents
from tests.conftest import make_coded

TEXT = "Kenya and Tanzania signed a trade agreement in Arusha on Tuesday, officials said."


def _dates(con) -> list[tuple]:
    return con.execute("SELECT date, date_start FROM incidents ORDER BY incident_id").fetchall()


def test_every_incident_is_written_with_the_first_day_of_its_date(tmp_path):
    db = str(tmp_path / "t.duckdb")
    store.write_batch(db, [make_coded(TEXT, events=2)], [])
    made = pipeline.link_incidents(store.reports(db))
    for _ in range(2):  # rewriting replaces the rows, the dates with them
        store.write_incidents(db, made)
    with store.opened(db, read_only=True) as con:
        found = _dates(con)
        assert con.execute("SELECT count(*) FROM incidents WHERE date_start BETWEEN DATE '2024-01-01' "
                           "AND DATE '2024-12-31'").fetchone()[0] == len(made)
    assert found and all(start == dt.date.fromisoformat(date) for date, start in found if len(date) == 10)


def _old_file(db: str) -> None:
    """A file whose incidents table predates date_start (two incidents, a month and a day)."""
    store.write_batch(db, [], [])
    with duckdb.connect(db) as con:
        con.execute("ALTER TABLE incidents DROP COLUMN date_start")
        con.execute("INSERT INTO incidents (incident_id, event_type, status, date, date_precision, n_mentions, "
                    "n_documents, n_outlets, confidence, contradictions) VALUES "
                    "('i1', 'AGREE', 'asserted', '2025-03', 'month', 1, 1, 1, 0.5, '[]'), "
                    "('i2', 'ASSAULT', 'asserted', '2025-04-09', 'day', 1, 1, 1, 0.5, '[]')")
        con.execute("UPDATE events SET incident_id = 'i1'")  # none: only so the column exists


def test_a_file_from_before_the_column_reads_as_before_and_gains_it_at_the_next_write(tmp_path):
    db = str(tmp_path / "old.duckdb")
    _old_file(db)
    assert [i.date for i in store.incidents(db)] == ["2025-04-09", "2025-03"]  # read-only: as before
    store.write_batch(db, [], [])  # a write runs the idempotent schema
    with store.opened(db, read_only=True) as con:
        assert _dates(con) == [("2025-03", dt.date(2025, 3, 1)), ("2025-04-09", dt.date(2025, 4, 9))]


def test_the_cli_record_and_the_web_api_give_date_start_beside_date(tmp_path):
    db = str(tmp_path / "old.duckdb")
    _old_file(db)  # a file without the column: both compute it from the date
    record = incident_record(store.incidents(db)[1])
    assert json.loads(json.dumps(record))["date_start"] == "2025-03-01"
    store.write_batch(db, [], [])
    with duckdb.connect(db) as con:  # has_incidents wants an event naming one
        con.execute("INSERT INTO events (event_id, doc_id, incident_id) VALUES ('e1', 'd1', 'i2')")
    listed = list_incidents(db, EventFilter(), 10, 0)["incidents"]
    assert {i["incident_id"]: i["date_start"] for i in listed} == {"i1": "2025-03-01", "i2": "2025-04-09"}


def test_a_dataset_whose_incident_file_predates_the_column_reads_it_from_the_date(tmp_path):
    root = str(tmp_path / "dataset") + "/"
    (tmp_path / "dataset" / "incidents").mkdir(parents=True)
    with duckdb.connect() as con:
        con.execute(f"COPY (SELECT 'i1' AS incident_id, '2025-03' AS date, 'month' AS date_precision) "
                    f"TO '{tmp_path}/dataset/incidents/part-0.parquet' (FORMAT PARQUET)")
    con = dataset.read_connection(root, schema_sql())
    assert con.execute("SELECT date, date_start FROM incidents").fetchall() == [("2025-03", dt.date(2025, 3, 1))]
    con.close()


def test_a_dataset_writes_the_column_with_its_incidents(tmp_path):
    from detente.records import Incident

    root = str(tmp_path / "dataset") + "/"
    month = Incident("i1", "AGREE", None, "asserted", "2025-03", "month", "NOR", None, "ISL", None, None, None,
                     1, 1, 1, "2025-03-02", "2025-03-02", 0.5, (), ("e1",))
    dataset.write_incidents(root, [month], schema_sql())
    con = dataset.read_connection(root, schema_sql())
    assert con.execute("SELECT date_start FROM incidents").fetchall() == [(dt.date(2025, 3, 1),)]
    con.close()
