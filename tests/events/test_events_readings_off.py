"""Words that look like a trigger but report no interstate act of that type (session 7, realnews false
positives), on our own invented sentences: an existing agreement kept or broken is no new agreement, a
figurative blow delivered is no aid, and an army seizing power at home seizes nothing from a state."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Norway said Finnish patrols had violated the consensus of the two sides.",
    "Chile accused Peru of not honouring the agreement on fishing quotas.",
    "Kenya said Ugandan troops breached the ceasefire accord on Sunday.",
])
def test_an_agreement_kept_or_broken_is_no_new_agreement(text):
    assert not any(e.event_type == "AGREE" for e in code(text))


def test_an_agreement_made_is_still_one():
    assert ("AGREE", "NOR", "FIN") in summary(code("Norway reached an agreement with Finland on fishing quotas."))


@pytest.mark.parametrize("text", [
    "Chile delivered a huge blow to Peru with its new tariffs.",
    "The Kenyan president delivered a speech to Ugandan lawmakers.",
])
def test_a_figurative_delivery_is_no_aid(text):
    assert not any(e.event_type == "AID" for e in code(text))


def test_goods_delivered_are_still_aid():
    assert ("AID", "NOR", "FIN") in summary(code("Norway delivered tents and blankets to Finland."))


def test_an_army_seizing_power_seizes_nothing_from_a_state():
    assert not any(e.event_type == "COERCE" for e in code("The Togolese army seized power after deposing the president of Ghana."))
    assert ("COERCE", "GHA", "TGO") in summary(code("Ghana seized two Togolese fishing boats."))
