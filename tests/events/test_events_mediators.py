"""A mediator of two other states' talks is no counterpart of theirs (events/mediators.py). Our own pages, built by
tests/actors/helpers.py; the class is eval/wire31's Doha pages (Qatar named as often as the other side)."""
from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from detente.events.mediators import Mediation, mediations, without_mediators
from detente.records import Actor
from tests.actors.helpers import events_of

TITLE = "Oman hosts border talks"
LEAD = ("MUSCAT: Talks between Kenya and Somalia on their maritime boundary, brokered by Oman, resumed on Tuesday. "
        "Oman's foreign minister opened the session. Oman said it would keep its channels open. "
        "Oman has offered a venue for a third round. Somali forces seized a Kenyan fishing vessel last month. ")


def test_side_act_skips_the_mediator_named_as_often_as_the_other_side():
    """Oman is named as often as Somalia: the request to have the vessel back went to nobody before."""
    found = events_of(LEAD + "Kenya has asked for the vessel back.", TITLE)
    assert ("REQUEST", "KEN", "SOM") in found
    assert not {e for e in found if e[0] == "REQUEST" and e[2] == "OMN"}


def test_host_of_a_visit_is_a_party_not_a_mediator():
    """A host with no two other sides is no mediator: the guest's request still goes to the host."""
    text = ("BEIJING: China hosted Pakistan's prime minister on Tuesday. China and Pakistan signed a trade accord. "
            "Pakistan has asked for more credit. China's president praised the visit.")
    assert ("REQUEST", "PAK", "CHN") in events_of(text, "China hosts Pakistani leader")


def _broker(source: str, side: str, rule: str = "mediation:broker src=broker tgt=side"):
    return SimpleNamespace(rule=rule, source=Actor(source, source, None, ""), target=Actor(side, side, None, ""))


def test_mediator_needs_two_other_sides_each_named_twice():
    states = Counter({"QAT": 9, "ERI": 8, "DJI": 7, "FRA": 1})
    both = [_broker("QAT", "ERI"), _broker("QAT", "DJI")]
    assert mediations(both, states) == (Mediation("QAT", frozenset({"ERI", "DJI"})),)
    assert mediations(both[:1], states) == ()  # one side only
    assert mediations([_broker("QAT", "ERI"), _broker("QAT", "FRA")], states) == ()  # France named once
    assert mediations([_broker("QAT", "ERI", "AGREE x"), _broker("QAT", "DJI", "AGREE x")], states) == ()


def test_only_the_sides_read_the_page_without_their_mediator():
    states = Counter({"QAT": 9, "ERI": 8, "DJI": 7, "USA": 3})
    found = (Mediation("QAT", frozenset({"ERI", "DJI"})),)
    assert without_mediators(states, found, "DJI") == Counter({"ERI": 8, "DJI": 7, "USA": 3})
    assert without_mediators(states, found, "USA") is states  # a third state's act: as before
