"""The throughput benchmark builds its default corpus from the real pages in ../shared."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from tests.conftest import SHARED, need_shared

THROUGHPUT = Path(__file__).resolve().parents[2] / "benchmarks" / "throughput.py"


def _load():
    spec = importlib.util.spec_from_file_location("detente_bench_throughput", THROUGHPUT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_real_corpus_is_built_by_the_shared_recipe(tmp_path):
    need_shared()
    bench = _load()
    assert bench.MAKE_CORPUS.resolve() == (SHARED / "bench" / "make_corpus.py").resolve()
    files, words = bench.build_corpus(3, 7, tmp_path / "real", "real")
    assert len(files) == 3 and words > 300
    again, _ = bench.build_corpus(3, 7, tmp_path / "again", "real")
    assert [p.read_text(encoding="utf-8") for p in files] == [p.read_text(encoding="utf-8") for p in again]


def test_synthetic_corpus_is_still_available(tmp_path):
    files, words = _load().build_corpus(2, 0, tmp_path / "synth", "synthetic")
    assert len(files) == 2 and words > 300
