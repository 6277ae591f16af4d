"""Session 28 (wire44): a diplomat *asked* or *requested* to leave is expelled, as one told or ordered to
leave (triggers.tsv rows 'ask' and 'request' SANCTION). Kuwait-style wire copy tells an expulsion as "the
ministry asked the envoy to leave the country within a week"; the REQUEST frame row read it as a request.
Our own sentences; near misses keep the request reading."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Peru's foreign ministry asked the Chilean ambassador to leave the country within 72 hours.",
     ("SANCTION", "PER", "CHL")),
    ("Ghana asked a Togolese diplomat to leave within a week.", ("SANCTION", "GHA", "TGO")),
    ("Denmark requested the Finnish consul to leave the country by Friday.", ("SANCTION", "DNK", "FIN")),
    ("Norway asked the Bolivian charge d'affaires to depart within two days.", ("SANCTION", "NOR", "BOL")),
])
def test_a_diplomat_asked_to_leave_is_expelled(sentence, expected):
    assert expected in summary(code(sentence))
    assert ("REQUEST",) + expected[1:] not in summary(code(sentence))


@pytest.mark.parametrize("sentence,expected", [
    # another act asked of the diplomat stays a request
    ("Peru asked the Chilean ambassador to explain the incident.", ("REQUEST", "PER", "CHL")),
    # a state, not a diplomat, asked to leave a place: a demand to withdraw
    ("Peru asked Chile to leave the disputed islet.", ("REQUEST", "PER", "CHL")),
])
def test_near_misses_keep_the_request(sentence, expected):
    coded = summary(code(sentence))
    assert expected in coded
    assert ("SANCTION",) + expected[1:] not in coded
