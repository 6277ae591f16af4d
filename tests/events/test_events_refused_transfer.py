"""A refusal told as a transfer that will not happen (wire29, wire31, wire33 class; our own sentences): a fine
or a debt not to be paid, money not to be returned, names or files not to be given, handed or shared with a
named state are REJECT, asserted (triggers.tsv rows with the `refused` requirement, events/refusals.py); the
same verbs done, or only reported as not done ("did not pay"), code nothing, and a spokesman's "would not give
details" is no refusal of a state."""
from __future__ import annotations

import pytest

from detente.events.prefilter import mentions_trigger

from events_kit import code, summary


@pytest.mark.parametrize("text, target", [
    ("Kenya will not pay the fine imposed by a Ugandan court on the captain, the ministry said.", None),
    ("Kenya will not pay the Ugandan fine, the ministry said.", "UGA"),
    ("Kenya won't pay the Ugandan penalty.", "UGA"),
    ("Kenya would not return the money to Uganda, the minister said in Nairobi.", "UGA"),
    ("Kenya will not give Uganda the names of the companies suspected of starting the fires.", "UGA"),
    ("Kenya will not hand the company names to Uganda, the ministry said.", "UGA"),
    ("Kenya will not share the investigation files with Uganda.", "UGA"),
    ("Kenya will not pay for the seized Ugandan equipment.", "UGA"),
])
def test_a_transfer_refused_is_a_rejection(text, target):
    events = code(text)
    rejects = [e for e in events if e.event_type == "REJECT" and e.source.country == "KEN"]
    assert rejects and rejects[0].status == "asserted", summary(events)
    assert target is None or any(e.target and e.target.country == target for e in rejects), summary(events)


@pytest.mark.parametrize("text", [
    "Kenya paid the Ugandan fine on Friday.",
    "Kenya did not pay the Ugandan fine.",
    "Kenya returned the money to Uganda.",
    "Kenya gave Uganda the names of the companies.",
    "Kenya shared the investigation files with Uganda.",
    "The Kenyan ministry would not give Uganda any further details.",
])
def test_a_transfer_done_or_not_done_is_no_rejection(text):
    assert not any(t == "REJECT" for t, _, _ in summary(code(text)))


def test_the_prefilter_lets_a_refusal_through_and_keeps_share_prices_out():
    assert mentions_trigger("Kenya won't pay the fine.") and mentions_trigger("Kenya cannot return the money.")
    assert not mentions_trigger("Share prices rose on Friday.")
