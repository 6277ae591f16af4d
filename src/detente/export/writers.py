"""Write events, documents or any other table of the store to a file or standard output (streaming,
bounded memory).

Events take every format (jsonl csv tsv parquet plover gdelt icews); the other tables take jsonl csv tsv
parquet. A file is written under a temporary name and renamed when complete: a failed or killed export
leaves neither a half-written file under the real name nor the temporary one.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from detente.errors import ConfigError
from detente.export.contract import DOCUMENT_EXPORT_FIELDS, document_json_from_row, event_json, flat_columns, flatten
from detente.export.formats import GDELT_COLUMNS, ICEWS_COLUMNS, gdelt_row, icews_row, plover_json
from detente.store import queries
from detente.store.rows import event_from_row

TABLE_FORMATS = ("jsonl", "json", "csv", "tsv", "parquet")
EVENT_FORMATS = TABLE_FORMATS + ("plover", "gdelt", "icews")
FORMATS = EVENT_FORMATS
# json is the jsonl records as one array: `events -f json` prints that, and `export -f json` was refused with
# "unknown format" although `-o events.json` wrote it (newcomer session 8).
_ARRAY_OF = {"json": "jsonl"}
STDOUT = "-"
# Formats each file extension can hold (GDELT's own files are tab-separated but named .CSV).
_EXTENSIONS = {".jsonl": ("jsonl", "plover"), ".ndjson": ("jsonl", "plover"), ".json": ("json", "jsonl", "plover"),
               ".csv": ("csv", "gdelt", "icews"), ".tsv": ("tsv", "gdelt", "icews"), ".parquet": ("parquet",)}
_NEUTRAL = (".txt",)  # a name that claims no format (GDELT's own files are .CSV or .txt)
# Formats with no column for an event's status: a denied or only announced act reads as one that happened there
# (newcomer session 17: "Azerbaijani units had not opened fire" came out of `--format gdelt` as CAMEO 193, a fight).
_NO_STATUS = ("gdelt", "icews")
# Every table that can be exported besides events and documents: one line each (tables written by later
# stages are exported once they exist in the file).
TABLES = {
    "stories": "SELECT doc_id, story_id, published FROM stories ORDER BY story_id, doc_id",
    # line 0 is how the key stores "a whole file" (a key column cannot be NULL); documents export it empty
    "sources": "SELECT doc_id, path, NULLIF(line, 0) AS line FROM sources ORDER BY doc_id, path, line",
    # a whole file's reject too (an empty or binary file showed "line 0" in export rejects: session 15 newcomer)
    "rejects": "SELECT path, NULLIF(line, 0) AS line, reason, detail, seen_at FROM rejects "
               "ORDER BY path, rejects.line, reason",
    # with the other pairs its reports name (BOL → ARG (+PER) in `detente incidents`): without them an incident
    # listed under `--country PER` had no PER in any column (newcomer review, session 30)
    "incidents": f"SELECT e.*, array_to_string({queries.OTHER_PAIRS}, ' ') AS other_pairs FROM incidents e "
                 "ORDER BY incident_id",
    "agreements": "SELECT * FROM agreements ORDER BY agreement_id",
    "agreement_stages": "SELECT * FROM agreement_stages ORDER BY agreement_id, date, stage",
}
WHAT = ("events", "documents", *TABLES)
_INTS = {"line", "sentences", "parsed", "incident_mentions", "incident_documents", "incident_outlets", "evidence_sentence_number",
         "evidence_start", "evidence_end", "evidence_trigger_start", "evidence_trigger_end", "location_geonameid"}
_FLOATS = {"confidence", "location_latitude", "location_longitude", "cameo_goldstein"}
_DATES = {"date_start"}


def event_records(db: str, filt: queries.EventFilter = queries.EventFilter(),
                  limit: int | None = None, newest_first: bool = False) -> Iterator[dict[str, Any]]:
    for row in queries.iter_event_rows(db, filt, limit, newest_first):
        yield event_json(event_from_row(row), row.get("story_id"), row)


def document_records(db: str) -> Iterator[dict[str, Any]]:
    return (document_json_from_row(row) for row in queries.iter_documents(db))


def export(db: str, what: str, fmt: str | None, output: str,
           filt: queries.EventFilter = queries.EventFilter(), limit: int | None = None,
           statuses: Counter | None = None) -> int:
    """Write `what` (events, documents, or a table of TABLES) to `output` ("-": standard output);
    returns the number of records written. With no `fmt`, the output's extension names the format
    (jsonl when it names none). `statuses`, when given, counts the written events by status (for
    export_notes)."""
    fmt = output_format(fmt, output)
    if what != "events" and (filt != queries.EventFilter() or limit):
        raise ConfigError(f"--country, --dyad, --type, --since, --until, --status, --min-confidence, "
                          f"--include-undated and --limit filter events; "
                          f"`export {what}` writes the whole table: drop those options")
    array = fmt in _ARRAY_OF or (fmt in ("jsonl", "plover") and output != STDOUT
                                  and os.path.splitext(output)[1].lower() == ".json")
    writer = _writer(db, what, fmt, filt, limit, statuses)
    if array:
        writer = _as_json_array(writer)
    if output == STDOUT:
        return writer(sys.stdout)
    check_output(output)
    if is_stream(output):
        return _to_stream(writer, output)
    tmp = f"{output}.partial"
    try:
        with _open_for(output, tmp) as fh:
            count = writer(fh)
        os.replace(tmp, output)  # a killed export never leaves a half-written file under the real name
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
    return count


def is_stream(output: str) -> bool:
    """A device or pipe that exists (/dev/null, /dev/stdout, a named pipe): written in place, never replaced
    by a file, and with no temporary name (`-o /dev/null`, to time an export, was refused: newcomer session 21)."""
    return os.path.exists(output) and not os.path.isfile(output) and not os.path.isdir(output)


def _to_stream(writer: Callable[[IO], int], output: str) -> int:
    with _open_for(output, output) as fh:
        return writer(fh)


def _open_for(output: str, tmp: str) -> IO:
    """The temporary file `output` is written through; a failure names the file the user gave, not the
    temporary one ('cannot use /proc/x.csv.partial' named a file nobody asked for: newcomer session 8)."""
    try:
        return open(tmp, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, output) from None


def output_format(fmt: str | None, output: str) -> str:
    """The format to write: `fmt` unless the output's extension says otherwise (-f csv -o e.parquet)."""
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")  # the option's name, as elsewhere
    extension = os.path.splitext(output)[1].lower() if output != STDOUT else ""
    named = _EXTENSIONS.get(extension)
    if extension and not named and extension not in _NEUTRAL:
        # "-o x.xlsx" or "-o x.jsonl.gz" would get uncompressed JSON Lines: say so rather than surprise
        raise ConfigError(f"--output {output}: detente writes {', '.join(sorted(_EXTENSIONS))} (or {_NEUTRAL[0]}) "
                          f"files, uncompressed; name the file with one of those extensions")
    if fmt == "parquet" and output == STDOUT and sys.stdout.isatty():
        raise ConfigError("Parquet is binary: write it to a file with --output FILE.parquet, not to the terminal")
    if fmt is None:
        return named[0] if named else "jsonl"
    if named and fmt not in named:
        ext = os.path.splitext(output)[1]
        raise ConfigError(f"--format {fmt} but --output {output} is a {ext} file, which takes --format "
                          f"{' or '.join(named)}: change one of them (or leave out --format: the extension chooses)")
    return fmt


def check_output(output: str) -> None:
    """Refuse an output that cannot be a file before reading the database. A device or a pipe is written in
    place by export(), never replaced (as root, a rename onto `/dev/null` would make it a regular file)."""
    if os.path.isdir(output):
        raise ConfigError(f"--output {output} is a directory; name a file in it, "
                          f"e.g. {os.path.join(output, 'events.jsonl')}")
    parent = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(parent):
        raise ConfigError(f"--output {output}: the folder {parent} does not exist; create it first or write elsewhere")


def _writer(db: str, what: str, fmt: str, filt: queries.EventFilter, limit: int | None,
            statuses: Counter | None = None) -> Callable[[IO], int]:
    """Check the request before anything is opened for writing; the function that writes it."""
    if limit is not None and limit < 0:
        raise ConfigError(f"--limit {limit}: give 0 (all) or a positive number")
    if what not in WHAT:
        raise ConfigError(f"cannot export {what!r}: choose one of {', '.join(WHAT)}")
    formats = EVENT_FORMATS if what == "events" else TABLE_FORMATS
    if fmt not in formats:
        raise ConfigError(f"cannot export {what} as {fmt!r}: choose one of {', '.join(formats)}")
    fmt = _ARRAY_OF.get(fmt, fmt)  # written as JSON Lines, then made one array by export()
    if what == "events":
        return lambda fh: _EVENT_WRITERS[fmt](_counted(event_records(db, filt, limit), statuses), fh, fmt)
    if what == "documents":
        return lambda fh: _rows(document_records(db), fh, fmt, DOCUMENT_EXPORT_FIELDS)
    if what not in queries.table_names(db):
        raise ConfigError(f"{db} has no {what} table yet: the stage that writes it has not run on this file")
    if fmt == "parquet":
        return lambda fh: _table_parquet(db, TABLES[what], fh)
    if fmt == "jsonl":
        return lambda fh: _rows(map(_json_columns, _table_records(db, TABLES[what])), fh, fmt, None)
    return lambda fh: _rows(_table_records(db, TABLES[what]), fh, fmt, None)


# Columns that hold JSON text: in JSON they are written as JSON, not as a string of it. `export incidents -f jsonl`
# gave "contradictions": "[{\"field\": …}]", to be parsed twice, where `detente incidents -f jsonl` gives the list
# (newcomer review, session 30); csv, tsv and parquet keep the text.
_JSON_TEXT = ("contradictions",)


def _json_columns(record: dict[str, Any]) -> dict[str, Any]:
    decoded = {c: json.loads(record[c]) for c in _JSON_TEXT if isinstance(record.get(c), str)}
    if "other_pairs" in record:  # a list, as `detente incidents -f jsonl` gives it (the flat formats: "BOL-PER")
        decoded["other_pairs"] = (record["other_pairs"] or "").split()
    return record | decoded


def _counted(records: Iterator[dict[str, Any]], statuses: Counter | None) -> Iterator[dict[str, Any]]:
    for record in records:
        if statuses is not None:
            statuses[record["status"]] += 1
        yield record


def export_notes(fmt: str | None, output: str, statuses: Counter, status_filtered: bool = False) -> list[str]:
    """What a user of a GDELT or ICEWS table must know that its file cannot say: it is tab-separated under a .csv
    name (as GDELT's own files are: read as CSV it is one column), and how many of its rows are denied or only
    pending acts, which those formats have no column for (unless --status chose them)."""
    fmt = output_format(fmt, output)
    if fmt not in _NO_STATUS:
        return []
    notes = []
    if output != STDOUT and os.path.splitext(output)[1].lower() == ".csv":
        notes.append(f"note: {output} is tab-separated, as GDELT's own .CSV files are; read it with a tab "
                     f"delimiter (pandas: sep='\\t'; DuckDB: read_csv(..., delim='\\t'))")
    unsure = {s: n for s, n in sorted(statuses.items()) if s != "asserted" and n}
    if unsure and not status_filtered:
        said = " and ".join(f"{n} {s}" for s, n in unsure.items())
        notes.append(f"note: {said} of these events are not reported as having happened (negated: denied or "
                     f"said not done; pending: announced, planned or threatened), and the {fmt} format has no "
                     f"column for that: add --status asserted to leave them out")
    return notes


def _table_records(db: str, sql: str) -> Iterator[dict[str, Any]]:
    return (dict(zip(names, row)) for names, row in queries.iter_table(db, sql))


def _json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def _jsonl(records: Iterable[dict], fh: IO, _fmt: str = "jsonl") -> int:
    n = 0
    for n, record in enumerate(records, 1):
        fh.write(json.dumps(record, ensure_ascii=False, default=_json_value) + "\n")
    return n


def _as_json_array(writer: Callable[[IO], int]) -> Callable[[IO], int]:
    """A .json file holds one JSON document: the records as one array, one record a line, still streamed.
    (Writing JSON Lines under a .json name gave a file that json.load and every JSON tool refuse.)"""
    def write(fh: IO) -> int:
        lines = _LinesToArray(fh)
        n = writer(lines)
        fh.write("\n]\n" if lines.started else "[]\n")
        return n
    return write


class _LinesToArray:
    """A text sink that turns the JSON Lines written to it into the items of one JSON array."""

    def __init__(self, fh: IO) -> None:
        self.fh, self.started = fh, False

    def write(self, line: str) -> int:
        self.fh.write(("," if self.started else "[") + "\n" + line.rstrip("\n"))
        self.started = True
        return len(line)


def _rows(records: Iterable[dict], fh: IO, fmt: str, columns: tuple[str, ...] | None) -> int:
    if fmt == "jsonl":
        return _jsonl(records, fh)
    if fmt == "parquet":
        return _parquet(records, fh, columns or ())
    return _delimited(records, fh, "\t" if fmt == "tsv" else ",", columns)


def _delimited(records: Iterable[dict], fh: IO, delimiter: str, columns: tuple[str, ...] | None) -> int:
    """CSV/TSV with a header; columns from the first record when not given (generic tables)."""
    n, writer = 0, None
    for n, record in enumerate(records, 1):
        if writer is None:
            # "\n" as `detente events -f csv` and `sql` end their lines: csv's default "\r\n" left a "\r" on
            # the last column of every TSV row for `cut`, `awk` and `read` (session 9 newcomer pass)
            writer = csv.DictWriter(fh, columns or tuple(record), delimiter=delimiter, extrasaction="ignore",
                                    lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in record.items()})
    if writer is None and columns:
        csv.DictWriter(fh, columns, delimiter=delimiter, lineterminator="\n").writeheader()
    return n


def _cell(value: Any) -> Any:
    return _json_value(value) if isinstance(value, (dt.date, dt.datetime, bytes, bytearray)) else value


def _events_flat(records: Iterable[dict], fh: IO, fmt: str) -> int:
    return _rows((flatten(r) for r in records), fh, fmt, flat_columns())


def write_flat_events(records: Iterable[dict], fh: IO, fmt: str = "csv") -> int:
    """Event records as the CSV (or TSV) export writes them (flattened columns), to any open text file."""
    return _events_flat(records, fh, fmt)


def _events_table(rows: Callable[[dict], dict], columns: tuple[str, ...]) -> Callable[[Iterable[dict], IO, str], int]:
    def write(records: Iterable[dict], fh: IO, _fmt: str) -> int:
        return _delimited((rows(r) for r in records), fh, "\t", columns)
    return write


_EVENT_WRITERS = {
    "jsonl": _jsonl, "csv": _events_flat, "tsv": _events_flat, "parquet": _events_flat,
    "plover": lambda records, fh, _fmt: _jsonl((plover_json(r) for r in records), fh),
    "gdelt": _events_table(gdelt_row, GDELT_COLUMNS),
    "icews": _events_table(icews_row, ICEWS_COLUMNS),
}


def _parquet(records: Iterable[dict], fh: IO, columns: tuple[str, ...], chunk: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in _INTS else pa.float64() if c in _FLOATS
                         else pa.date32() if c in _DATES else pa.string()) for c in columns])
    n, rows = 0, []
    with pq.ParquetWriter(_binary(fh), schema) as writer:
        for record in records:
            rows.append({c: _parquet_cell(record.get(c), schema.field(c).type) for c in columns})
            n += 1
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema))
    return n


def _parquet_cell(value: Any, kind: Any) -> Any:
    import pyarrow as pa

    if pa.types.is_date32(kind) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if value is None or not pa.types.is_string(kind):
        return value
    return value if isinstance(value, str) else _json_value(value)


def _table_parquet(db: str, sql: str, fh: IO) -> int:
    """A whole table as Parquet with the column types DuckDB reports."""
    import pyarrow.parquet as pq

    with queries.opened(db, read_only=True) as con:
        reader = con.sql(sql).to_arrow_reader(10_000)
        n = 0
        with pq.ParquetWriter(_binary(fh), reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
    return n


def _binary(fh: IO) -> Any:
    """Parquet is bytes: the file's or standard output's binary buffer."""
    fh.flush()
    return getattr(fh, "buffer", fh)
