"""benchmarks/profile_stages.py: its clock charges each stage its own time, and a run on two pages prints the table."""
import importlib.util
import sys
import time
from pathlib import Path

BENCH_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "profile_stages.py"


def _load_bench():
    spec = importlib.util.spec_from_file_location("detente_bench_profile_stages", BENCH_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_the_clock_charges_a_stage_only_its_own_time():
    clock = bench.Clock()
    inner = clock.wrap(lambda: _busy(0.05), "inner")
    outer = clock.wrap(lambda: (_busy(0.05), inner()), "outer")
    clock.mark = time.process_time()
    outer()
    clock._charge()
    assert 0.045 < clock.spent["inner"] < 0.09 and 0.045 < clock.spent["outer"] < 0.09


def test_a_run_on_two_pages_prints_every_stage_and_restores_them(tmp_path, capsys):
    from detente import events

    before = events.code_events
    for i, text in enumerate(["Ghana accused Togo of closing the border on Monday. Talks will go on.",
                              "Kenya and Uganda signed a trade pact in Nairobi on Friday."]):
        (tmp_path / f"p{i}.txt").write_text(text, encoding="utf-8")
    assert bench.main([str(tmp_path), "--docs", "1", "--warm", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 documents (warmed on 1 others)" in out and "| events.code_events |" in out and "| **total** |" in out
    assert events.code_events is before
