"""Checks of option values shared by the commands: a bad value is refused (exit 2) naming what is valid."""
from __future__ import annotations

import os
from collections.abc import Iterable

from detente.errors import ConfigError


def choice(value: str, choices: Iterable[str], option: str) -> str:
    """`value` if it is one of `choices`, else ConfigError naming them all."""
    choices = tuple(choices)
    if value not in choices:
        raise ConfigError(f"{option} {value!r}: choose one of {', '.join(choices)}")
    return value


def db_folder(db: str) -> str:
    """`db` if the folder it would be made in exists. `detente ingest --db nodir/x.duckdb` read every input
    first, then stopped with DuckDB's "IO Error: Cannot open file" and code 3 (newcomer session 12); the
    README counts an output folder that does not exist as a usage error."""
    parent = os.path.dirname(os.path.abspath(db))
    if not os.path.isdir(parent):
        raise ConfigError(f"--db {db}: the folder {parent} does not exist; create it first (mkdir -p {parent}) "
                          f"or give --db a file in an existing folder")
    return db
