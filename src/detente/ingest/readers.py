"""read_file: one input path (or "-" for standard input) → Documents and Rejects, never an exception."""
from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from typing import BinaryIO

from detente.errors import InputRejected
from detente.ingest.decode import bom_encoding, bytes_to_text, declared_charset, utf16_without_bom
from detente.ingest.discover import STDIN
from detente.ingest.documents import make_document
from detente.ingest.jsonl import read_jsonl
from detente.ingest.options import SUPPORTED_SUFFIXES, IngestOptions, human_size, kind_of
from detente.ingest.streams import read_head
from detente.ingest.warc import read_warc
from detente.records import Document, Reject

_READERS = {"jsonl": read_jsonl, "warc": read_warc}


def read_file(path: str, options: IngestOptions) -> Iterator[Document | Reject]:
    """Documents and Rejects from one input; every problem becomes a Reject."""
    if path == STDIN:
        yield from read_stdin(sys.stdin.buffer, options)
        return
    problem = _path_problem(path, options)
    if problem:
        yield problem
        return
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield Reject(path, None, "unreadable", f"cannot open ({exc.strerror or exc}); check its permissions")
        return
    with handle:
        try:
            yield from _read_open(path, handle, kind_of(path) or "text", options)
        except OSError as exc:  # a disk or network-mount error mid-read
            yield Reject(path, None, "unreadable", f"read failed ({exc.strerror or exc}); check the disk or mount")


def _read_open(path: str, handle: BinaryIO, kind: str, options: IngestOptions) -> Iterator[Document | Reject]:
    reader = _READERS.get(kind)
    if reader is not None:
        yield from reader(path, handle, options)
        return
    size = os.fstat(handle.fileno()).st_size
    if size > options.max_bytes:
        yield _too_large(path, size, options)
        return
    yield _whole(path, handle.read(options.max_bytes + 1), kind, options)


def _path_problem(path: str, options: IngestOptions) -> Reject | None:
    """not_found / unsafe_path / unreadable / unsupported_format, checked before opening."""
    if not os.path.exists(path):
        what = "is a broken symbolic link" if os.path.islink(path) else "does not exist"
        return Reject(path, None, "not_found", f"{what}; check the path")
    if os.path.islink(path):
        return Reject(path, None, "unsafe_path", _link_detail(path, options))
    mode = os.stat(path).st_mode
    if stat.S_ISDIR(mode):
        return Reject(path, None, "unreadable", "is a folder; pass it to read_inputs/discover to read the files in it")
    if not stat.S_ISREG(mode):
        return Reject(path, None, "unreadable", "not a regular file (pipe, socket or device); copy it to a file")
    if kind_of(path) is None and _documentation(path):
        return Reject(path, None, "not_article", "a folder's documentation (README, LICENSE, Markdown), not an "
                      "article; passed over")
    if kind_of(path) is None:
        return Reject(path, None, "unsupported_format", f"unknown file type; supported: "
                      f"{', '.join(SUPPORTED_SUFFIXES)} — rename or convert the file")
    return None


_DOC_NAMES = ("readme", "license", "licence", "changelog", "notice", "copying")


def _documentation(path: str) -> bool:
    """A README, LICENSE or Markdown file: `detente ingest demo/` failed (exit 1) on the folder's README.md, an
    `unsupported_format` the user had no reason to convert (newcomer review, session 15). Set aside as
    not_article: listed, not a failure."""
    name = os.path.basename(path).lower()
    return name.endswith((".md", ".markdown", ".rst")) or name.split(".")[0] in _DOC_NAMES


def _link_detail(path: str, options: IngestOptions) -> str:
    # discover() hands over links only when they must not be followed; see its docstring.
    target = os.path.realpath(path)
    if options.follow_symlinks:
        return (f"symbolic link pointing outside the folder being read (to {target}); "
                "name the target itself if it should be read")
    return (f"symbolic link inside a folder (to {target}), not followed; turn on follow_symlinks "
            "to read links that stay inside the folder, or name the target itself")


def _too_large(path: str, size: int, options: IngestOptions) -> Reject:
    return Reject(path, None, "too_large", f"file is {human_size(size)}, over max_bytes "
                  f"({human_size(options.max_bytes)}); raise max_bytes to read it")


def _whole(path: str, data: bytes, kind: str, options: IngestOptions) -> Document | Reject:
    """A whole .txt/.html input as one Document."""
    if len(data) > options.max_bytes:
        return _too_large(path, len(data), options)
    if not data.strip():
        return Reject(path, None, "empty", "the file is empty or only white space")
    try:
        content = bytes_to_text(data, declared_charset(data) if kind == "html" else None)
    except InputRejected as exc:
        return Reject(path, None, exc.reason, exc.detail)
    if not content.strip():
        return Reject(path, None, "empty", "no text left after removing control characters")
    return make_document(path, None, kind, content)


def read_stdin(raw: BinaryIO, options: IngestOptions) -> Iterator[Document | Reject]:
    """Standard input, sniffed: JSONL if it starts with "{", WARC, HTML if "<", else text."""
    try:
        head, stream = read_head(raw)
        first = _sniff_text(head).lstrip()[:5]
        if first.startswith("{"):
            yield from read_jsonl(STDIN, stream, options)
        elif first.startswith("WARC/"):
            yield from read_warc(STDIN, stream, options)
        else:
            yield _whole(STDIN, stream.read(options.max_bytes + 1), "html" if first.startswith("<") else "text", options)
    except OSError as exc:
        yield Reject(STDIN, None, "unreadable", f"reading standard input failed ({exc})")


def _sniff_text(head: bytes) -> str:
    """The start of the input as text, good enough to look at its first character."""
    bom = bom_encoding(head)
    if bom:
        return head[bom[1]:].decode(bom[0], errors="replace")
    wide = utf16_without_bom(head[:4096])
    return head.decode(wide or "latin-1", errors="replace")
