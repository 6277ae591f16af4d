"""Per-family trigger coverage: codes each sentence of data/coverage_sentences.tsv (our own sentences, one
family of CAMEO/PLOVER wording per row) with the events stage and counts, per family, how many got one of
their accepted PLOVER types. Run it as a script for the table and the misses:

    python -m tests.events.coverage_kit [--misses]
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

try:
    from events_kit import code  # under pytest (tests/events on the path)
except ImportError:  # run as `python -m tests.events.coverage_kit`
    from tests.events.events_kit import code

DATA = Path(__file__).with_name("data") / "coverage_sentences.tsv"


def load(path: Path = DATA) -> list[tuple[str, set[str], str]]:
    """(family, accepted types, sentence) for every data row of the file."""
    rows = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for n, line in enumerate(lines[1:], 2):
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"{path.name}: data line {n} has {len(parts)} columns, not 3: {line!r}")
        rows.append((parts[0], set(parts[1].split("|")), parts[2]))
    return rows


def run(rows: list[tuple[str, set[str], str]]) -> dict[str, list[tuple[str, set[str], set[str]]]]:
    """family → [(sentence, accepted types, coded types)]."""
    out: dict[str, list] = defaultdict(list)
    for family, accepted, sentence in rows:
        out[family].append((sentence, accepted, {e.event_type for e in code(sentence)}))
    return out


def report(results: dict, misses: bool = False) -> str:
    lines, hit_all, n_all = [], 0, 0
    for family, items in sorted(results.items()):
        hit = sum(bool(acc & got) for _, acc, got in items)
        hit_all, n_all = hit_all + hit, n_all + len(items)
        lines.append(f"{family:18} {hit:3}/{len(items):<3} {hit / len(items):.2f}")
        if misses:
            lines += [f"    MISS {'|'.join(sorted(acc))} coded={','.join(sorted(got)) or '-'}  {s}"
                      for s, acc, got in items if not acc & got]
    lines.append(f"{'all':18} {hit_all:3}/{n_all:<3} {hit_all / n_all:.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(run(load()), "--misses" in sys.argv))
