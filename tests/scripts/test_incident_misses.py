"""scripts/incident_misses.py: rows the scorer labels by their place among several gold events of one
type and pair in a document are marked, and a merge made only of such rows is counted apart (our own
gold lines)."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "bench" / "score.py"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(n: int, doc: str, event_type: str, incident: str) -> dict:
    return dict(doc_id=doc, path=f"/x/{doc}", story_id="s1", event_id=f"e{n}", event_type=event_type,
                status="asserted", date="2024-05-13", date_source="sentence", date_note="test",
                source_country="KEN", target_country="TZA", incident_id=incident, sentence_idx=n)


@pytest.mark.skipif(not SCORER.exists(), reason="no benchmark scorer beside the checkout")
def test_rows_labelled_by_row_order_are_marked_and_their_merges_counted(tmp_path):
    gold = tmp_path / "gold.jsonl"
    events = [{"type": "REJECT", "source": "KEN", "target": "TZA", "incident": "denial"},
              {"type": "REJECT", "source": "KEN", "target": "TZA", "incident": "refusal"}]
    lines = [{"doc": "a.txt", "story": "s", "events": events},
             {"doc": "b.txt", "story": "s", "events": [{"type": "ACCUSE", "source": "KEN", "target": "TZA",
                                                          "incident": "charge"},
                                                         {"type": "ACCUSE", "source": "KEN", "target": "TZA",
                                                          "incident": "summons"}]},
             {"doc": "c.txt", "story": "s", "events": [{"type": "ACCUSE", "source": "KEN", "target": "TZA",
                                                          "incident": "charge"}]}]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines))
    rows = [_row(0, "a.txt", "REJECT", "i1"), _row(1, "a.txt", "REJECT", "i1"),
            _row(2, "b.txt", "ACCUSE", "i2"), _row(3, "b.txt", "ACCUSE", "i2"), _row(4, "c.txt", "ACCUSE", "i2")]
    script = _load("incident_misses", REPO / "scripts" / "incident_misses.py")
    pairs = script.matched_rows(rows, str(gold), _load("bench_score", SCORER))
    assert [r["order"] for _, r in pairs] == [2, 2, 2, 2, 1]
    text = script.report(pairs)
    assert "2 stored incidents merge gold ones (1 only by the scorer's row order):" in text
    assert "s/denial, s/refusal (row order)" in text
    assert "s/charge, s/summons (row order)" not in text  # c.txt's row is labelled by what it says


def test_no_benchmark_gives_the_usage_and_no_traceback(tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "incident_misses.py"), str(tmp_path / "none")],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "incident_misses.py" in run.stderr and "Traceback" not in run.stderr
