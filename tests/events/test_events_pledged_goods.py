"""A pledge, promise or offer of goods or money to another state is the aid itself, pending (triggers.tsv, session 17:
the development pages' gold codes every such pledge AID pending; sentences written for this test)."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence", [
    "Norway promised 4,000 tonnes of rice to Kenya.",
    "Norway pledged 500 tonnes of wheat to Kenya after the floods.",
    "Norway has promised an additional 10,000 tonnes of flour to Kenya.",
    "Norway offered 20,000 doses of vaccine to Kenya.",
    "Norway pledged tents, blankets and generators to Kenya.",
])
def test_a_pledge_of_goods_is_pending_aid(sentence):
    events = code(sentence)
    assert ("AID", "NOR", "KEN") in summary(events), summary(events)
    assert all(e.status == "pending" for e in events if e.event_type == "AID")
    assert not any(e.event_type == "AGREE" and e.source.country == "NOR" for e in events)


@pytest.mark.parametrize("sentence", [
    "Norway's pledge of 2 million dollars for Kenyan customs posts has not yet arrived.",
    "Norway's offer of 500 tonnes of wheat to Kenya still stands.",
])
def test_the_nominal_pledge_of_money_or_goods_is_pending_aid(sentence):
    events = code(sentence)
    assert ("AID", "NOR", "KEN") in summary(events), summary(events)


@pytest.mark.parametrize("sentence, kind", [
    ("Norway promised to support Kenya's bid to host the summit.", "AGREE"),  # a promise of backing, not goods
    ("Kenya rejected a Norwegian offer of talks.", "REJECT"),  # an offer of talks is no aid
])
def test_pledges_of_other_things_keep_their_type(sentence, kind):
    found = summary(code(sentence))
    assert any(k == kind for k, s, t in found), found
    assert not any(k == "AID" for k, s, t in found), found
