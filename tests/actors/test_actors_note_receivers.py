"""A note handed by someone the page gives no state ("The duty officer summoned <State>'s ambassador and handed
him a protest note. ... the note demands ...") speaks for the page's other state, as a passive handing to a
state's envoy does (actors/sent_documents._handed_to; wire20: a permanent secretary the gazetteer could not name
handed the note, and its demand had no source). Session 20 whoacts6; every sentence here is our own."""
from __future__ import annotations

from helpers import events_of, mentions_of

LEAD = "Latvia protested to Estonia on Monday over the seizure of two Latvian fishing boats. "
DEMAND = " According to the ministry, the note demands compensation for the damaged nets."


def _note(body: str):
    return next((m for m in mentions_of(body) if m.kind == "document" and m.text.lower() == "note"), None)


def test_a_stateless_sender_handing_a_note_to_an_envoy_sends_for_the_other_state():
    body = LEAD + "The duty officer summoned Estonia's ambassador this afternoon and handed him a protest note." + DEMAND
    note = _note(body)
    assert note is not None and note.country == "LVA"
    assert ("REQUEST", "LVA", "EST") in events_of(body)


def test_a_note_handed_to_an_envoy_with_a_to_phrase():
    body = LEAD + "The duty officer handed a protest note to Estonia's ambassador this afternoon." + DEMAND
    note = _note(body)
    assert note is not None and note.country == "LVA"


def test_a_note_handed_to_no_state_has_no_sender():
    body = ("The duty officer met the visiting delegation this afternoon and handed it a protest note. "
            "The note demands compensation for the damaged nets.")
    assert _note(body) is None
