"""Ingest stage (placeholder walking skeleton; being replaced)."""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from detente import ids
from detente.records import Document, Reject


@dataclass(frozen=True, slots=True)
class IngestOptions:
    max_bytes: int = 10 * 1024 * 1024


def discover(paths: Sequence[str], options: IngestOptions) -> Iterator[str]:
    for p in paths:
        if os.path.isdir(p):
            for root, _dirs, files in sorted(os.walk(p)):
                for f in sorted(files):
                    yield os.path.join(root, f)
        else:
            yield p


def read_file(path: str, options: IngestOptions) -> Iterator[Document | Reject]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    fmt = "html" if path.endswith((".html", ".htm")) else "text"
    yield Document(ids.doc_id(text), path, None, fmt, text)


def read_inputs(paths: Sequence[str], options: IngestOptions) -> Iterator[Document | Reject]:
    for path in discover(paths, options):
        yield from read_file(path, options)
