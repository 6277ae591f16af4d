"""The events table's filtered set as a file: CSV (the flat columns of `detente export events
--format csv`) or JSON (the export-contract records the table shows). Same filters and order as the table."""
from __future__ import annotations

import csv
import io
import json

from detente.export.contract import flat_columns, flatten


def as_csv(records: list[dict]) -> str:
    """CSV text with the export's header; a null object (no target, no location) leaves its cells empty."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=flat_columns(), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(flatten(r) for r in records)
    return out.getvalue()


def as_json(records: list[dict], filters: dict) -> str:
    return json.dumps({"filters": filters, "total": len(records), "events": records}, ensure_ascii=False,
                      indent=1, default=str)
