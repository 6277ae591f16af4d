"""A sum of money announced beside goods ("would provide a patrol boat to X in 2024 and A$45 million for water
projects"): the parser hangs the sum on the verb as a conjunct, or on the goods; either way it is the grant
announced, pending AID (wire30: both were read as a promise, AGREE), as precision13's sum as the object.
Goods alone under 'would' are the promised aid too since session 24's pledges rule (the pages' convention,
ANNOTATION.md: a promised act is coded as that act, pending). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Ghana said it would provide a third patrol boat to Togo in 2024 and 45 million dollars for water projects.",
    "Ghana would provide two patrol boats and 3 million dollars to Togo, the minister said.",
])
def test_a_sum_beside_goods_is_the_aid_pending(text):
    rows = code(text)
    assert any(e.event_type == "AID" and e.status == "pending" for e in rows), summary(rows)
    assert not any(e.event_type == "AGREE" for e in rows), summary(rows)


def test_goods_alone_are_the_aid_pending_too():
    rows = code("Ghana said it would provide two patrol boats to Togo next year.")
    assert any(e.event_type == "AID" and e.status == "pending" for e in rows), summary(rows)
    assert not any(e.event_type == "AGREE" for e in rows), summary(rows)
