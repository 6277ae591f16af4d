"""Pledges of material aid: the promised gift, AID pending, not the promise AGREE (issue #11; ANNOTATION.md
"pending = promised"; wire30, wire32: pledged sums, a promised patrol boat, "would fund a programme" were AGREE).
Promises that are not aid, and a grant or food aid with no sum under 'will' (the CAMEO sentence sets' 0331/0333
convention), stay AGREE. Each test of the first two groups failed on merge1 (AGREE)."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
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


# Session 25 (pledges2): a quantity of a staple sent under 'will'/'would' ("would send 5,000 tonnes of rice",
# wire20 w20_11) is the gift, pending: the object is the unit (cues.tsv material 'unit'), the good under 'of'
# (cues.tsv material '-'). Each case coded AGREE before (intent._unit_of_goods). Food aid counted in tons stays the
# promise, the CAMEO sets' convention (cameo 0333).
STAPLES = ["rice", "maize", "wheat", "grain", "flour"]


@pytest.mark.parametrize("good", STAPLES)
@pytest.mark.parametrize("unit", ["tonnes", "tons"])
def test_a_quantity_of_a_staple_sent_is_the_aid_pending(good, unit):
    rows = code(f"Kenya said it would send 5,000 {unit} of {good} to Somalia.")
    assert any(e.event_type == "AID" and e.status == "pending" for e in rows), summary(rows)
    assert not any(e.event_type == "AGREE" for e in rows), summary(rows)


def test_each_staple_and_unit_is_a_material_cue():
    material = cue_words("material")
    assert all(material.get(g) == "-" for g in STAPLES)
    assert material.get("tonne") == material.get("ton") == "unit"


def test_tons_of_food_aid_stay_the_promise():
    rows = code("Kenya will provide 25,000 tons of food aid to Somalia.")
    assert any(e.event_type == "AGREE" for e in rows), summary(rows)


# Session 25 (pledges2): surveillance or patrol flights promised over another's waters are aid, pending (wire32
# "New Zealand has promised surveillance flights": AGREE, the gold AID pending); flights with no such word
# ("direct flights" between capitals) stay a promise. triggers.tsv promise/pledge rows obj:flight|sortie&word:...
@pytest.mark.parametrize("text", [
    "Kenya has promised surveillance flights to Uganda.",
    "Kenya promised Uganda reconnaissance flights along the lake.",
    "Kenya pledged maritime patrol flights over Uganda's waters.",
    "Kenya pledged patrol sorties over Uganda's waters.",
])
def test_promised_surveillance_flights_are_the_aid_pending(text):
    rows = code(text)
    assert any(e.event_type == "AID" and e.status == "pending" for e in rows), summary(rows)
    assert not any(e.event_type == "AGREE" for e in rows), summary(rows)


def test_promised_direct_flights_stay_a_promise():
    rows = code("Kenya promised direct flights between Nairobi and Kampala.")
    assert not any(e.event_type == "AID" for e in rows), summary(rows)
