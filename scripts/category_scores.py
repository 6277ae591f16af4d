"""Precision and core recall per category of a sentence corpus whose folder holds categories.tsv.

    PYTHONPATH=src .venv/bin/python scripts/category_scores.py tests/events/data/blindcats

categories.tsv maps each document to a category (doc<TAB>category). Every category is scored by
../shared/bench/score.py on its own documents, so the numbers are the scorer's, not a re-implementation.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devscore import _score_script, code_bench  # noqa: E402


def categories(bench: str) -> dict[str, str]:
    with open(os.path.join(bench, "categories.tsv")) as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    return {doc: cat for doc, cat in rows}


def category_scores(bench: str) -> dict[str, dict]:
    """category -> the scorer's JSON summary on that category's documents ("all" for the whole set)."""
    events, documents = code_bench(bench)
    cats = categories(bench)
    gold = [json.loads(line) for line in open(os.path.join(bench, "gold.jsonl"))]
    name = {d["doc_id"]: os.path.basename(d.get("path") or "") for d in documents}
    out = {}
    for cat in ["all", *sorted(set(cats.values()))]:
        keep = {doc for doc, c in cats.items() if cat in ("all", c)}
        out[cat] = _score(bench, [g for g in gold if g["doc"] in keep],
                          [e for e in events if name.get(e["doc_id"]) in keep],
                          [d for d in documents if name.get(d["doc_id"]) in keep])
    return out


def _score(bench: str, gold: list[dict], events: list[dict], documents: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        paths = [os.path.join(tmp, n) for n in ("gold.jsonl", "events.jsonl", "documents.jsonl", "out.json")]
        for path, rows in zip(paths, (gold, events, documents)):
            with open(path, "w") as f:
                f.writelines(json.dumps(r) + "\n" for r in rows)
        subprocess.run([sys.executable, _score_script(bench), "--gold", paths[0], "--events", paths[1],
                        "--documents", paths[2], "--json", paths[3]], capture_output=True, check=True)
        with open(paths[3]) as f:
            return json.load(f)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not os.path.isfile(os.path.join(argv[0], "categories.tsv")):
        print("usage: category_scores.py BENCH_DIR (with categories.tsv)", file=sys.stderr)
        return 2
    print(f"{'category':<12} {'docs':>4} {'P':>6} {'R':>6} {'TP':>4} {'FP':>4} {'core':>5} {'found':>5}")
    for cat, s in category_scores(argv[0]).items():
        print(f"{cat:<12} {s['documents']:>4} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['true_positive']:>4} "
              f"{s['false_positive']:>4} {s['core_events']:>5} {s['core_found']:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
