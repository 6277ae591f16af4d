"""The error classes of scripts/miss_classes.py, on hand-made gold and extracted rows."""
import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "bench" / "score.py"
pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/bench/score.py is not beside the checkout")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def mc():
    sys.path.insert(0, str(REPO / "scripts"))
    return _load("miss_classes", REPO / "scripts" / "miss_classes.py")


@pytest.fixture(scope="module")
def scorer():
    return _load("bench_score", SCORER)


def ev(t, s, g, status="asserted"):
    return {"type": t, "source": s, "target": g, "status": status}


GOLD = {"type": "SANCTION", "source": "FRA", "target": "MLI", "alt": ["COERCE"]}


@pytest.mark.parametrize("extracted, expected", [
    ([ev("SANCTION", "MLI", "FRA")], "type right, direction reversed"),
    ([ev("COERCE", "FRA", "NER")], "type right, one side another state"),
    ([ev("ACCUSE", "FRA", "MLI")], "pair right, type nowhere on the page"),
    ([ev("ACCUSE", "FRA", "MLI"), ev("SANCTION", "DZA", "MAR")], "pair right, type elsewhere on the page"),
    ([ev("CONSULT", "MLI", "DZA")], "a party coded elsewhere, not this act"),
    ([ev("CONSULT", "DZA", "MAR")], "neither party in any event of the page"),
])
def test_a_miss_is_classed_by_its_nearest_extracted_event(mc, scorer, extracted, expected):
    assert mc.miss_class(GOLD, extracted, scorer) == expected


def test_false_positives_are_classed_against_gold_pairs_and_leaks(mc, scorer):
    gold = {"events": [GOLD], "leaks": [{"actors": ["USA", "CHN"]}]}
    assert mc.fp_class(ev("COERCE", "FRA", "MLI"), gold, scorer) is None
    assert mc.fp_class(ev("AID", "FRA", "MLI"), gold, scorer) == "gold pair, type not in gold"
    assert mc.fp_class(ev("AID", "CHN", "USA"), gold, scorer) == "leak from page furniture"
    assert mc.fp_class(ev("AID", "FRA", "NER"), gold, scorer) == "one side of a gold pair, other side not"
    assert mc.fp_class(ev("AID", "DZA", "NER"), gold, scorer) == "pair not in gold"


def test_a_confusion_names_the_wrong_types_coded_for_the_pair(mc, scorer):
    gold = {"events": [GOLD]}
    assert mc._type_class(GOLD, [ev("ACCUSE", "MLI", "FRA")], gold, scorer) == "SANCTION -> ACCUSE"
    assert mc._type_class(GOLD, [], gold, scorer) == "SANCTION (no wrong type for the pair)"


def test_a_type_only_page_keeps_rows_without_a_state_pair(mc, scorer):
    # score.py scores a page whose gold names no parties (the sentence benchmarks) on type alone, over every row;
    # keeping only interstate rows counted cameo_examples' found types as misses
    gold = {"s.txt": {"events": [{"type": "PROTEST", "source": None, "target": None}]},
            "n.txt": {"events": [{"type": "PROTEST", "source": "FRA", "target": "MLI"}]}}
    documents = [{"doc_id": "d1", "path": "x/s.txt"}, {"doc_id": "d2", "path": "x/n.txt"}]
    events = [{"doc_id": d, "event_type": "PROTEST", "status": "asserted", "source": {"country": "FRA"},
               "target": None} for d in ("d1", "d2")]
    rows = mc.extracted_by_doc(events, documents, gold, scorer)
    assert [r["type"] for r in rows.get("s.txt", [])] == ["PROTEST"]
    assert "n.txt" not in rows
