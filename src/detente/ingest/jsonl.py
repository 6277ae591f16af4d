"""JSONL (one article per line, optionally gzip-compressed), read line by line."""
from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from detente.errors import InputRejected
from detente.ingest.decode import bom_encoding, binary_verdict, clean_text, decode_bytes, utf16_without_bom
from detente.ingest.documents import looks_like_html, make_document
from detente.ingest.options import IngestOptions, human_size
from detente.ingest.streams import GZIP_MAGIC, capped_lines, open_gzip, read_head
from detente.records import Document, Reject

# Lines without text held back while no line had any (see _held_textless); past this many, they are let through.
_HOLD = 10_000
# A string field of this many words that ends a sentence could be the article under another name (no "text", but
# a "body"): a gold or manifest file's strings are names, ids and dates, a title-only file's a few words, and its
# headlines and search queries end without a full stop. Length alone counted a manifest beside the articles (a
# 14-word "story_title", an 8-word "query") as 56 no_text failures and exit 1 where its gold file was one
# not_article (newcomer review, session 20, on bench/realnews).
_SENTENCE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(\s|$)")

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
        for line, item in _held_textless(path, _records(path, _line_source(head, stream), options), options):
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


def _records(path: str, source, options: IngestOptions) -> Iterator[tuple[int, Document | Reject, bool]]:
    """(line number, Document or Reject, whether the record has neither the text field nor sentence-length text)."""
    bad_run, seen = 0, 0
    for number, line in capped_lines(source, options.max_bytes):
        if line is None:
            yield number, Reject(path, number, "too_large", f"line is over max_bytes "
                                 f"({human_size(options.max_bytes)}); raise max_bytes to read it"), False
            continue
        text = _line_text(line, number)
        if not text.strip():
            continue  # blank lines separate nothing in JSONL; not an input
        item, textless, notes = _parse(path, number, text, options)
        yield from ((number, note, False) for note in notes)
        seen += 1
        if bad_run == seen - 1 and isinstance(item, Reject) and item.reason == "bad_json":
            bad_run += 1
        yield number, item, textless
        if bad_run >= _GIVE_UP_AFTER:
            yield number, Reject(path, None, "bad_json", f"the first {_GIVE_UP_AFTER} lines are not JSON, so "
                                 "this is probably not a JSONL file; stopped reading it"), False
            return


def _held_textless(path: str, items: Iterator[tuple[int, Document | Reject, bool]],
                   options: IngestOptions) -> Iterator[tuple[int, Document | Reject]]:
    """A JSONL file none of whose records has the text field or a string of sentence length (a gold, label or
    metadata file beside the articles) is one not_article Reject, not one no_text per line: `detente ingest demo/`
    listed the eight lines of demo/gold.jsonl as failures (newcomer review, session 15). A record with such a
    string under another name keeps its line's no_text, a failure: its text field is likely misnamed."""
    held: list[tuple[int, Reject]] | None = []
    try:
        for number, item, textless in items:
            if held is not None and textless and len(held) < _HOLD:
                held.append((number, item))
                continue
            if held:
                yield from held
            held = None
            yield number, item
    except InputRejected:  # damage further on: the lines held so far are reported as they are
        yield from held or ()
        raise
    if held:
        fields = held[0][1].detail.partition("(fields present: ")[2].partition(")")[0]
        yield held[-1][0], Reject(path, None, "not_article", f"none of its {len(held)} records has a "
                                  f"{' / '.join(options.text_field)} field or any sentence-length text (fields of "
                                  f"the first: {fields}): a gold, label or metadata file? passed over; if it holds "
                                  "articles, name their text field with --text-field NAME")


def reads_as_text(value) -> bool:
    """Whether a field other than the text field could hold the article: a string of sentence length that ends a
    sentence somewhere (a headline or a search query does not)."""
    return isinstance(value, str) and len(value.split()) >= _SENTENCE_WORDS and bool(_SENTENCE_END.search(value))


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
    # The decoder counts the line's own newline as a line: a record missing its closing brace failed at
    # "column 1" (of line 2); the column is the one after the line's last character then (session 19 newcomer).
    column = min(exc.pos, len(text.rstrip("\r\n"))) + 1 if exc.lineno > 1 else exc.colno
    return f"{message} at column {column}" + ("; the line ends inside the record: cut short?" if cut else "")


def parse_record(path: str, number: int, text: str, options: IngestOptions) -> Document | Reject:
    """One JSONL line → Document, or Reject("bad_json" | "no_text" | "empty")."""
    return _parse(path, number, text, options)[0]


def _parse(path: str, number: int, text: str, options: IngestOptions) -> tuple[Document | Reject, bool, list[Reject]]:
    """parse_record's answer, whether the record holds no text field and no sentence-length string, and the
    notes on a kept article's metadata fields (field_notes)."""
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        detail = _json_error(exc, text) if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return Reject(path, number, "bad_json", f"not valid JSON ({detail}); fix or remove the line"), False, []
    if not isinstance(record, dict):
        return Reject(path, number, "bad_json", f"a JSON {type(record).__name__}, not an object; "
                      "each line must be one {...} article"), False, []
    body = _text_of(path, number, record, options)
    if isinstance(body, Reject):
        missing = not any(n in record for n in options.text_field)
        return body, missing and not any(map(reads_as_text, record.values())), []
    return make_document(
        path, number, "html" if looks_like_html(body) else "text", body,
        url=_field(record, options.url_field, numbers=False), title=_field(record, options.title_field),
        outlet=_field(record, options.outlet_field), date=_field(record, options.date_field),
    ), False, field_notes(path, number, record, options)


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


# Metadata fields a number may stand for (a year, an epoch, an issue number as a title); a URL may not.
_NUMBER_FIELDS = ("date_field", "title_field", "outlet_field")
_METADATA_FIELDS = _NUMBER_FIELDS + ("url_field",)


def field_notes(path: str, number: int, record: dict, options: IngestOptions) -> list[Reject]:
    """A bad_field note for each metadata field of a type that cannot hold it ("url": 5, "date": [...],
    "title": {...}): the article is kept without it (newcomer s16: a number in "url" was stored as "5"
    without a word)."""
    wrong = []
    for option in _METADATA_FIELDS:
        names = getattr(options, option)
        name = next((n for n in names if n in record and record[n] is not None), None)
        if name is not None and not _usable(record[name], option):
            wrong.append(f"{name!r} is {_json_type(record[name])} ({json.dumps(record[name])[:40]})")
    if not wrong:
        return []  # one note a line: the rejects table keys a line's rows by reason
    return [Reject(path, number, "bad_field", f"field {'; field '.join(wrong)}, not a string: the article was "
                   "kept without it")]


def _usable(value: object, option: str) -> bool:
    if isinstance(value, str):
        return True
    return isinstance(value, (int, float)) and not isinstance(value, bool) and option in _NUMBER_FIELDS


def _json_type(value: object) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def _field(record: dict, names: tuple[str, ...], numbers: bool = True) -> str | None:
    """An optional metadata field as a clean one-line string; numbers (years, epochs) as text where they
    may stand for it (`numbers`; not a URL)."""
    for name in names:
        value = record.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            if not numbers:
                continue
            return str(value)
        if isinstance(value, str) and value.strip():
            return " ".join(clean_text(value).split())
    return None
