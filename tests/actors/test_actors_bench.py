"""Prefilter recall and country-pair coverage on the seeds and benchmarks (read at test time).

The texts are third-party test data: they are read from ../shared and never copied here.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from detente.actors import find_mentions
from detente.nlp import parse_article
from helpers import make_article

from tests.conftest import SHARED
SEEDS = SHARED / "seeds"
PLOVER = SHARED / "bench" / "plover_gsr"
CAMEO = SHARED / "bench" / "cameo_examples"
MIN_PAIR_COVERAGE = 0.93

pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="shared test data not present")


def seed_article(path: Path):
    title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
    return make_article(body.strip(), title.strip())


@functools.lru_cache(maxsize=None)
def corpus() -> list[tuple[str, object, tuple]]:
    """(name, article, parsed sentences) for every seed and benchmark text, all sentences parsed."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted((PLOVER / "texts").glob("*.txt")) + sorted(
        (CAMEO / "texts").glob("*.txt"))
    out = []
    for path in paths:
        article = seed_article(path) if path.parent == SEEDS else make_article(path.read_text(encoding="utf-8").strip())
        out.append((path.name, article, parse_article(article)))
    return out


@pytest.mark.slow
def test_plover_gold_country_pairs_are_found(capsys):
    by_name = {name: (article, sentences) for name, article, sentences in corpus()}
    found = total = 0
    for line in (PLOVER / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        pairs = {(e["source"], e["target"]) for e in doc["events"] if e["source"] and e["target"]}
        if not pairs or doc["doc"] not in by_name:
            continue
        codes = {m.country for m in find_mentions(*by_name[doc["doc"]])}
        total += len(pairs)
        found += sum(1 for source, target in pairs if source in codes and target in codes)
    coverage = found / total
    with capsys.disabled():
        print(f"\nPLOVER gold pairs with both countries among mentions: {found}/{total} = {coverage:.1%}")
    assert total > 100 and coverage > MIN_PAIR_COVERAGE
