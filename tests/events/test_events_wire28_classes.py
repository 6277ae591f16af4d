"""Classes of eval/wire28 (session 22): a request made in a third state's capital ("Togo asked in Abuja for
compensation"), where talks were hosted, is aimed at the story's other state; the host capital is the venue,
neither doer nor addressee (events/counterpart.without_venues). Our own text."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of_parts  # noqa: E402

BODY = ("Beninese gendarmes held two Togolese customs officers near Hilla-Condji for a week. Benin released "
        "the two officers on Friday. The foreign ministers of Togo and Benin met in Abuja on Monday. ")


def _events(sentence: str) -> set[tuple]:
    return events_of_parts([("Togo and Benin agree on joint patrols", "title"), (BODY + sentence, "body")], "2015-04-14")


def test_a_request_made_in_a_host_capital_is_aimed_at_the_other_state():
    assert ("REQUEST", "TGO", "BEN") in _events("Togo asked in Abuja for compensation for the two officers.")


def test_a_named_addressee_still_wins():
    found = _events("Togo asked Nigeria for compensation for the two officers.")
    assert ("REQUEST", "TGO", "NGA") in found
    assert ("REQUEST", "TGO", "BEN") not in found
