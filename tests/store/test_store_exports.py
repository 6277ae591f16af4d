"""What the store adds for analysts: a DATE column, event ids by prefix, read-only SQL, old files upgraded."""
from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest

from detente import store
from detente.errors import ConfigError, NotFound
from detente.store.queries import get_event
from detente.store.rows import date_start
from detente.store.sql import run_sql

from tests.conftest import make_coded

TEXT = "Ghana and Togo agreed on a border patrol plan in Lome on Friday, officials said."


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "s.duckdb")
    store.write_batch(path, [make_coded(TEXT, events=2)], [])
    return path


@pytest.mark.parametrize("value,day", [("2024-04-09", dt.date(2024, 4, 9)), ("2024-04", dt.date(2024, 4, 1)),
                                       ("2024", dt.date(2024, 1, 1)), (None, None), ("spring", None)])
def test_date_start_is_the_first_day_of_the_period(value, day):
    assert date_start(value) == day


def test_date_start_is_a_real_date_column(db):
    result = run_sql(db, "SELECT typeof(date_start), min(date_start) FROM events GROUP BY 1")
    assert result.rows == [("DATE", dt.date(2024, 3, 5))]


def test_event_ids_by_unique_prefix(tmp_path):
    coded = make_coded(TEXT, events=2)
    twins = tuple(dataclasses.replace(e, event_id=f"eabcd{i}") for i, e in enumerate(coded.events))
    path = str(tmp_path / "p.duckdb")
    store.write_batch(path, [dataclasses.replace(coded, events=twins)], [])
    assert get_event(path, "eabcd1")[0].event_id == "eabcd1"
    with pytest.raises(ConfigError, match="several"):
        get_event(path, "eabc")
    with pytest.raises(NotFound):
        get_event(path, "eab")  # too short to be meant as a prefix


def test_sql_is_read_only_and_limited(db, tmp_path):
    assert run_sql(db, "SELECT count(*) FROM events").rows == [(2,)]
    for query in ("DELETE FROM events", f"COPY events TO '{tmp_path / 'x.csv'}'", "SELEC 1",
                  "SELECT * FROM read_csv('/etc/hostname')"):
        with pytest.raises(ConfigError):
            run_sql(db, query)
    assert run_sql(db, "SELECT count(*) FROM events").rows == [(2,)]
    limited = run_sql(db, "SELECT * FROM range(10)", max_rows=3)
    assert len(limited.rows) == 3 and limited.truncated
    with pytest.raises(ConfigError, match="longer than"):
        run_sql(db, "SELECT count(*) FROM range(1000000000000)", timeout=0.5)


def test_a_file_of_the_first_schema_gains_the_new_columns(tmp_path):
    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, event_type VARCHAR, "
                "date VARCHAR, date_precision VARCHAR)")
    con.execute("INSERT INTO events VALUES ('e1', 'd1', 'AGREE', '2023-11', 'month')")
    con.close()
    store.connect(path).close()  # a write connection runs the schema
    result = run_sql(path, "SELECT date_start, location_lat, geo_precision FROM events")
    assert result.rows == [(dt.date(2023, 11, 1), None, None)]
