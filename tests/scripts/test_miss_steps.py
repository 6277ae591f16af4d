"""scripts/miss_steps.py: which step of the coder a missed core event fails at, on a benchmark of our own
sentences (written for this test, no benchmark text)."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "bench" / "score.py"
pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/bench/score.py is not beside the checkout")
PAGE = ("Kenya and Uganda signed a trade pact in Nairobi on Monday.\n\n"
        "Kenyan officials think Uganda should lower its port fees for Kenyan lorries.\n\n"
        "The weather in Kampala stayed dry all week.\n")


@pytest.fixture(scope="module")
def ms():
    sys.path.insert(0, str(REPO / "scripts"))
    spec = importlib.util.spec_from_file_location("miss_steps", REPO / "scripts" / "miss_steps.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["miss_steps"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def bench(tmp_path):
    """A one-page benchmark: a signed pact the coder finds, and a wish for lower fees it does not code."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "p1.txt").write_text(PAGE, encoding="utf-8")
    events = [{"type": "AGREE", "source": "KEN", "target": "UGA", "core": True, "note": "trade pact signed"},
              {"type": "REQUEST", "source": "KEN", "target": "UGA", "core": True,
               "note": "Kenyan officials want Uganda to lower port fees"}]
    (tmp_path / "gold.jsonl").write_text(json.dumps({"doc": "p1.txt", "events": events}) + "\n", encoding="utf-8")
    return tmp_path


def test_a_missing_benchmark_gives_the_usage_and_no_traceback(tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "miss_steps.py"), str(tmp_path / "none")],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "usage" in run.stderr and "Traceback" not in run.stderr


def test_counts_each_core_miss_once_at_its_step(ms, bench, capsys):
    assert ms.main([str(bench), "--list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("core misses by failing step: 1\n")
    line = next(l for l in out.splitlines() if l.startswith("p1.txt: ["))
    assert "REQUEST KEN UGA" in line and "AGREE" not in line
    assert "| Kenyan officials think Uganda should lower its port fees for Kenyan lorries." in out  # the stating sentence
    step = line.split("[", 1)[1].split("]", 1)[0]
    assert step.split(" (")[0] in ms.STEPS


def test_without_list_no_sentence_is_printed(ms, bench, capsys):
    ms.main([str(bench)])
    out = capsys.readouterr().out
    assert "Kenya" not in out and "core misses by failing step: 1" in out


def test_the_stating_sentence_names_the_parties_and_the_note_words(ms, bench):
    pages = {}
    undo = ms.watch(pages)
    try:
        ms.code_bench(str(bench))
    finally:
        undo()
    page = next(iter(pages.values()))
    gold = {"type": "REQUEST", "source": "KEN", "target": "UGA", "note": "Kenyan officials want Uganda to lower port fees"}
    found = ms.stating_sentences(gold, page, ms.type_forms({"REQUEST"}))
    assert [s.text for s in found] == ["Kenyan officials think Uganda should lower its port fees for Kenyan lorries."]
    assert ms.stating_sentences({**gold, "source": "FRA", "target": "DEU", "note": "talks in Paris"}, page, set()) == []


def test_watching_leaves_the_coder_as_shipped(ms, bench):
    from detente.events import coder
    before = (coder.code_sentence, coder.group_hits, coder.keep, coder.refine_dates, coder.with_recourse)
    ms.watch({})()
    assert (coder.code_sentence, coder.group_hits, coder.keep, coder.refine_dates, coder.with_recourse) == before
