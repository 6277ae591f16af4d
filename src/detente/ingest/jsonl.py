"""JSONL (one article per line, optionally gzip-compressed), read line by line."""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from detente.errors import InputRejected
from detente.ingest.decode import bom_encoding, binary_verdict, clean_text, decode_bytes, utf16_without_bom
from detente.ingest.documents import looks_like_html, make_document
from detente.ingest.options import IngestOptions, human_size
from detente.ingest.streams import GZIP_MAGIC, capped_lines, open_gzip, read_head
from detente.records import Document, Reject

# When this many leading lines all fail to parse, the file is not JSONL: stop instead of
# writing one reject per line of, say, a CSV file named .jsonl.
_GIVE_UP_AFTER = 10


def read_jsonl(path: str, raw: BinaryIO, options: IngestOptions) -> Iterator[Document | Reject]:
    """Documents and Rejects from a JSONL stream; damage mid-file keeps the lines before it."""
    line, produced = 0, 0
    try:
        head, stream = read_head(raw)
        if head.startswith(GZIP_MAGIC):
            head, stream = read_head(open_gzip(stream, options))
        verdict = binary_verdict(head)
        if verdict:
            yield Reject(path, None, "binary", f"{verdict}; expected one JSON object per line")
            return
        for line, item in _records(path, _line_source(head, stream), options):
            produced += 1
            yield item
    except InputRejected as exc:
        yield Reject(path, line + 1, exc.reason, exc.detail)
        return
    if produced == 0:
        yield Reject(path, None, "empty", "the file holds no JSON lines; nothing to read")


# Decoders that consume the byte-order mark themselves.
_WIDE_WITH_BOM = {"utf-16-le": "utf-16", "utf-16-be": "utf-16", "utf-32-le": "utf-32", "utf-32-be": "utf-32"}


def _line_source(head: bytes, stream: io.BufferedReader) -> BinaryIO | io.TextIOWrapper:
    """UTF-16/32 files are read through a decoder; everything else line by line as bytes."""
    bom = bom_encoding(head)
    encoding = _WIDE_WITH_BOM.get(bom[0]) if bom else utf16_without_bom(head[:4096])
    if encoding:
        return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="\n")
    return stream


def _records(path: str, source, options: IngestOptions) -> Iterator[tuple[int, Document | Reject]]:
    bad_run, seen = 0, 0
    for number, line in capped_lines(source, options.max_bytes):
        if line is None:
            yield number, Reject(path, number, "too_large", f"line is over max_bytes "
                                 f"({human_size(options.max_bytes)}); raise max_bytes to read it")
            continue
        text = _line_text(line, number)
        if not text.strip():
            continue  # blank lines separate nothing in JSONL; not an input
        item = parse_record(path, number, text, options)
        seen += 1
        if bad_run == seen - 1 and isinstance(item, Reject) and item.reason == "bad_json":
            bad_run += 1
        yield number, item
        if bad_run >= _GIVE_UP_AFTER:
            yield number, Reject(path, None, "bad_json", f"the first {_GIVE_UP_AFTER} lines are not JSON, so "
                                 "this is probably not a JSONL file; stopped reading it")
            return


def _line_text(line: bytes | str, number: int) -> str:
    if isinstance(line, str):
        return line.lstrip("\ufeff") if number == 1 else line
    if number == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        # JSON's structure is ASCII, so any ASCII-compatible reading keeps it parseable.
        try:
            return decode_bytes(line)
        except InputRejected:
            return line.decode("cp1252", errors="replace")


def _json_error(exc: json.JSONDecodeError, text: str) -> str:
    """The decoder's message with its column, and a word when the line stops inside its record. Its own
    "Unterminated string starting at" ran into our " at column" ("starting at at column 10"), and a line
    cut off mid-record (a scrape stopped while writing) read as a syntax slip (session 14 newcomer)."""
    message = exc.msg.removesuffix(" at")
    cut = exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip())
    return f"{message} at column {exc.colno}" + ("; the line ends inside the record: cut short?" if cut else "")


def parse_record(path: str, number: int, text: str, options: IngestOptions) -> Document | Reject:
    """One JSONL line → Document, or Reject("bad_json" | "no_text" | "empty")."""
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        detail = _json_error(exc, text) if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return Reject(path, number, "bad_json", f"not valid JSON ({detail}); fix or remove the line")
    if not isinstance(record, dict):
        return Reject(path, number, "bad_json", f"a JSON {type(record).__name__}, not an object; "
                      "each line must be one {...} article")
    body = _text_of(path, number, record, options)
    if isinstance(body, Reject):
        return body
    return make_document(
        path, number, "html" if looks_like_html(body) else "text", body,
        url=_field(record, options.url_field), title=_field(record, options.title_field),
        outlet=_field(record, options.outlet_field), date=_field(record, options.date_field),
    )


def _text_of(path: str, number: int, record: dict, options: IngestOptions) -> str | Reject:
    names = options.text_field
    name = next((n for n in names if n in record), None)
    if name is None:
        present = ", ".join(sorted(map(str, record))[:12]) or "none"
        return Reject(path, number, "no_text", f"no {' / '.join(names)} field (fields present: {present}); "
                      "name the field that holds the article text with --text-field NAME")
    value = record[name]
    if not isinstance(value, str):
        return Reject(path, number, "no_text", f"field {name!r} is {type(value).__name__}, not a string")
    body = clean_text(value)
    if not body.strip():
        return Reject(path, number, "empty", f"field {name!r} is blank")
    return body


def _field(record: dict, names: tuple[str, ...]) -> str | None:
    """An optional metadata field as a clean one-line string; numbers (years, epochs) as text."""
    for name in names:
        value = record.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            return str(value)
        if isinstance(value, str) and value.strip():
            return " ".join(clean_text(value).split())
    return None
