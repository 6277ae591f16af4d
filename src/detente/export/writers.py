"""Write events or documents from the store as JSONL, CSV, TSV or Parquet (streaming, bounded memory)."""
from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from detente.errors import ConfigError
from detente.export.contract import document_json_from_row, event_json, flatten
from detente.store import queries

FORMATS = ("jsonl", "csv", "tsv", "parquet")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet"}
_EVENT_FLAT = ("event_id", "doc_id", "story_id", "event_type", "mode", "context", "status", "date",
               "date_precision", "source_text", "source_country", "source_sector", "target_text",
               "target_country", "target_sector", "location_text", "location_country", "attribution",
               "evidence_segment_role", "evidence_sentence", "evidence_start", "evidence_end")


def event_records(db: str, filt: queries.EventFilter = queries.EventFilter()) -> Iterator[dict[str, Any]]:
    for event, story in queries.iter_events(db, filt):
        yield event_json(event, story)


def document_records(db: str) -> Iterator[dict[str, Any]]:
    return (document_json_from_row(row) for row in queries.iter_documents(db))


def export(db: str, what: str, fmt: str | None, output: str,
           filt: queries.EventFilter = queries.EventFilter()) -> int:
    """Write `what` ("events" | "documents") to `output`; returns the number of records written.
    With no `fmt`, the output's extension names the format (jsonl when it names none)."""
    if what not in ("events", "documents"):
        raise ConfigError(f"cannot export {what!r}: choose events or documents")
    if what == "documents" and filt != queries.EventFilter():
        raise ConfigError("--country, --type and --since filter events; `export documents` writes every "
                          "document: drop those options")
    fmt = output_format(fmt, output)
    check_output(output)
    filt.where()  # a malformed filter value is refused before the output file is created
    records = event_records(db, filt) if what == "events" else document_records(db)
    tmp = output + ".partial"
    try:
        count = {"jsonl": _jsonl, "csv": _delimited, "tsv": _delimited, "parquet": _parquet}[fmt](records, tmp, fmt, what)
        os.replace(tmp, output)  # a killed export never leaves a half-written file under the real name
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise
    return count


def output_format(fmt: str | None, output: str) -> str:
    """The format to write: `fmt` unless the output's extension names another one (e.parquet with -f csv)."""
    named = _EXTENSIONS.get(os.path.splitext(output)[1].lower())
    if fmt is None:
        return named or "jsonl"
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if named and named != fmt:
        raise ConfigError(f"--format {fmt} but --output {output} names a {named} file: change one of them "
                          f"(or leave out --format: the extension chooses among {', '.join(FORMATS)})")
    return fmt


def check_output(output: str) -> None:
    """Refuse an output that cannot be a file before reading the database."""
    if os.path.isdir(output):
        raise ConfigError(f"--output {output} is a directory; name a file in it, "
                          f"e.g. {os.path.join(output, 'events.jsonl')}")
    parent = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(parent):
        raise ConfigError(f"--output {output}: the folder {parent} does not exist; create it first or write elsewhere")


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

