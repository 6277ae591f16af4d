"""Issue #11, false positives, twenty-third pass (own sentences).

1. An envoy summoned home or "for consultations" is his own state's recall (SANCTION), not a summons of the
   host's envoy (ACCUSE): wire47 w47_04 "summoned its ambassadors in Mexico, Argentina, Bolivia and Colombia for
   consultations" gave three ACCUSE rows (triggers.tsv summon SANCTION row).
2. A note or complaint "delivered to" an envoy, told with a participle, is no aid: "the British complaint,
   delivered to Iran's charge d'affaires" was AID GBR→IRN (wire47 w47_02; triggers.relative_object).
3. A list of demands, points or names delivered to a state asks something of it: "delivered the 13 points",
   "delivered the list to Doha" were AID (wire38 twice; gold CONSULT alt REQUEST), "delivered the list of nine
   names" (wire27; gold REQUEST) (triggers.tsv deliver REQUEST row)."""
from __future__ import annotations

import pytest
from events_kit import code


def _rows(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in code(text)}


@pytest.mark.parametrize("text,rows", [
    ("Last week Kenya summoned its ambassadors in Uganda and Tanzania for consultations after those governments "
     "criticised the vote.", {("SANCTION", "KEN", "UGA", "asserted"), ("SANCTION", "KEN", "TZA", "asserted")}),
    ("Kenya summoned its ambassador in Uganda for consultations on Monday.", {("SANCTION", "KEN", "UGA", "asserted")}),
    ("Kenya summoned its ambassador in Uganda home on Monday.", {("SANCTION", "KEN", "UGA", "asserted")}),
])
def test_own_envoys_summoned_for_consultations_are_recalled(text, rows):
    found = _rows(text)
    assert rows <= found, found
    assert not any(r[0] == "ACCUSE" for r in found), found


@pytest.mark.parametrize("text", [
    "Kenya summoned the Ugandan ambassador on Monday to protest the shooting.",
    "Kenya summoned the Ugandan ambassador for consultations on Monday.",  # another's envoy: no "its"
])
def test_a_host_summons_stays_a_summons(text):
    assert ("ACCUSE", "KEN", "UGA", "asserted") in _rows(text)


def test_a_complaint_delivered_to_an_envoy_is_no_aid():
    found = _rows("Foreign ministry spokesman Ali Mousa told reporters that the Kenyan complaint, delivered to "
                  "Uganda's charge d'affaires in Nairobi a day earlier, had been answered firmly.")
    assert not any(r[0] == "AID" for r in found), found
    assert ("ACCUSE", "KEN", "UGA", "asserted") in found, found


def test_goods_delivered_stay_aid():
    assert ("AID", "KEN", "UGA", "asserted") in _rows("Kenya delivered 40 tonnes of maize to Uganda.")


@pytest.mark.parametrize("text", [
    "The Kenyan envoy delivered the 13 points to Uganda late on Thursday.",
    "On Friday, Kenya's ambassador delivered the list of nine names to the Ugandan Interior Ministry.",
    "Kenya delivered its demands to Uganda on Monday.",
    "Kenya delivered its conditions to Uganda on Monday.",
    "Kenya delivered its terms to Uganda on Monday.",
])
def test_a_list_of_demands_delivered_is_a_request(text):
    found = _rows(text)
    assert ("REQUEST", "KEN", "UGA", "asserted") in found, found
    assert not any(r[0] == "AID" for r in found), found
