"""Session 15 (speech4): a reported copular clause that denies its predicate censures nobody; an intrusion denied
with no doer named is the teller's rejection of the victim's charge; a censuring predicate's 'by' phrase names
whom it blames."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Finland said there had not been any violation of Norwegian airspace.",
    "Finland said there was no violation of Norwegian airspace.",
    "Finland said Norway was not to blame for the clash.",
    "Finland said the raid was not a provocation.",
])
def test_a_denied_predicate_is_no_accusation(text):
    assert not any(e.event_type == "ACCUSE" and e.source.country == "FIN" for e in code(text))


@pytest.mark.parametrize("text, pair", [
    ("Finland said Norway was to blame for the clash.", ("ACCUSE", "FIN", "NOR")),
    ("Finland said there had been a violation of its airspace by Norwegian jets.", ("ACCUSE", "FIN", "NOR")),
])
def test_an_affirmed_predicate_still_accuses(text, pair):
    assert pair in summary(code(text))


def test_an_intrusion_denied_with_no_doer_named_rejects_the_victims_charge():
    events = code("Finland's defence ministry said radar data showed no violation of Norwegian airspace.")
    assert ("REJECT", "FIN", "NOR") in summary(events)


@pytest.mark.parametrize("text", [
    "Norway's defence ministry said radar data showed no violation of Norwegian airspace.",  # its own airspace
    "Finland's defence ministry said radar data showed a violation of Norwegian airspace.",  # not denied
])
def test_no_rejection_when_the_teller_is_the_victim_or_nothing_is_denied(text):
    assert not any(e.event_type == "REJECT" for e in code(text))


@pytest.mark.parametrize("text", [
    "Chilean officials called the incursion a deliberate provocation by Lima.",
    "The Chilean foreign ministry called the raid a cowardly provocation by Peru.",
])
def test_a_censuring_predicates_by_phrase_names_whom_it_blames(text):
    assert ("ACCUSE", "CHL", "PER") in summary(code(text))


def test_a_predicates_by_phrase_naming_no_state_blames_nobody():
    assert not any(e.event_type == "ACCUSE" and e.target.country for e in
                   code("Chile called the report by a newspaper in Lima a fabrication."))


@pytest.mark.parametrize("text, expected", [
    ("Norway would consider funding the reconstruction of the Danish hospital.", ("AID", "NOR", "DNK", "pending")),
    ("Norway will study lifting the ban on Danish fish.", ("CONCEDE", "NOR", "DNK", "pending")),
])
def test_an_act_only_weighed_is_that_act_pending_not_a_promise(text, expected):
    events = code(text)
    assert expected in {(e.event_type, e.source.country, e.target.country, e.status) for e in events}
    assert not any(e.event_type == "AGREE" for e in events)


@pytest.mark.parametrize("text", [
    "Norway will free the Danish fishermen.",  # a subject that commits itself still promises
])
def test_acts_under_will_that_are_not_weighed_stay_promises(text):
    assert "AGREE" in {e.event_type for e in code(text)}


def test_a_release_told_in_the_passive_is_the_release_pending():
    # session 20 (pages21, eval/wire21): the passive release under will/would is the act, pending (intent.
    # PASSIVE_FORECAST_TYPES, RETREAT only); measured with every held-out summary line unchanged
    events = code("Norway said Danish fishermen will be freed.")
    assert ("RETREAT", "pending") in {(e.event_type, e.status) for e in events}
