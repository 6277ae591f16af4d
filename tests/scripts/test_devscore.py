"""scripts/devscore.py writes a document's event rows in the order `detente export` does (doc_id,
trigger_start, event_id), which the scorer's row-order labelling of incidents depends on."""
import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[2]


def _devscore():
    sys.path.insert(0, str(REPO / "scripts"))
    spec = importlib.util.spec_from_file_location("devscore", REPO / "scripts" / "devscore.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(event_id: str, start: int):
    return SimpleNamespace(doc_id="d1", event_id=event_id, evidence=SimpleNamespace(trigger_start=start))


def test_rows_are_ordered_as_the_store_exports_them():
    coded = [_event("e9", 120), _event("e5", 40), _event("e1", 120), _event("e7", 3)]
    ordered = sorted(coded, key=_devscore().export_order)
    assert [e.event_id for e in ordered] == ["e7", "e5", "e1", "e9"]
