"""Session 28 (wire45): a want or expectation of a named state is a demand of it, whatever verb it asks for
(events/named_demands.py). "said he expected Budapest to explain how many passports had been issued" lost its
REQUEST: the 'expect' frame needs a trigger in its complement, and 'explain' or 'act' is none. Our own
sentences; near misses (no state as the doer, a forecast of an envoy, 'is expected to') stay without a request."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("The Chilean minister said Chile expected Oslo to explain how many visas had been issued.",
     ("REQUEST", "CHL", "NOR")),
    ("Peru still expects Chile to act against the smugglers on its side of the border.", ("REQUEST", "PER", "CHL")),
    ("Kenya wants Uganda to stop the practice at once.", ("REQUEST", "KEN", "UGA")),
    ("Lima expected Oslo to compensate the families of the crew.", ("REQUEST", "PER", "NOR")),
])
def test_a_named_state_expected_to_act_is_asked(sentence, expected):
    assert expected in summary(code(sentence))


@pytest.mark.parametrize("sentence", [
    "Chile wanted normal diplomatic contacts to continue.",  # no state does the wanted act
    "Chile expects talks to resume next month.",
    "Peru is expected to explain the incident.",  # a forecast, no expecting state
    "Chile expects it to explain the incident.",  # a pronoun, not a named state
])
def test_no_state_named_as_the_doer_no_request(sentence):
    assert not any(e[0] == "REQUEST" for e in summary(code(sentence)))


def test_a_body_not_wanted_involved_is_no_request():
    # a participle complement asks nothing of the body (wire22's wording class, our own sentence)
    assert not any(e[0] == "REQUEST" for e in summary(code("Chile made clear it did not want NATO involved.")))
