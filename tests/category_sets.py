"""Sets of our own sentences scored per category (tests/events/data/blindcats, tests/actors/data/actorsblind):
what their pinned-floor tests share. Each set is a benchmark folder (texts/, gold.jsonl) with categories.tsv
naming each document's category; `scripts/category_scores.py` scores it per category with ../shared's score.py."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import BENCH

REPO = Path(__file__).resolve().parents[1]


def category_set_scores(folder: Path) -> dict[str, dict]:
    """Scores per category (and "all"); the test is skipped without ../shared's scorer."""
    if not (BENCH / "score.py").exists():
        pytest.skip("needs ../shared/bench/score.py")
    sys.path.insert(0, str(REPO / "scripts"))
    from category_scores import category_scores
    return category_scores(str(folder))


def uncategorised(folder: Path) -> list[str]:
    """Documents of texts/ that categories.tsv does not list in order (empty when every one has its line)."""
    docs = sorted(os.listdir(folder / "texts"))
    listed = [line.split("\t")[0] for line in (folder / "categories.tsv").read_text().splitlines()
              if line and not line.startswith("#")]
    return [] if listed == docs else sorted(set(docs) ^ set(listed)) or ["(order differs)"]


def under_floors(scores: dict[str, dict], floors: dict[str, tuple[float, float]]) -> dict[str, dict]:
    """Categories whose precision or core recall is under its (precision, recall) floor."""
    return {c: scores[c] for c, (p, r) in floors.items() if scores[c]["precision"] < p or scores[c]["recall"] < r}


def short_of_found(scores: dict[str, dict], found: dict[str, int]) -> dict[str, dict]:
    """Categories that find fewer core events than pinned."""
    return {c: scores[c] for c, n in found.items() if scores[c]["core_found"] < n}
