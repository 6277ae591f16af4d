"""Issue #11's miss categories on sentences written blind for them (session 15, blindcats).

tests/events/data/blindcats/ holds 117 own news-style sentences in the benchmark format (texts/, gold.jsonl
per ../shared/bench/ANNOTATION.md) with a category per document (categories.tsv), 22 of them near misses
that must not be coded. The pinned floors below are the coder's scores on the set when they were set: a
change may raise them, not lower them. The single sentences after them are written for these tests."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from events_kit import code, summary

from tests.category_sets import category_set_scores, short_of_found, uncategorised, under_floors

BLINDCATS = Path(__file__).parent / "data" / "blindcats"
# (precision, core recall) of the whole set, about one event of slack under the session 16 score (0.880 / 0.892;
# session 15 ended at 0.860 / 0.838, speech5 added the accusations and inverted conditionals)
FLOORS = {"all": (0.87, 0.88)}
# core events found per category at the end of session 15, less one event of slack (accuse and threat: session 16)
FOUND = {"accuse": 8, "agency": 4, "deal": 15, "deploy": 4, "drill": 3, "fire": 8, "people": 11, "refuse": 7,
         "release": 9, "request": 7, "threat": 5, "visit": 6}
NEAR_MISS_FP_MAX = 9  # events coded on the 22 near misses (8 at the end of session 15)


@pytest.fixture(scope="module")
def scores():
    return category_set_scores(BLINDCATS)


def test_every_document_has_a_category():
    assert not uncategorised(BLINDCATS) and len(os.listdir(BLINDCATS / "texts")) >= 100


def test_the_set_keeps_its_floors(scores):
    assert not under_floors(scores, FLOORS)


def test_each_category_keeps_its_found_events(scores):
    assert not short_of_found(scores, FOUND)


def test_the_near_misses_stay_uncoded(scores):
    assert scores["nearmiss"]["false_positive"] <= NEAR_MISS_FP_MAX, scores["nearmiss"]


def test_drills_near_a_states_coast_or_at_the_border_with_it_are_aimed_at_it():
    assert ("MOBILIZE", "PER", "CHL") in summary(code("Peru began naval exercises near Chile's coast on Monday."))
    assert ("MOBILIZE", "KEN", "UGA") in summary(code("Kenya staged artillery drills near the border with Uganda."))


def test_the_struck_place_of_a_nominal_attack_stands_for_its_state():
    assert ("ASSAULT", "UGA", "KEN") in summary(code("The Ugandan bombardment of Kisumu went on overnight."))
    assert ("ASSAULT", "UGA", "KEN") in summary(code("The shelling of the port of Mombasa by Ugandan forces "
                                                       "killed two people."))


def test_a_withdrawal_scheduled_under_a_deal_is_that_act_pending():
    events = code("Under the agreement, Peru will withdraw its troops from the Chilean border posts.")
    assert ("RETREAT", "PER", "CHL") in summary(events)
    assert all(e.status == "pending" for e in events if e.event_type == "RETREAT")
    # without a deal it is the pull-out, pending too, since session 28 (events/promised_steps.py: the real-page
    # golds code a state's own "will withdraw" as the act pending, not CAMEO's promise)
    assert ("RETREAT", "PER", "CHL") in summary(code("Peru will withdraw its troops from Chile, it said."))


def test_responding_with_force_is_an_armed_act_and_under_if_a_threat():
    assert ("THREATEN", "KEN", "UGA") in summary(code(
        "Kenya would respond with force if Ugandan units crossed the line again, the minister said."))
    assert ("ASSAULT", "KEN", "UGA") in summary(code("Kenya responded with force after Ugandan troops attacked."))


def test_a_by_phrase_hung_on_an_active_verb_is_no_agent():
    coded = summary(code("Chile and Peru signed a border accord in Lima on Monday after mediation by Norway."))
    assert ("AGREE", "CHL", "PER") in coded and ("AGREE", "NOR", "CHL") not in coded, coded


def test_each_side_of_a_release_by_trade_is_its_own_act():
    coded = summary(code("Ghana freed two Togolese citizens, and Togo released a Ghanaian engineer in return."))
    assert {("RETREAT", "GHA", "TGO"), ("RETREAT", "TGO", "GHA")} <= coded, coded


def test_mediation_by_a_third_state_consults_each_signatory():
    coded = summary(code("Chile and Peru signed a border accord in Lima on Monday after mediation by Norway."))
    assert {("CONSULT", "NOR", "CHL"), ("CONSULT", "NOR", "PER")} <= coded, coded


def test_a_request_made_in_a_letter_is_made_of_the_one_written_to():
    coded = summary(code("Bolivia wrote to Chile on Monday asking it to reopen the Colchane crossing to lorries."))
    assert ("REQUEST", "BOL", "CHL") in coded, coded


def test_a_broken_agreement_told_by_the_other_party_is_its_charge():
    coded = summary(code("Chile said Peru had violated the fisheries agreement by sending trawlers north."))
    assert ("ACCUSE", "CHL", "PER") in coded, coded
