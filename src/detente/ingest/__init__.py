"""Ingest stage: input paths → Documents (one per article) and Rejects (why something was not read).

Formats: .txt and .html/.htm (one article per file), .jsonl / .jsonl.gz (one JSON article per
line; .ndjson accepted too), .warc / .warc.gz (HTML responses of a web archive), and "-" for
standard input (sniffed). Files are read lazily; JSONL and WARC line by line / record by
record, so inputs of any size stream through in bounded memory. No function here raises for
bad input: every problem is a Reject(path, line, reason, detail).

Reject reasons (the CLI summary counts them):
    not_found           the path does not exist (or is a broken symbolic link)
    unreadable          cannot be opened or read: permissions, a folder, a pipe/device, I/O error
    unsafe_path         a symbolic link inside a folder that is not followed or leads outside it
    unsupported_format  a file type ingest does not read (the detail lists the supported ones)
    binary              not text: over 5 % control characters (NUL included), or a known binary signature
    empty               nothing but white space (a file, a JSONL text field, a WARC page)
    too_large           over max_bytes (file, JSONL line or WARC record), or a gzip stream that
                        expands beyond max_decompressed_bytes / max_gzip_ratio (a bomb); the clean stage
                        gives this reason too to a text over max_text_chars (clean.MAX_TEXT_CHARS), not coded
    corrupt             a truncated or damaged gzip or WARC stream; what came before it is kept
    bad_json            a JSONL line that is not a JSON object (line number given)
    no_text             a JSONL object without the text field, or whose text is not a string
    bad_field           a note, not a failure: a JSONL article kept without a metadata field of the wrong type
                        (a number or a list in "url", a list or an object in "title", "date" or "outlet";
                        numbers stand for a year or an epoch in "date" and are kept there)
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from detente.ingest.discover import discover, input_key
from detente.ingest.options import IngestOptions
from detente.ingest.readers import read_file, read_stdin
from detente.records import Document, Reject

REASONS: dict[str, str] = {
    "not_found": "the path does not exist",
    "unreadable": "cannot be opened or read",
    "unsafe_path": "symbolic link not followed or leading outside the folder",
    "unsupported_format": "file type not read by ingest",
    "binary": "not a text file",
    "empty": "nothing but white space",
    "too_large": "over a size limit",
    "corrupt": "truncated or damaged gzip/WARC stream",
    "bad_json": "JSONL line that is not a JSON object",
    "no_text": "JSONL object without a string text field",
    "bad_field": "JSONL article kept without a metadata field of the wrong type",
}


def read_inputs(paths: Sequence[str], options: IngestOptions) -> Iterator[Document | Reject]:
    """Every Document and Reject of every file under `paths`, in discovery order."""
    for path in discover(paths, options):
        yield from read_file(path, options)


__all__ = ["IngestOptions", "REASONS", "discover", "input_key", "read_file", "read_inputs", "read_stdin"]
