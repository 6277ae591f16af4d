"""A release told in the sentence that tells the holding ("The three Slovene fishermen held since the Croatian
police boarded their trawler were let go on Thursday", wire18): the holding act is the sentence's main event, so
the release, an agentless passive, was dropped before the page's holder could be read for it
(events/released.py). An open release is kept for that reading. Our own sentences."""
from __future__ import annotations

from events_kit import coded_pages

SAME_SENTENCE = ("Malawi protested to Tanzania on Monday. The four Malawian fishermen held in Kyela since Tanzanian "
                 "police boarded their boat on 3 May were released on Thursday. Malawi welcomed the move.")
NO_HOLDER = ("Malawi protested to Tanzania on Monday. The four Malawian fishermen, whose canoe sank near Kyela "
             "during a storm, were released from hospital on Thursday.")


def test_a_release_beside_its_holding_act_gets_the_holder():
    found = coded_pages([SAME_SENTENCE])[SAME_SENTENCE]
    assert ("COERCE", "TZA", "MWI") in found
    assert {("CONCEDE", "TZA", "MWI"), ("RETREAT", "TZA", "MWI")} & found


def test_a_release_with_no_holding_act_is_still_not_given_a_state():
    found = coded_pages([NO_HOLDER])[NO_HOLDER]
    assert not any(t in ("CONCEDE", "RETREAT") and s == "TZA" for t, s, _ in found)
