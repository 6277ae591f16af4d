"""One corpus-level stage run alone on a database, in a fresh process: its wall and CPU time and peak RSS.

    PYTHONPATH=src .venv/bin/python benchmarks/stage_alone.py DB STAGE [--trace N]

STAGE is a name of runners.corpus.STAGES ("merge", "stories", "story dates", "incidents", "agreements"), or
"all" for each of them in turn, each in a process of its own. The stage runs in a child started for it alone
(as runners.corpus.in_fresh_process runs it in an ingest), and the figure is that child's peak RSS
(getrusage RUSAGE_CHILDREN maxrss, read in the parent after it exits: imports and DuckDB's buffers included);
its CPU seconds (user and system) are what compare on a machine other work shares.
The stage WRITES its result into DB: run it on a copy of a finished database.

`--trace N` runs the stage under tracemalloc instead and prints the Python-allocated peak and the N source
lines holding the most at the end of the stage's largest step (several times slower; DuckDB's own memory is
not traced). Session 14 (helper meminc) wrote it for the incident stage at 50,000 documents (docs/scaling.md).
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time


def child(db: str, stage: str, trace: int) -> None:
    from detente.runners import corpus

    run = dict(corpus.STAGES)[stage]
    if trace:
        import tracemalloc
        tracemalloc.start(1)
    run(db)
    if trace:
        import tracemalloc
        current, peak = tracemalloc.get_traced_memory()
        print(f"traced: peak {peak / 2**20:.0f} MB, still held {current / 2**20:.0f} MB")
        for stat in tracemalloc.take_snapshot().statistics("lineno")[:trace]:
            print(f"  {stat.size / 2**20:8.1f} MB  {stat.count:9d} blocks  {stat.traceback}")


def alone(db: str, stage: str, trace: int) -> int:
    """Run `stage` in a child of its own; print its wall time and the child's peak RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, db, stage, "--trace", str(trace), "--child"], check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime  # on a shared machine, what compares
    # maxrss of the children is the largest of any child waited for: a later, smaller stage shows as '<='
    peak = f"{after.ru_maxrss / 1024:,.0f} MB" if after.ru_maxrss > before.ru_maxrss else f"<= {before.ru_maxrss / 1024:,.0f} MB"
    print(f"{stage}: {wall:.1f} s wall, {cpu:.1f} CPU s, peak RSS {peak}, exit {done.returncode}", flush=True)
    return done.returncode


def main(argv: list[str] | None = None) -> int:
    from detente.runners import corpus

    names = [name for name, _ in corpus.STAGES]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("stage", choices=[*names, "all"])
    parser.add_argument("--trace", type=int, default=0, metavar="N")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.db, args.stage, args.trace)
        return 0
    failed = [alone(args.db, name, args.trace) for name in (names if args.stage == "all" else [args.stage])]
    return max(failed)


if __name__ == "__main__":
    raise SystemExit(main())
