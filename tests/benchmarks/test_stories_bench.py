"""benchmarks/stories.py on a tiny corpus: it runs, counts and reports what it says it does."""
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "stories.py"


def _load_bench():
    spec = importlib.util.spec_from_file_location("detente_bench_stories", BENCH_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


@pytest.mark.slow
def test_benchmark_runs_on_30_docs_and_keeps_injected_groups_whole(tmp_path, capsys):
    out = tmp_path / "stories.json"
    assert bench.main(["--docs", "30", "--groups", "2", "--copies", "12", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    small, large = result["runs"]
    assert (small["docs"], large["docs"]) == (3, 30)
    assert 0 < large["pairs"] <= 30 * 29 // 2 and large["stories"] <= 30
    assert result["near_duplicates"] | {"seconds": 0} == {
        "docs": 54, "groups": 2, "copies": 12, "groups_whole": 2, "groups_self_connected": 2, "seconds": 0}
    for check, run in zip(result["exhaustive"], result["runs"]):
        assert (check["docs"], check["links"]) == (run["docs"], run["links"])
        assert check["links"] <= check["every_pair"]["links"] and check["banded"]["links"] <= check["every_pair"]["links"]
        assert check["banded"]["recall"] == 1.0  # 30 docs: every bucket fits the window, nothing is capped
    assert result["prep"]["docs"] == 30 and result["prep"]["clean_s"] > 0
    printed = capsys.readouterr().out
    assert "pairs compared" in printed and "2/2 connected by their own links" in printed


def test_reposts_are_light_edits_of_their_base_and_reproducible():
    (group,) = bench.near_duplicate_groups(1, 3, seed=0)
    base = bench.synth_article(1, 0)
    words = set(base.text.split())
    for copy in group:
        kept = set(copy.text.split()) & words
        assert 0.7 < len(kept) / len(words) < 1.0, copy.name  # edited, but mostly the same article
        assert copy.title == base.title and copy.date >= base.date
    assert len({c.text for c in group}) == 3
    assert bench.near_duplicate_groups(1, 3, seed=0) == [group]


def test_date_compatible_pairs_are_every_pair_within_the_date_limit():
    days = np.array([100, 107, 108, 100, bench.cluster.NO_DAY, 300])
    sigs = np.zeros((6, 64), dtype=np.uint32)
    pairs = bench.date_compatible_pairs(sigs, days)
    want = {(i, j) for i in range(6) for j in range(i + 1, 6)
            if -1 in (days[i], days[j]) or abs(days[i] - days[j]) <= bench.cluster.MAX_DAYS_APART}
    assert sorted(map(tuple, pairs.tolist())) == sorted(want)
    assert (0, 2) not in want and (4, 5) in want  # 8 days apart; undated pairs with anything
    sigs[3] = 1  # row 3 now shares no band with the others; row 1 shares only band 2 with them
    sigs[1] = 2
    sigs[1, 4:6] = 0
    banded = set(map(tuple, bench.banded_pairs(sigs, days).tolist()))
    assert banded == {p for p in want if 3 not in p}


def test_a_group_split_in_two_is_not_self_connected():
    links = np.array([[0, 1], [2, 3], [3, 4], [1, 5]])
    assert bench._connected([0, 1, 5], links)
    assert not bench._connected([0, 1, 2, 3], links)
