"""The events table carries each event's CAMEO code, Goldstein value and quad class (store/scales.py), the
exports' own values, so `detente sql` ranks pairs by conflict; files written before gain them at the next write."""
from __future__ import annotations

import duckdb

from detente import store
from detente.export.cameo import cameo_of
from detente.records import CodedArticle
from detente.store.db import connect
from detente.store.scales import SCALE_COLUMNS, scale_values
from detente.store.sql import run_sql
from detente.web.quads import quad_table

from tests.conftest import make_article, make_event

TEXT = "Ghana and Togo agreed on a border patrol plan in Lome on Friday, while Mali shelled a post."


def _db(tmp_path) -> str:
    article = make_article(TEXT)
    events = (make_event(article, "AGREE", "GHA", "TGO"), make_event(article, "CONSULT", "GHA", "TGO"),
              make_event(article, "ASSAULT", "MLI", "BFA"))
    path = str(tmp_path / "s.duckdb")
    store.write_batch(path, [CodedArticle(article, 1, 1, events, None)], [])
    return path


def test_each_row_has_the_exports_cameo_goldstein_and_quad_class(tmp_path):
    rows = run_sql(_db(tmp_path), "SELECT event_type, mode, rule, cameo_code, goldstein, quad_class FROM events").rows
    assert len(rows) == 3
    for event_type, mode, rule, code, goldstein, quad in rows:
        cameo = cameo_of(event_type, mode, rule)
        assert (code, goldstein, quad) == (cameo.code, cameo.goldstein, quad_table()[event_type].quad_class)
    assert {r[0]: r[5] for r in rows} == {"AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation",
                                          "ASSAULT": "material_conflict"}


def test_sum_of_goldstein_ranks_the_most_conflictual_pair_first(tmp_path):
    result = run_sql(_db(tmp_path), "SELECT source_country, target_country, sum(goldstein) AS g FROM events "
                                    "GROUP BY ALL ORDER BY g")
    assert [r[:2] for r in result.rows] == [("MLI", "BFA"), ("GHA", "TGO")]
    assert result.rows[0][2] < 0 < result.rows[1][2]


def test_a_file_written_before_the_columns_gains_them_at_the_next_write(tmp_path):
    path = _db(tmp_path)
    con = duckdb.connect(path)
    for schema in ("main", "staging"):
        for column in SCALE_COLUMNS:
            con.execute(f"ALTER TABLE {schema}.events DROP COLUMN {column}")
    con.close()
    connect(path).close()  # a write connection, as the next `detente ingest` opens
    rows = run_sql(path, "SELECT event_type, mode, rule, cameo_code, goldstein, quad_class FROM events").rows
    assert all(r[3:] == scale_values(*r[:3]) and r[4] is not None for r in rows)


def test_the_columns_come_last_in_the_order_of_the_table(tmp_path):
    columns = [r[0] for r in run_sql(_db(tmp_path), "DESCRIBE events").rows]
    assert columns[-3:] == list(SCALE_COLUMNS)
