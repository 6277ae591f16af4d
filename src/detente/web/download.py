"""The events table's filtered set as a file: CSV (flat columns, as `detente export --format csv`
names them) or JSON (the records the table shows). Same filters and order as the table."""
from __future__ import annotations

import csv
import io
import json

from detente.export.contract import flatten

# Nested parts that may be null; a null one still gets its columns so every CSV row lines up.
_SHAPES = {"source": ("text", "country", "sector"), "target": ("text", "country", "sector"),
           "location": ("text", "country")}


def _flat(record: dict) -> dict:
    filled = {k: (v if v is not None or k not in _SHAPES else dict.fromkeys(_SHAPES[k])) for k, v in record.items()}
    return flatten(filled)


def as_csv(records: list[dict]) -> str:
    """CSV text with a header; columns follow the first record (every record has the same shape)."""
    out = io.StringIO()
    if not records:
        return ""
    rows = [_flat(r) for r in records]
    columns = list(rows[0])
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def as_json(records: list[dict], filters: dict) -> str:
    return json.dumps({"filters": filters, "total": len(records), "events": records}, ensure_ascii=False, indent=1)
