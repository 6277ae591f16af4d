"""Pledges of material aid: the promised gift, AID pending, not the promise AGREE (issue #11; ANNOTATION.md
"pending = promised"; wire30, wire32: pledged sums, a promised patrol boat, "would fund a programme" were AGREE).
Promises that are not aid, and a grant or food aid with no sum under 'will' (the CAMEO sentence sets' 0331/0333
convention), stay AGREE. Each test of the first two groups failed on merge1 (AGREE)."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Norway has promised Ghana a third patrol boat for next year.",
    "Norway pledged two patrol vessels to Ghana.",
    "Norway paid for the surveys, and last week pledged 2.5 million dollars more for buoys and training in Ghana.",
])
def test_a_pledged_sum_or_vessel_is_the_aid_pending(text):
    rows = code(text)
    assert any(e.event_type == "AID" and e.status == "pending" for e in rows), summary(rows)
    assert not any(e.event_type == "AGREE" for e in rows), summary(rows)


@pytest.mark.parametrize("text", [
    "Norway would fund a training programme for Ghanaian diplomats.",
    "Norway said it would provide a patrol boat to Ghana.",
    "Denmark will provide three helicopters to Kenya.",
])
def test_goods_or_funding_under_will_are_the_aid_pending(text):
    rows = code(text)
    assert any(e.event_type == "AID" and e.status == "pending" for e in rows), summary(rows)
    assert not any(e.event_type == "AGREE" for e in rows), summary(rows)


@pytest.mark.parametrize("text", [
    "Norway promised to sign the treaty with Ghana.",
    "Norway would provide assistance to Ghana.",
    "Norway will give Ghana a grant of 5 million shillings.",
    "Norway would fund a programme for Ghana if the talks resumed.",
])
def test_promises_that_are_not_a_gift_named_stay_agree(text):
    rows = code(text)
    assert any(e.event_type == "AGREE" for e in rows), summary(rows)
