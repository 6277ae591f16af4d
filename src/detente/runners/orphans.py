"""A worker process ends when the process that started it is gone.

A pool worker waits for work on a pipe that its sibling workers also hold open, so when `detente ingest` is
killed (`kill -9`, an out-of-memory kill, a closed terminal's SIGKILL) the pipe never reaches end-of-file:
session 19's newcomer found the workers of a killed run alive for good, idle, about 200 MB each (8 of them on an
8-core machine). A daemon thread in each worker checks once a second that its parent is still the one that
started it, and ends the worker at once when it is not (the parent's batches are lost with it anyway: the
ledger makes the next run redo them).
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time

__all__ = ["PARENT_CHECK_SECONDS", "exit_with_parent", "parent_is_gone", "started_by"]

PARENT_CHECK_SECONDS = 1.0  # a sleeping thread costs nothing; a kill is noticed within a second


def parent_is_gone(parent_pid: int) -> bool:
    """True when this process was handed to another parent (init or a subreaper): its own has died."""
    return os.getppid() != parent_pid


def _watch(parent_pid: int, interval: float) -> None:
    while not parent_is_gone(parent_pid):
        time.sleep(interval)
    os._exit(1)  # no clean-up to run: nothing of the dead parent's batch can be stored any more


def started_by() -> int:
    """The id of the process that started this one, as that process gave it: a worker that starts after its
    parent was killed (a pool grows on demand) already has init as its parent, and watching for a change from
    that watched for ever (found by this module's own test)."""
    parent = multiprocessing.parent_process()
    return parent.pid if parent is not None and parent.pid else os.getppid()


def exit_with_parent(interval: float = PARENT_CHECK_SECONDS) -> threading.Thread:
    """Start the watch in this (worker) process; call it first in a pool's initializer."""
    watcher = threading.Thread(target=_watch, args=(started_by(), interval), name="exit-with-parent", daemon=True)
    watcher.start()
    return watcher
