"""benchmarks/blas_compare.py: a run on two invented pages prints every row, the same events both ways, and
leaves the process's model multiplying through OpenBLAS."""
import importlib.util
import sys
from pathlib import Path

BENCH_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "blas_compare.py"

# Written for this test.
PAGES = [
    "Kenya and Tanzania signed a border agreement in Arusha on Monday.\n\nThe two ministers met for two days of talks.",
    "Poland expelled a Belarusian diplomat on Friday, the foreign ministry said.\n\nBelarus condemned the decision.",
]


def _load_bench():
    spec = importlib.util.spec_from_file_location("detente_bench_blas_compare", BENCH_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_run_prints_every_row_and_the_same_events(tmp_path, capsys):
    from detente.nlp import load_model
    from detente.nlp.blas import blas_ops

    for i, page in enumerate(PAGES):
        (tmp_path / f"page{i}.txt").write_text(page, encoding="utf-8")
    assert _load_bench().main([str(tmp_path), "--docs", "1", "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    for row in ("spaCy stock, blis", "spaCy stock, OpenBLAS", "detente, blis", "detente, OpenBLAS"):
        assert f"round 1: {row}:" in out and f"{row}: median" in out
    assert "detente events same with blis and OpenBLAS: True" in out and "x spaCy as published" in out
    assert all(node.ops is blas_ops() for _n, proc in load_model().components if hasattr(proc, "model")
               for node in proc.model.walk())
