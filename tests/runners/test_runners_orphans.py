"""Workers of a killed run end with it: session 19's newcomer killed `detente ingest` with SIGKILL half-way and
found its pool workers alive for good (idle, about 200 MB each). Here a parent process starts a spawn pool the
way the runner does, prints its workers' ids, and is killed; the workers must be gone within a few seconds."""
from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from detente.runners import local
from detente.runners.orphans import exit_with_parent, parent_is_gone, started_by

_PARENT = """
import concurrent.futures as cf, multiprocessing, os, sys, time
from detente.runners.orphans import exit_with_parent
pool = cf.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"), initializer=exit_with_parent)
print(len({f.result() for f in [pool.submit(time.sleep, 0.5) for _ in range(4)]}), flush=True)
time.sleep(120)
"""


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (the pool's workers and its resource tracker), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:  # a zombie waiting for init to reap it is gone for our purpose
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_the_workers_of_a_parent_killed_with_sigkill_exit_within_seconds():
    parent = subprocess.Popen([sys.executable, "-c", _PARENT], stdout=subprocess.PIPE, text=True)
    assert parent.stdout.readline().strip() == "1"  # every task ran: both workers are up
    workers = _children(parent.pid)
    assert len(workers) >= 2 and all(_alive(pid) for pid in workers)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait(10)
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # do not leave them to the next test run
        os.kill(pid, signal.SIGKILL)
    assert left == [], f"processes {left} outlived their killed parent"


def test_a_worker_knows_its_parent_from_the_parent_not_from_whoever_adopted_it():
    # a worker started after its parent died has init as its parent already: the watch must not start from that
    with cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert pool.submit(started_by).result() == os.getpid()
    assert started_by() == os.getppid()  # the test process itself was not started by multiprocessing


def test_a_live_parent_is_not_gone_and_the_watch_does_not_end_this_process():
    assert not parent_is_gone(os.getppid())
    assert parent_is_gone(os.getppid() + 1 if os.getppid() != 1 else 2)
    watcher = exit_with_parent(interval=0.01)
    time.sleep(0.05)
    assert watcher.daemon and watcher.is_alive()  # still watching: the parent of this test process lives


def test_the_runner_s_workers_start_the_watch_first(monkeypatch):
    started = []
    monkeypatch.setattr(local, "exit_with_parent", lambda: started.append("watch"))
    monkeypatch.setattr("detente.nlp.load_model", lambda: started.append("model"))
    monkeypatch.setattr(local.atexit, "register", lambda fn: None)
    monkeypatch.setattr(local, "_FREEZE", [False])
    monkeypatch.setattr(local, "_TRIM", [False])
    local.init_worker()
    assert started == ["watch", "model"]
