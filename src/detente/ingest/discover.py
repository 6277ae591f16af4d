"""Expanding input paths into files, safely and in a stable order."""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from detente.ingest.options import IngestOptions

STDIN = "-"


def discover(paths: Sequence[str], options: IngestOptions) -> Iterator[str]:
    """Files under the given paths, folders walked recursively in sorted order.

    Nothing is filtered by extension here (read_file rejects unsupported formats, so no input
    vanishes unnoticed) except hidden files and folders (".git", ".DS_Store") inside folders.
    Symbolic links named on the command line are followed. Links met inside a folder are
    followed only with follow_symlinks and only when they stay inside that folder (resolved
    to their target); every other link is passed on as a link, which read_file rejects.
    """
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            yield from _walk(path, options)
        elif os.path.islink(path) and os.path.exists(path):
            yield os.path.realpath(path)
        else:
            yield path


def _walk(folder: str, options: IngestOptions) -> Iterator[str]:
    root = os.path.realpath(folder)
    seen = {root}  # real folders already walked: a link loop (a -> ..) must not walk forever
    for directory, dirnames, filenames in os.walk(folder, followlinks=options.follow_symlinks):
        kept = []
        for name in sorted(d for d in dirnames if not d.startswith(".")):
            sub = os.path.join(directory, name)
            real = os.path.realpath(sub)
            if os.path.islink(sub) and not (options.follow_symlinks and _inside(real, root)):
                yield sub  # passed on so read_file reports it, not dropped
            elif real not in seen:
                seen.add(real)
                kept.append(name)
        dirnames[:] = kept
        for name in sorted(f for f in filenames if not f.startswith(".")):
            yield _resolved(os.path.join(directory, name), root, options)


def _resolved(path: str, root: str, options: IngestOptions) -> str:
    """The target of an in-folder link when links are followed, else the path itself."""
    if options.follow_symlinks and os.path.islink(path):
        target = os.path.realpath(path)
        if _inside(target, root):
            return target
    return path


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def input_key(path: str) -> str | None:
    """Key for the resume ledger: absolute path, size and mtime (ns). None for stdin or a missing file."""
    if path == STDIN:
        return None
    try:
        stat = os.stat(path)
    except (OSError, ValueError):  # ValueError: a name with a NUL byte (no such file can exist)
        return None
    return f"{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}"
