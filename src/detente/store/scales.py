"""The CAMEO code, Goldstein value and quad class stored with every event row (events.cameo_code, goldstein,
quad_class), so `detente sql` can rank pairs by conflict as a GDELT or ICEWS user does first:
`SELECT source_country, target_country, sum(goldstein) FROM events GROUP BY ALL ORDER BY 3`.

The values are the exports' own: the CAMEO code and Goldstein value of detente.export.cameo (the PLOVER
project's CAMEO-to-PLOVER crosswalk and the published CAMEO Goldstein table, src/detente/export/data/), the
quad class of web/data/quad_classes.tsv (PLOVER's), which the flattened exports and the page use. Session 27's
newcomer asked `sum(goldstein)` of the events table and found no such column.
"""
from __future__ import annotations

from detente.web.quads import quad_table

SCALE_COLUMNS = ("cameo_code", "goldstein", "quad_class")


def scale_values(event_type: str, mode: str | None, rule: str | None) -> tuple[str | None, float | None, str | None]:
    """(CAMEO code, Goldstein value, PLOVER quad class) of one event; None where the tables do not know it."""
    from detente.export.cameo import cameo_of  # here: the export package imports the store

    cameo = cameo_of(event_type, mode, rule)
    quad = quad_table().get(event_type)
    return (cameo.code if cameo else None, cameo.goldstein if cameo else None, quad.quad_class if quad else None)


def fill_missing(con) -> int:
    """Give the rows a file held before these columns existed their values (at the first write connection
    after an upgrade: a rerun of `detente ingest` is enough); returns the number of (type, mode, rule) kinds
    filled. The values depend on the type, mode and rule only, so one UPDATE per kind."""
    present = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE "
                                         "table_schema = 'main' AND table_name = 'events'").fetchall()}
    if not {"event_type", "mode", "rule"} <= present:  # a hand-made table of a test: nothing to read them from
        return 0
    kinds = con.execute("SELECT DISTINCT event_type, mode, rule FROM events WHERE cameo_code IS NULL "
                        "AND goldstein IS NULL AND quad_class IS NULL").fetchall()
    filled = [(*scale_values(t, m, r), t, m, r) for t, m, r in kinds]
    filled = [row for row in filled if row[:3] != (None, None, None)]
    if filled:
        con.executemany("UPDATE events SET cameo_code = ?, goldstein = ?, quad_class = ? WHERE event_type = ? "
                        "AND mode IS NOT DISTINCT FROM ? AND rule IS NOT DISTINCT FROM ? AND cameo_code IS NULL "
                        "AND goldstein IS NULL AND quad_class IS NULL", filled)
    return len(filled)
