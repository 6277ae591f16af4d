"""Two state words of different states side by side name an ethnic community, not either state
(actors/resolve.py `_communities`; session 27, wire41's Cyprus pages)."""
import pytest

from tests.actors.helpers import events_of, mentions_of


@pytest.mark.parametrize("text,community,other", [
    ("Officials in Ankara said it was the Greek Cypriot side that had turned down the Turkish plan in 2004.",
     {"GRC", "CYP"}, "TUR"),
    ("The Bosnian Serb leader rejected the proposal from Croatia on Monday.", {"BIH", "SRB"}, "HRV"),
    ("Turkish Cypriot police detained two fishermen from Lebanon near the buffer zone.", {"TUR", "CYP"}, "LBN"),
])
def test_a_community_is_no_state(text, community, other):
    states = {m.country for m in mentions_of(text)}
    assert not states & community and other in states


def test_a_community_lends_its_words_to_no_act():
    events = events_of("Greek Cypriot negotiators rejected the Turkish proposal on Tuesday, officials said.")
    assert not any(e[1] in ("GRC", "CYP") for e in events)


def test_two_states_listed_or_hyphenated_stay_states():
    assert ("CONSULT", "GRC", "TUR") in events_of("Greek and Turkish diplomats met in Geneva on Monday.")
    listed = {m.country for m in mentions_of("Greek-Turkish talks on the islands resumed in Athens.")}
    assert {"GRC", "TUR"} <= listed


def test_a_single_state_word_is_still_its_state():
    assert ("REJECT", "GRC", "TUR") in events_of("The Greek government rejected the Turkish proposal on Tuesday.")
