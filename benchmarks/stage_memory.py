"""Wall time and peak memory of ONE corpus-level stage, run alone on a database in a fresh process.

    PYTHONPATH=src .venv/bin/python benchmarks/stage_memory.py DB STAGE [--trace]

STAGE is a name of runners.corpus.STAGES ("merge", "stories", "story dates", "incidents", "agreements").
The stage runs in a child process of its own (a clean heap, as runners.corpus.in_fresh_process gives it in
an ingest); the figure printed is that child's peak RSS (getrusage maxrss), its imports and DuckDB included.
The stage WRITES its result into DB: run it on a copy. `--trace` also runs it under tracemalloc and prints
the peak of the memory Python and numpy allocated (slower; DuckDB's own buffers are not traced, so the gap
between that and the RSS is DuckDB, the imports and the allocator's free pages).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time


def run_child(db: str, stage: str, trace: bool) -> None:
    """In the child: run the stage, then print one JSON line with its wall time and this process's peak."""
    from detente.runners import corpus

    fn = dict(corpus.STAGES)[stage]
    if trace:
        import tracemalloc
        tracemalloc.start(1)
    start = time.perf_counter()
    fn(db)
    wall = time.perf_counter() - start
    report = {"stage": stage, "wall_s": round(wall, 1),
              "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    if trace:
        import tracemalloc
        _, peak = tracemalloc.get_traced_memory()
        report["traced_peak_mb"] = round(peak / 2**20)
    print(json.dumps(report), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("stage")
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(args.db, args.stage, args.trace)
        return 0
    from detente.runners import corpus

    if args.stage not in dict(corpus.STAGES):
        parser.error(f"unknown stage {args.stage!r}: one of {', '.join(n for n, _ in corpus.STAGES)}")
    cmd = [sys.executable, __file__, args.db, args.stage, "--child"] + (["--trace"] if args.trace else [])
    start = time.perf_counter()
    done = subprocess.run(cmd, check=False)
    wall = time.perf_counter() - start
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = used.ru_utime + used.ru_stime  # what compares on a machine other work shares (session 14, meminc)
    print(f"{args.stage}: {wall:.1f} s (process included), {cpu:.1f} CPU s, child peak RSS {used.ru_maxrss / 1024:.0f} MB, "
          f"exit {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
