"""Byte streams for lazy reading: gzip with bomb guards, a pushed-back head, capped lines."""
from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from detente.errors import InputRejected
from detente.ingest.options import IngestOptions, human_size

GZIP_MAGIC = b"\x1f\x8b"
# Below this much output a high ratio is harmless (and short repetitive files compress well).
_RATIO_FLOOR = 1024 * 1024


class _CountingReader(io.RawIOBase):
    """Counts the compressed bytes gzip pulls, so the expansion ratio can be watched."""

    def __init__(self, raw: BinaryIO):
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


class _GuardedGzip(io.RawIOBase):
    """A gzip stream that turns bombs into InputRejected("too_large") and damage into "corrupt"."""

    def __init__(self, raw: BinaryIO, options: IngestOptions):
        self.source = _CountingReader(raw)
        self.gzip = gzip.GzipFile(fileobj=self.source, mode="rb")
        self.options, self.produced = options, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            # read1: what one pull yields. read() gathers len(buffer) bytes first and drops them at a cut, so a
            # .jsonl.gz cut short lost its last 64 KB of lines, a small one every line (newcomer, session 15)
            data = self.gzip.read1(len(buffer))
        except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
            raise InputRejected("", "corrupt", f"gzip stream is damaged or truncated ({exc}); "
                                "lines before the damage were kept — re-download or re-compress the file")
        self.produced += len(data)
        self._check()
        buffer[: len(data)] = data
        return len(data)

    def _check(self) -> None:
        if self.produced > self.options.max_decompressed_bytes:
            raise InputRejected("", "too_large", f"expands beyond max_decompressed_bytes "
                                f"({human_size(self.options.max_decompressed_bytes)}); raise that option "
                                "if the file is genuine, lines before the limit were kept")
        ratio = self.produced / max(self.source.count, 1)
        if self.produced > _RATIO_FLOOR and ratio > self.options.max_gzip_ratio:
            raise InputRejected("", "too_large", f"expands {ratio:.0f}× (a gzip bomb?), more than "
                                f"max_gzip_ratio ({self.options.max_gzip_ratio:g}); lines before were kept")


def open_gzip(raw: BinaryIO, options: IngestOptions) -> io.BufferedReader:
    return io.BufferedReader(_GuardedGzip(raw, options), buffer_size=64 * 1024)


class _PushedBack(io.RawIOBase):
    """A stream whose already-read head is served again first (stdin cannot seek back)."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            data, self.head = self.head[: len(buffer)], self.head[len(buffer):]
        else:  # read1: a read() of len(buffer) bytes drops what it gathered when the stream turns out cut
            data = getattr(self.rest, "read1", self.rest.read)(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Failed(io.RawIOBase):
    """The rest of a stream whose reading failed: raises that failure when read."""

    def __init__(self, error: InputRejected):
        self.error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        raise self.error


def read_head(stream: BinaryIO, want: int = 4096) -> tuple[bytes, io.BufferedReader]:
    """The first bytes of a stream (up to the first non-blank ones) and the whole stream again. Damage met
    while reading the head is met again after it: a .jsonl.gz cut within its first 4 KB of lines lost
    them all (newcomer, session 15)."""
    head, read = b"", getattr(stream, "read1", stream.read)  # read1: what arrived, not `want` bytes or nothing
    while len(head) < want or not head.strip():
        try:
            chunk = read(want)
        except InputRejected as exc:
            if not head:
                raise
            return head, io.BufferedReader(_PushedBack(head, _Failed(exc)))
        if not chunk:
            break
        head += chunk
        if len(head) > 1024 * 1024:
            break
    return head, io.BufferedReader(_PushedBack(head, stream))


def capped_lines(stream: BinaryIO | TextIO, cap: int) -> Iterator[tuple[int, bytes | str | None]]:
    """(1-based line number, line) lazily; None instead of the line for lines over `cap`.

    Works on byte and text streams. An over-long line is skipped in cap-sized pieces, so
    memory stays bounded whatever the file holds.
    """
    number = 0
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        number += 1
        newline = "\n" if isinstance(line, str) else b"\n"
        if len(line) > cap and not line.endswith(newline):
            while (rest := stream.readline(cap)) and not rest.endswith(newline):
                pass
            yield number, None
        else:
            yield number, line
