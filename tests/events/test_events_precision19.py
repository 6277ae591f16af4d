"""Issue #11, false positives, nineteenth pass (own sentences): a state "ready", "willing" or "planning" to host
talks offers the venue, which the page golds code as the hosted meeting, pending (CONSULT, host → each side;
eval/wire16, wire23, wire25; convention in eval/README.md, "Scoring"), not a promise (AGREE), as "offered to host
talks" already reads (events/intent.py, _host_offered)."""
from __future__ import annotations

import pytest
from events_kit import code

HOST_OFFERS = [
    "Norway is ready to host talks between Chile and Peru.",
    "Norway was willing to host the next round of talks between Chile and Peru.",
    "Norway is prepared to host a meeting between Chile and Peru.",
    "Norway plans to host talks between Chile and Peru next month.",
]
NEAR_MISSES = [  # (sentence, the type it keeps): intents to do something other than host
    ("Norway is ready to send aid to Chile.", "AGREE"),
    ("Norway is ready to supply Chile with fuel.", "AGREE"),
]
# "Norway is ready to meet Chile" was a near miss here (AGREE); precision22 reads an offered meeting as the
# meeting, pending, as the page golds code it (tests/events/test_events_precision22.py)


@pytest.mark.parametrize("text", HOST_OFFERS)
def test_an_offer_to_host_talks_is_the_hosted_meeting_pending(text):
    events = code(text)
    rows = {(e.event_type, e.source.country, e.target and e.target.country, e.status) for e in events}
    assert ("CONSULT", "NOR", "CHL", "pending") in rows and ("CONSULT", "NOR", "PER", "pending") in rows, rows
    assert "AGREE" not in {e.event_type for e in events}, rows


@pytest.mark.parametrize("text,etype", NEAR_MISSES)
def test_other_intents_keep_their_promise(text, etype):
    assert etype in {e.event_type for e in code(text)}


WITHDRAWALS = [  # (sentence, the type the development golds give it)
    # an envoy pulled out is recalled (CAMEO 161; eval/wire38 golds: SANCTION), as "withdrew its ambassador" reads
    ("Kenya pulled its ambassador out of Uganda.", "SANCTION"),
    ("Kenya pulled its diplomats out of Uganda.", "SANCTION"),
    # a state's own peacekeepers taken home are its pull-back (sent-dev13, sent-dev3, sent-dev5 golds: RETREAT)
    ("Kenya withdrew its peacekeepers from Uganda.", "RETREAT"),
]
WITHDRAWALS_KEPT = [
    ("Kenya pulled its troops out of Uganda.", "RETREAT"),
    ("Kenya withdrew its observers from Uganda.", "SANCTION"),
    ("Kenya withdrew its ambassador from Uganda.", "SANCTION"),
]


@pytest.mark.parametrize("text,etype", WITHDRAWALS + WITHDRAWALS_KEPT)
def test_withdrawals_take_the_type_of_what_is_withdrawn(text, etype):
    rows = {(e.event_type, e.source.country, e.target and e.target.country) for e in code(text)}
    assert rows == {(etype, "KEN", "UGA")}, rows
