"""Every exception detente raises on purpose. Only the CLI and web edges turn them into messages.

    DetenteError                      base; never raised itself
    ├── InputRejected                 one input file, line or record cannot be used; the run goes on
    │                                 (carries path, line, reason code and detail → a `rejects` row)
    ├── ConfigError                   bad option or argument from the user (CLI exit code 2)
    │   └── TooLarge                  a request asks for more rows than one answer holds (web: 413)
    ├── ModelMissing                  the spaCy English pipeline is not installed
    ├── KnowledgeError                a data file under a stage (gazetteer, lexicon) is malformed
    ├── StoreError                    the DuckDB file cannot be opened or written
    │   └── StoreBusy                 another process holds the write lock on the file
    ├── NotFound                      an event or document id that the store does not hold
    └── Unavailable                   something the command needs is taken or missing (a port in use)

A message says what happened, where (`file:line`), and what to do.
"""
from __future__ import annotations


class DetenteError(Exception):
    """Base class for detente's own errors."""


class InputRejected(DetenteError):
    """One input cannot be used. `reason` is a short code counted in run summaries."""

    def __init__(self, path: str, reason: str, detail: str, line: int | None = None):
        self.path, self.reason, self.detail, self.line = path, reason, detail, line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}: {detail}")


class ConfigError(DetenteError):
    """A bad option or argument given by the user."""


class TooLarge(ConfigError):
    """More rows asked for than one answer may hold; the message says how to get them otherwise."""


class ModelMissing(DetenteError):
    """The English spaCy pipeline cannot be loaded."""


class KnowledgeError(DetenteError):
    """A knowledge data file is malformed; names the file and line."""


class StoreError(DetenteError):
    """The database cannot be opened or written."""


class StoreBusy(StoreError):
    """Another process is writing to the database file."""


class NotFound(DetenteError):
    """An id the store does not hold."""


class Unavailable(DetenteError):
    """A resource the command needs is not available (CLI exit code 3)."""
