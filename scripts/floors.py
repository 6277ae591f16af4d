"""Score every corpus of the quality gate, say which metric is under its floor (exit 1 then), and raise the
floors in tests/quality/floors.json to today's scores (never lowers them unless --allow-lower is given).

    .venv/bin/python scripts/floors.py --raise [--allow-lower]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.quality.scoring import run_bench  # noqa: E402
from tests.quality.test_quality_gate import BENCHES  # noqa: E402

FLOORS = ROOT / "tests" / "quality" / "floors.json"
MARGIN = 0.02  # floors sit a little under today's score (edit by hand to leave one event of slack on small corpora)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raise", dest="do_raise", action="store_true", help="write the new floors")
    ap.add_argument("--allow-lower", action="store_true", help="let a floor go down (say why in the commit)")
    args = ap.parse_args()
    floors, under = json.loads(FLOORS.read_text()), []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in BENCHES.items():
            got = run_bench(path, Path(tmp) / f"{name}.json")
            for metric, old in floors[name].items():
                if metric.endswith("_max"):  # ceilings are set by hand
                    continue
                new = math.floor((got[metric] - MARGIN) * 100) / 100
                if got[metric] < old:
                    under.append(f"{name} {metric} {got[metric]:.3f} < floor {old:.2f}")
                if new < old and not args.allow_lower:
                    new = old
                print(f"{name:15} {metric:18} score {got[metric]:.3f}  floor {old:.2f} -> {new:.2f}")
                floors[name][metric] = new
    if args.do_raise:
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n")
    for line in under:
        print(f"UNDER FLOOR: {line}")
    return 1 if under else 0


if __name__ == "__main__":
    sys.exit(main())
