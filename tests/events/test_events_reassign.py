"""events/reassign.py: the latest event of a page, and an event rebuilt with a party read from another sentence."""
from __future__ import annotations

from detente import ids
from detente.events.reassign import latest, with_party
from detente.records import Actor
from events_kit import code


def _two_acts():
    return code("Kenya expelled two Ugandan diplomats on Monday. Uganda summoned Kenya's ambassador on Tuesday.")


def test_latest_is_the_event_told_last():
    events = _two_acts()
    assert latest(list(events)).source.country == "UGA"
    assert latest(list(reversed(events))).source.country == "UGA"


def test_with_party_rekeys_the_event_and_says_why():
    event = _two_acts()[0]
    target = Actor("them", "TZA", None, "read from an earlier sentence")
    moved = with_party(event, event.source, target, "tgt→test", 0.5)
    assert moved.target.country == "TZA" and moved.source == event.source
    assert moved.event_id == ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type,
                                          event.source.country, "TZA") != event.event_id
    assert moved.rule.endswith(" tgt→test") and moved.confidence == round(event.confidence * 0.5, 3)
