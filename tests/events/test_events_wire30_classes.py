"""Classes of eval/wire30 (session 23): a phrasal refusal whose particle the parser tags a preposition ("turned
the request down flat"); a relative clause of a plain noun read as a craft's load ("ending a dispute that had
poisoned relations" coded as ending relations); providing another state a patrol boat as aid. Our own text."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of_parts  # noqa: E402

BODY = ("Gabonese gendarmes held two Cameroonian customs officers near Bitam for a week. Gabon released "
        "the two officers on Friday. The foreign ministers of Cameroon and Gabon met in Libreville on Monday. ")


def _events(sentence: str) -> set[tuple]:
    return events_of_parts([("Cameroon and Gabon meet on border patrols", "title"), (BODY + sentence, "body")],
                           date="2016-05-10")


def _types(found: set[tuple]) -> set[str]:
    return {t for t, _, _ in found}


def test_a_request_turned_down_flat_is_a_refusal():
    found = _events("Cameroon asked Gabon to pay for the damaged car, but Gabon turned the request down flat.")
    assert ("REJECT", "GAB", "CMR") in found


def test_a_preposition_with_its_own_object_is_no_particle():
    found = _events("Gabon pushed the Cameroonian canoe down the river on Tuesday.")
    assert "REJECT" not in _types(found)


def test_a_dispute_that_poisoned_relations_is_not_ended_relations():
    found = _events("Cameroon and Gabon signed a boundary treaty in 2012, ending a dispute that had poisoned "
                    "relations since independence.")
    assert "SANCTION" not in _types(found)


def test_ending_relations_is_still_a_sanction():
    found = _events("Cameroon ended relations with Gabon on Tuesday.")
    assert ("SANCTION", "CMR", "GAB") in found


def test_providing_a_patrol_boat_is_aid():
    found = _events("France provided a patrol boat to Gabon on Tuesday.")
    assert ("AID", "FRA", "GAB") in found
