"""WARC web archives (plain or gzip), read record by record with warcio.

Only captured web pages become Documents: HTTP `response` records (and `resource` records)
with an HTML content type and a 2xx status. Requests, metadata, images, redirects and error
pages are not articles and are passed over without a Reject; a file with no page at all is one
"not_article" Reject naming the record types it holds.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from detente.errors import InputRejected
from detente.ingest.decode import bytes_to_text, declared_charset
from detente.ingest.documents import make_document
from detente.ingest.options import IngestOptions, human_size
from detente.records import Document, Reject

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DAMAGE = (ArchiveLoadFailed, EOFError, OSError, ValueError, IndexError)
_RATIO_FLOOR = 1024 * 1024  # below this much output a high ratio is harmless, as for .jsonl.gz


def read_warc(path: str, raw: BinaryIO, options: IngestOptions) -> Iterator[Document | Reject]:
    """Documents from a WARC file; a damaged record ends the file with Reject("corrupt")."""
    if _single_stream(raw):
        yield from _read_records(path, _Gunzip(raw, options), options, raw_file=None)
    else:
        yield from _read_records(path, raw, options, raw_file=raw)


def _read_records(path: str, stream: BinaryIO, options: IngestOptions,
                  raw_file: BinaryIO | None) -> Iterator[Document | Reject]:
    """The records of `stream`; `raw_file`: the file itself when warcio reads it (plain or one gzip member
    per record), whose end is then checked for a cut gzip trailer or trailing garbage."""
    number, start, end, inside, kept = 0, 0, 0, False, 0
    types: dict[str, int] = {}
    records = ArchiveIterator(stream)
    try:
        for number, record in enumerate(_parsed(records), start=1):
            inside = True  # damage from here on lies in this record, not the next
            if record.format != "warc":  # warcio falls back to the old ARC format for any text
                raise ArchiveLoadFailed(f"not a WARC record (read as {record.format})")
            if not record.rec_type:  # 'WARC/1.0' and then no header: warcio yields it as an empty record
                raise ArchiveLoadFailed(f"record {number} has no WARC-Type header")
            types[record.rec_type] = types.get(record.rec_type, 0) + 1
            item = _record_item(path, number, record, options)
            if item is None and _ends_early(record):  # cut inside its headers, it no longer looks like a page
                raise ArchiveLoadFailed(f"record {number} ends early")
            if item is not None:
                kept += 1
                yield item
            records.read_to_end()
            start = records.get_record_offset()
            end = start + records.get_record_length()
            inside = False
    except InputRejected as exc:  # _Gunzip's bomb guard: the records before it were kept
        at = number if inside else number + 1
        yield Reject(path, at, exc.reason, f"{exc.detail}; stopped in record {at}, which begins after byte "
                     f"{end:,} of the uncompressed WARC; earlier records were kept")
        return
    except _DAMAGE as exc:
        where = "" if raw_file is not None else f"; the record begins after byte {end:,} of the uncompressed WARC"
        yield _corrupt(path, number if inside else number + 1, f"{_damage_text(exc)}{where}")
        return
    yield from _ending(path, raw_file, number, start, end, kept, types)


def _parsed(records: ArchiveIterator):
    """warcio's records, its own crash on malformed headers made damage: a response record with no
    WARC-Target-URI raised AttributeError ('NoneType' object has no attribute 'startswith') from inside warcio,
    and `ingest` stopped on an internal error instead of counting a corrupt file (session 24 newcomer)."""
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (AttributeError, TypeError):
            # warcio's own words ("'NoneType' object has no attribute 'startswith'") read as detente's crash in
            # the rejects table (newcomer18, session 29): the row says what the file lacks, not Python's message
            raise ArchiveLoadFailed("a record whose headers cannot be parsed; a response or request record "
                                    "needs a WARC-Target-URI header") from None
        yield record


def _ending(path: str, raw_file: BinaryIO | None, number: int, start: int, end: int, kept: int,
            types: dict[str, int]) -> Iterator[Reject]:
    if number == 0:
        yield Reject(path, None, "empty", "the WARC file holds no records")
    elif raw_file is not None and _gzip_cut(raw_file, start):
        yield _corrupt(path, number + 1, f"the file ends inside record {number}'s gzip member; records after "
                       "it may be missing")
    elif raw_file is not None and _trailing_garbage(raw_file, end):
        yield _corrupt(path, number + 1, f"unreadable data after record {number} (byte {end})")
    elif not kept:
        yield _no_page(path, types)


def _single_stream(raw: BinaryIO) -> bool:
    """A .warc.gz compressed as one gzip stream (`gzip crawl.warc`), not one member per record: warcio reads
    its first record and stops with 'non-chunked gzip file detected', so a whole file kept one record and a
    cut one lost its first page behind a warcinfo record (newcomer review, session 14). Such a file is read
    through _Gunzip, which reads one member per record as well, so a doubt costs nothing: a first member
    that does not end within the first 64 KB, or that holds more than one record, is read that way."""
    try:
        head = raw.read(64 * 1024)
        raw.seek(0)
    except (OSError, ValueError):
        return False
    if not head.startswith(b"\x1f\x8b"):
        return False
    inflate = zlib.decompressobj(wbits=31)
    try:
        first = inflate.decompress(head, 1 << 20)
    except zlib.error:
        return False  # not gzip after all: warcio says how
    return not inflate.eof or b"\r\nWARC/1." in first


class _Gunzip:
    """A gzip file (one stream or many members) read as the plain WARC it holds. The data before a cut is
    handed over first, then the cut raises GzipCut (a ValueError) with its byte offset in the file: Python's gzip and
    io buffers drop the last block read before their EOFError, and warcio takes an EOFError for a clean end.
    The total it expands to is capped as a .jsonl.gz's is (max_decompressed_bytes, max_gzip_ratio): only the
    per-record max_bytes applied, and warcio reads a non-page record to its end, so a small file could
    expand without bound (newcomer review, session 15)."""

    def __init__(self, raw: BinaryIO, options: IngestOptions) -> None:
        self.raw, self.inflate, self.consumed, self.produced = raw, zlib.decompressobj(wbits=31), 0, 0
        self.options = options

    def read(self, size: int = -1) -> bytes:
        limit = size if size and size > 0 else 1 << 16
        while True:
            if self.inflate.eof:  # the next member, if any
                feed = self.inflate.unused_data or self._more()
                if not feed:
                    return b""
                self.inflate = zlib.decompressobj(wbits=31)
            else:
                feed = self.inflate.unconsumed_tail or self._more()
                if not feed:
                    raise GzipCut(f"the file ends inside its gzip stream, at byte {self.consumed:,}")
            try:
                out = self.inflate.decompress(feed, limit)
            except zlib.error as exc:
                raise GzipCut(f"gzip data damaged before byte {self.consumed:,} ({exc})") from None
            if out:
                self.produced += len(out)
                self._check()
                return out

    def _check(self) -> None:
        limit, ratio = self.options.max_decompressed_bytes, self.produced / max(self.consumed, 1)
        if self.produced > limit:
            raise InputRejected("", "too_large", f"expands beyond max_decompressed_bytes ({human_size(limit)}) "
                                f"by byte {self.consumed:,} of the file; raise that option if the file is genuine")
        if self.produced > _RATIO_FLOOR and ratio > self.options.max_gzip_ratio:
            raise InputRejected("", "too_large", f"expands {ratio:.0f}× by byte {self.consumed:,} of the file "
                                f"(a gzip bomb?), more than max_gzip_ratio ({self.options.max_gzip_ratio:g})")

    def _more(self) -> bytes:
        chunk = self.raw.read(1 << 16)
        self.consumed += len(chunk)
        return chunk


class GzipCut(ValueError):
    """A .warc.gz cut short or damaged, in _Gunzip's own words (with the byte where it happened)."""


def _damage_text(exc: Exception) -> str:
    """What the damage was, in the reject's words: the message alone when it is detente's own or warcio's
    "cannot load" (a cut .warc.gz read "(ValueError: the file ends inside its gzip stream, at byte 250; …)",
    and a hand-made one "(ArchiveLoadFailed: a record whose headers …)": class names that read as a crash,
    newcomer review, session 30); Python's own errors keep their name, which says what failed."""
    return str(exc) if isinstance(exc, (GzipCut, ArchiveLoadFailed)) else f"{type(exc).__name__}: {exc}"


def _corrupt(path: str, number: int, what: str) -> Reject:
    if number == 1:  # "earlier records were kept" of a text file named .warc, which has none (session 19 newcomer)
        return Reject(path, 1, "corrupt", f"not a WARC file, or damaged from its first record ({what}); nothing "
                      "in it was read — check what the file holds, or re-download it")
    return Reject(path, number, "corrupt", f"WARC damaged or truncated at record {number} ({what}); "
                  "earlier records were kept — re-download or repair the file")


def _no_page(path: str, types: dict[str, int]) -> Reject:
    """A WARC of records but no page (only warcinfo, requests, images...) was passed over without a word, and
    its run ended 'no input held an article' naming no file (newcomer session 12: a crawl of metadata only)."""
    held = ", ".join(f"{count} {kind}" for kind, count in sorted(types.items()))
    total = sum(types.values())
    return Reject(path, None, "not_article", f"no web page among its {total} record{'s' * (total != 1)} ({held}): "
                  "detente reads HTTP responses with status 2xx and type text/html, and resource records of that type")


def _gzip_cut(raw: BinaryIO, start: int) -> bool:
    """A .warc.gz cut inside the last record's 8-byte gzip trailer: warcio decodes the record whole and stops
    without a word, though the download was cut (newcomer session 8: a file cut at two thirds of its bytes)."""
    try:
        raw.seek(start)
        member = raw.read()
    except (OSError, ValueError):
        return False
    if not member.startswith(b"\x1f\x8b"):
        return False  # an uncompressed WARC: a cut there is caught by the record's Content-Length
    inflate = zlib.decompressobj(wbits=31)
    try:
        inflate.decompress(member)
    except zlib.error:
        return True
    return not inflate.eof


def _trailing_garbage(raw: BinaryIO, end: int) -> bool:
    """warcio stops quietly at a truncated record; anything but blank bytes left means damage."""
    try:
        raw.seek(end)
        return bool(raw.read(64 * 1024).strip())
    except (OSError, ValueError):
        return False


def _is_page(record) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not http.get_statuscode().startswith("2"):
            return False
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _record_item(path: str, number: int, record, options: IngestOptions) -> Document | Reject | None:
    if not _is_page(record):
        return None
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) <= options.max_bytes and _ends_early(record):
        raise ArchiveLoadFailed(f"record {number} ends early")
    if len(payload) > options.max_bytes:
        return Reject(path, number, "too_large", f"record payload is over max_bytes "
                      f"({human_size(options.max_bytes)}); raise max_bytes to read it")
    headers = record.http_headers
    content_type = headers.get_header("Content-Type") if headers else record.rec_headers.get_header("Content-Type")
    try:
        html = bytes_to_text(payload, declared_charset(payload, content_type))
    except InputRejected as exc:
        return Reject(path, number, exc.reason, exc.detail)
    if not html.strip():
        return Reject(path, number, "empty", "the HTML response has no content")
    url = record.rec_headers.get_header("WARC-Target-URI")
    return make_document(path, number, "html", html, url=url, date=_date_of(record))


def _ends_early(record) -> bool:
    """A record whose bytes stop before its declared Content-Length (a truncated download)."""
    left = getattr(record.raw_stream, "limit", 0)  # a record with no Content-Length has no limit to fall short of
    return left > 0 and len(record.raw_stream.read(left)) < left


def _date_of(record) -> str | None:
    date = record.rec_headers.get_header("WARC-Date")
    if not date and record.http_headers:
        date = record.http_headers.get_header("Last-Modified") or record.http_headers.get_header("Date")
    return date or None
