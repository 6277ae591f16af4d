"""Two ways a complaint is told without a complaining verb (wire28 class; our own sentences):
a fact "not accepted" in a that-clause with the other side as its doer ("could not accept that X's vessel had
obstructed ...") is an accusation, where an offer or a duty of one's own not accepted stays a refusal
(events/intent._refused_fact); and an embassy's counsellor called in or summoned is summoned like its envoy
(triggers.tsv call-in and summon rows)."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Kenya's deputy foreign minister told the Ugandan envoy that Nairobi \"could not accept\" that a Ugandan "
    "government vessel had obstructed a lawful police operation.",
    "Kenya could not accept that Ugandan soldiers had crossed the border near Busia, the minister said.",
])
def test_a_fact_not_accepted_is_a_charge(text):
    found = summary(code(text))
    assert ("ACCUSE", "KEN", "UGA") in found and not any(t == "REJECT" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Kenya said it could not accept the Ugandan proposal.",
    "Kenya said it would not accept that it must pay Uganda for the boats.",
])
def test_an_offer_or_a_duty_not_accepted_stays_a_refusal(text):
    found = summary(code(text))
    assert not any(t == "ACCUSE" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Kenya's Ministry of Foreign Affairs called in the minister-counsellor of the Ugandan embassy on Monday.",
    "Kenya summoned the Ugandan embassy's political counsellor on Tuesday over the seizure of the boats.",
])
def test_a_counsellor_called_in_is_summoned(text):
    assert ("ACCUSE", "KEN", "UGA") in summary(code(text))
