"""scripts/dropped_acts.py: a clear usage error, and the ungrouped mode adds each nested trigger as a
candidate of its own (our own sentence)."""
import importlib.util
import subprocess
import sys
from pathlib import Path

from detente.events.nesting import group_hits
from detente.events.triggers import find_hits
from detente.nlp import parse_article
from detente.records import Article, DateInfo, Segment

REPO = Path(__file__).resolve().parents[2]


def _script():
    sys.path.insert(0, str(REPO / "scripts"))
    spec = importlib.util.spec_from_file_location("dropped_acts", REPO / "scripts" / "dropped_acts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_missing_benchmark_gives_the_usage_and_no_traceback(tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "dropped_acts.py"), str(tmp_path / "none")],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "usage" in run.stderr and "Traceback" not in run.stderr


def test_ungrouped_codes_each_nested_trigger_on_its_own():
    text = "Kenya rejected a demand to withdraw its troops."
    article = Article("d", "t.txt", None, "text", text, (Segment(0, "body", 0, len(text)),),
                      DateInfo("2019-03-14", "day", "metadata", "test"))
    sentence = parse_article(article)[0]
    shipped = group_hits(sentence, find_hits(sentence))
    nested = sum(len(c.nested) for c in shipped)
    assert nested >= 1
    assert len(_script().ungrouped(sentence, find_hits(sentence))) == len(shipped) + nested
