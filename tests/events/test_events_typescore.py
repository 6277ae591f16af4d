"""scripts/typescore.py's scoring on a tiny invented gold: type-only precision and recall, alt types,
per-type counts and the confusion listing."""
from __future__ import annotations

import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("typescore", os.path.join(ROOT, "scripts", "typescore.py"))
typescore = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = typescore  # its dataclass looks its module up
spec.loader.exec_module(typescore)

GOLD = {
    "a.txt": [{"type": "CONSULT", "alt": ["AGREE"]}],
    "b.txt": [{"type": "ASSAULT", "alt": []}],
    "c.txt": [{"type": "REQUEST", "alt": []}, {"type": "THREATEN", "alt": [], "core": False}],
    "d.txt": [{"type": "AID", "alt": []}],
}


def test_a_type_is_right_when_it_is_the_gold_type_or_an_alt_and_each_type_counts_once_a_document():
    predicted = {"a.txt": {"AGREE"}, "b.txt": {"ASSAULT", "COERCE"}, "c.txt": {"THREATEN"}}
    s = typescore.score_types(GOLD, predicted)
    # predicted: AGREE (alt of a), ASSAULT (right), COERCE (wrong), THREATEN (a non-core gold: right)
    assert (s.right, s.predicted) == (3, 4)
    # core gold: a found through its alt, b found, c's REQUEST missed, d missed (nothing coded)
    assert (s.found, s.gold) == (2, 4)
    assert s.by_type["COERCE"]["predicted"] == 1 and s.by_type["COERCE"]["right"] == 0
    assert s.by_type["CONSULT"]["found"] == 1 and s.by_type["REQUEST"]["found"] == 0
    assert s.confusion == {("REQUEST", "THREATEN"): 1, ("AID", "-"): 1}


def test_the_report_prints_the_totals_and_lists_errors_with_their_text():
    s = typescore.score_types(GOLD, {"d.txt": {"AID"}, "b.txt": {"SANCTION"}})
    out = typescore.report(s, show_errors=True, texts={"b.txt": "Troops shelled the town."})
    assert "type precision 0.500 (1/2)" in out and "type recall 0.250 (1/4)" in out
    assert "b.txt: FP gold=ASSAULT coded=SANCTION  Troops shelled the town." in out
    assert "ASSAULT    → SANCTION" in out


def test_an_empty_prediction_scores_zero_without_dividing_by_zero():
    s = typescore.score_types(GOLD, {})
    assert (s.precision, s.recall, s.gold) == (0.0, 0.0, 4)


def test_documents_rejected_before_coding_are_listed_after_the_summary_and_said_to_count_as_missed():
    s = typescore.score_types(GOLD, {"a.txt": {"CONSULT"}})
    out = typescore.report(s, rejected=[("d.txt", "not_english", "the text is not in English")])
    lines = out.splitlines()
    assert lines[0].startswith("type precision 1.000 (1/1)")
    i = lines.index("rejected before coding: 1 document (the reader refused the file; its core gold events "
                    "count as missed)")
    assert lines[i + 1] == "  d.txt: not_english: the text is not in English" and i > 3
    assert "rejected" not in typescore.report(s)
