"""Write events or documents from the store as JSONL, CSV, TSV or Parquet (streaming, bounded memory)."""
from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from detente.errors import ConfigError
from detente.export.contract import document_json_from_row, event_json, flatten
from detente.store import queries

FORMATS = ("jsonl", "csv", "tsv", "parquet")
_EVENT_FLAT = ("event_id", "doc_id", "story_id", "incident_id", "event_type", "mode", "context", "status", "date",
               "date_precision", "source_text", "source_country", "source_sector", "target_text",
               "target_country", "target_sector", "location_text", "location_country", "attribution",
               "evidence_segment_role", "evidence_sentence", "evidence_start", "evidence_end")


def event_records(db: str, filt: queries.EventFilter = queries.EventFilter()) -> Iterator[dict[str, Any]]:
    for event, story in queries.iter_events(db, filt):
        yield event_json(event, story)


def document_records(db: str) -> Iterator[dict[str, Any]]:
    return (document_json_from_row(row) for row in queries.iter_documents(db))


def export(db: str, what: str, fmt: str, output: str,
           filt: queries.EventFilter = queries.EventFilter()) -> int:
    """Write `what` ("events" | "documents") to `output`; returns the number of records written."""
    if what not in ("events", "documents"):
        raise ConfigError(f"cannot export {what!r}: choose events or documents")
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    records = event_records(db, filt) if what == "events" else document_records(db)
    tmp = output + ".partial"
    count = {"jsonl": _jsonl, "csv": _delimited, "tsv": _delimited, "parquet": _parquet}[fmt](records, tmp, fmt, what)
    os.replace(tmp, output)  # a killed export never leaves a half-written file under the real name
    return count


def _jsonl(records: Iterable[dict], path: str, _fmt: str, _what: str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for n, record in enumerate(records, 1):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def _columns(what: str) -> tuple[str, ...]:
    return _EVENT_FLAT if what == "events" else ("doc_id", "path", "url", "title", "outlet", "published", "story_id")


def _delimited(records: Iterable[dict], path: str, fmt: str, what: str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, _columns(what), delimiter="\t" if fmt == "tsv" else ",", extrasaction="ignore")
        writer.writeheader()
        for n, record in enumerate(records, 1):
            writer.writerow(flatten(record))
    return n


def _parquet(records: Iterable[dict], path: str, _fmt: str, what: str, chunk: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = _columns(what)
    schema = pa.schema([(c, pa.int64() if c in ("evidence_start", "evidence_end") else pa.string()) for c in columns])
    n, rows = 0, []
    with pq.ParquetWriter(path, schema) as writer:
        for record in records:
            flat = flatten(record)
            rows.append({c: flat.get(c) for c in columns})
            n += 1
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema))
    return n

