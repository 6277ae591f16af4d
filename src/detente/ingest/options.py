"""Options of the ingest stage and the formats it reads."""
from __future__ import annotations

from dataclasses import dataclass

from detente.errors import ConfigError

MIB = 1024 * 1024

# Suffix → reader kind. Longest suffixes first so "x.jsonl.gz" is not read as plain gzip.
SUFFIX_KINDS: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".warc.gz", "warc"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".warc", "warc"),
    (".html", "html"),
    (".htm", "html"),
    (".txt", "text"),
)
SUPPORTED_SUFFIXES = tuple(suffix for suffix, _kind in SUFFIX_KINDS)


def _as_names(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """A field option may be one name or several tried in order ("body", "content")."""
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read inputs.

    `max_bytes` caps whole .txt/.html files and each JSONL line / WARC record payload.
    `max_decompressed_bytes` caps the total a .jsonl.gz expands to, and `max_gzip_ratio`
    stops a gzip stream that expands far beyond what text does (a "gzip bomb") early.
    JSONL field options take one name or a tuple of names tried in order: only the names
    given are read, so a file whose article text sits in "body" needs text_field="body"
    (or ("text", "body")).
    """

    max_bytes: int = 10 * MIB
    max_decompressed_bytes: int = 1024 * MIB
    max_gzip_ratio: float = 200.0
    text_field: str | tuple[str, ...] = "text"
    title_field: str | tuple[str, ...] = "title"
    url_field: str | tuple[str, ...] = "url"
    date_field: str | tuple[str, ...] = "date"
    outlet_field: str | tuple[str, ...] = "outlet"
    follow_symlinks: bool = False

    def __post_init__(self) -> None:
        for name in ("text_field", "title_field", "url_field", "date_field", "outlet_field"):
            object.__setattr__(self, name, _as_names(getattr(self, name)))
        if self.max_bytes <= 0 or self.max_decompressed_bytes <= 0 or self.max_gzip_ratio <= 1:
            raise ConfigError("max_bytes and max_decompressed_bytes must be > 0, max_gzip_ratio > 1")


def kind_of(path: str) -> str | None:
    """Reader kind for a file name ("text", "html", "jsonl", "warc"), None if unsupported."""
    lowered = path.lower()
    for suffix, kind in SUFFIX_KINDS:
        if lowered.endswith(suffix):
            return kind
    return None


def human_size(size: int) -> str:
    return f"{size / MIB:.1f} MiB" if size >= MIB else f"{size} bytes"
