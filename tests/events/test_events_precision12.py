"""Session 22 (precision12): false positives of the fresh page sets. A figure of speech read as an attack
("struck a harsher tone", wire26: ASSAULT); a visit ended whose relative clause tells of agreements signed
read as ending the agreements (wire25: REJECT); "insisted that the document was signed", a claim about what
was done, read as a demand (wire21: REQUEST). The sentences are this file's own; each rule has its near misses."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(text: str) -> set[str]:
    return {t for t, _, _ in summary(code(text))}


@pytest.mark.parametrize("text", [
    "General Tomas Ferro of Chile struck a harsher tone toward Peru in a speech to officers on Thursday.",
    "The Bolivian minister struck a balance between firmness and calm in his reply to Chile.",
])
def test_a_tone_or_a_balance_struck_is_no_attack(text):
    assert "ASSAULT" not in types(text), types(text)


def test_a_strike_on_a_place_is_still_an_attack():
    assert "ASSAULT" in types("Chilean jets struck rebel camps inside Peru on Thursday.")


def test_a_visit_ended_is_not_the_agreements_its_clause_tells_of():
    text = ("The President of Chile on Friday ended a three-day state visit to Peru, in which the two countries "
            "signed agreements on fisheries and customs.")
    assert "REJECT" not in types(text), types(text)


@pytest.mark.parametrize("text", [
    "Chile ended the fisheries agreement with Peru on Friday.",
    "Chile sent ships that carried food and medicine to Peru.",
])
def test_an_agreement_ended_or_a_load_carried_is_read_as_before(text):
    assert types(text) & {"REJECT", "AID"}, types(text)


@pytest.mark.parametrize("text", [
    "The Bolivian ministry insisted on Friday that the protocol was signed by both ministers.",
    "Bolivia insisted that the protocol had been signed by Chile in good faith.",
])
def test_a_past_passive_insisted_on_is_a_claim_not_a_demand(text):
    assert "REQUEST" not in types(text), types(text)


@pytest.mark.parametrize("text", [
    "Bolivia insisted that the fishermen be released by Chile at once.",
    "Bolivia insisted that the fishermen should be released by Chile.",
    "Bolivia insisted that Chile release the fishermen.",
])
def test_a_demand_in_the_subjunctive_or_with_a_modal_is_still_a_request(text):
    assert "REQUEST" in types(text), types(text)


@pytest.mark.parametrize("text", [
    "Peru's Incas beat Chile 2-0 in the round of 16 of the Copa America.",
    "Ghana's Black Stars beat Togo 3-1 on Saturday.",
])
def test_a_score_the_parser_splits_still_tells_a_game(text):
    assert "ASSAULT" not in types(text), types(text)


def test_forces_beaten_back_are_still_an_attack():
    assert "ASSAULT" in types("Peruvian troops beat back a Chilean patrol near the border on Monday.")


@pytest.mark.parametrize("text", [
    "Heavy rains cut off roads to the border with Chile.",
    "A landslide cut off the road from Peru to Bolivia.",
])
def test_roads_cut_off_by_weather_are_no_sanction(text):
    assert "SANCTION" not in types(text), types(text)


def test_a_supply_cut_off_by_a_state_is_still_a_sanction():
    assert "SANCTION" in types("Peru cut off electricity to Bolivia on Monday.")
