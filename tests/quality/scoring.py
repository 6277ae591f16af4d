"""Run a benchmark through the real path (../shared/bench/run.sh: CLI ingest → export → score.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import BENCH


def run_bench(bench_dir: Path, out_json: Path) -> dict:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.run(["bash", str(BENCH / "run.sh"), str(bench_dir), "--json", str(out_json)],
                          capture_output=True, text=True, env=env, timeout=1800)
    # run.sh exits with `detente ingest`'s code under `set -e`: 1 (some inputs rejected) stops it
    # before scoring, so a benchmark with a rejected text would show up here as a missing score.
    assert out_json.exists(), f"run.sh failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    return json.loads(out_json.read_text())
