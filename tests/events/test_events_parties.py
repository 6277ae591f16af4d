"""Parties acting together: on what they share (their border), and agreeing with each other."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
from events_kit import code, summary


def test_parties_reopening_their_border_act_toward_each_other():
    found = summary(code("Chile and Peru reopened their border to lorries on Monday."))
    assert {("CONCEDE", "CHL", "PER"), ("CONCEDE", "PER", "CHL")} <= found


def test_the_border_between_them_and_the_bare_border_are_shared_too():
    for text in ("Chile and Peru reopened the border between the two nations on Monday.",
                 "Chilean and Peruvian officials reopened the border on Monday."):
        found = summary(code(text))
        assert ("CONCEDE", "CHL", "PER") in found and ("CONCEDE", "CHL", None) not in found, text


def test_a_third_state_named_as_target_stays_the_target():
    found = summary(code("Chile and Peru closed their border with Bolivia on Monday."))
    assert not {("SANCTION", "CHL", "PER"), ("SANCTION", "PER", "CHL")} & found


def test_two_parties_agreeing_on_a_further_act_agree_with_each_other():
    found = summary(code("Chile and Peru agreed to ask Norway for a meeting of the fisheries council."))
    assert any(k == "AGREE" and {s, t} == {"CHL", "PER"} for k, s, t in found)
    assert not any(k == "AGREE" and t == "NOR" for k, s, t in found)


def test_calling_someone_names_with_the_object_hung_on_the_predicate():
    # the parser reads "junta illegitimate" as one phrase; the junta is still the one called names
    assert ("ACCUSE", "CHL", "PER") in summary(code("Chile also called the Peruvian junta illegitimate."))


def test_sufferers_of_a_clash_were_killed_by_the_other_side():
    found = summary(code("Four Peruvian soldiers were killed in a clash with Chilean troops on Monday."))
    assert ("ASSAULT", "CHL", "PER") in found


@pytest.mark.parametrize("fight", sorted(cue_words("fight")))
def test_sufferers_of_a_fight_at_a_border_pair_were_killed_by_the_other_state(fight):
    # realnews: "Twenty Indian soldiers were killed in a standoff at the India-China border"
    found = summary(code(f"Four Peruvian soldiers were killed in a {fight} at the Peru-Chile border on Monday."))
    assert ("ASSAULT", "CHL", "PER") in found, found


@pytest.mark.parametrize("text", [
    "Four Peruvian soldiers were killed in a clash at the Chilean border on Monday.",  # one state: no pair
    "Four Peruvian soldiers were killed in a clash at the Bolivia-Chile border on Monday.",  # not their border
    "Four Peruvian soldiers were killed at the Peru-Chile border on Monday.",  # no fight named
])
def test_no_border_pair_fight_names_no_doer(text):
    found = summary(code(text))
    assert not any(kind == "ASSAULT" and source in ("CHL", "BOL") for kind, source, _ in found), found


def test_an_active_clash_keeps_its_subject():
    found = summary(code("Peruvian troops clashed with Chilean troops on Monday."))
    assert ("ASSAULT", "PER", "CHL") in found


def test_a_mediator_consults_each_side():
    found = summary(code("Norway mediated talks between Chile and Peru on Monday."))
    assert {("CONSULT", "NOR", "CHL"), ("CONSULT", "NOR", "PER")} <= found


def test_an_agentless_act_reported_by_a_state_is_that_states():
    found = summary(code("Norway announced on Monday that the Finnish consul had been declared persona non grata."))
    assert ("SANCTION", "NOR", "FIN") in found
    found = summary(code("Kenya confirmed that three Ugandan fishermen had been arrested inside its waters."))
    assert ("COERCE", "KEN", "UGA") in found


def test_a_reported_agentless_act_on_the_reporters_own_people_stays_unnamed():
    found = summary(code("Kenya said that three Kenyan fishermen had been arrested."))
    assert not any(s == "KEN" and k == "COERCE" for k, s, t in found)


def test_a_reported_killing_or_an_expected_release_is_not_the_reporters_act():
    found = summary(code("Kenya said that two Ugandan soldiers had been killed."))
    assert not any(s == "KEN" for k, s, t in found)
    found = summary(code('"We expect the Finnish crew to be released without delay," Norway said.'))
    assert not any(s == "NOR" and k in ("RETREAT", "CONCEDE") for k, s, t in found)


def test_a_delivered_request_is_no_aid():
    found = summary(code("Norway said the request was delivered to the Finnish embassy on Monday."))
    assert not any(k == "AID" for k, s, t in found)


def test_the_object_of_using_is_the_means_not_the_doer():
    found = summary(code("The Kenyan president used Monday's talks to ask Uganda for the extradition of a minister."))
    assert ("REQUEST", "KEN", "UGA") in found
    assert ("REQUEST", "KEN", "UGA") in summary(code("Kenya urged Uganda to release the fishermen."))


@pytest.mark.parametrize("text", [
    # realnews s26: "After an emergency meeting of NATO ministers in Brussels at Turkey's request, ..."
    "After an emergency meeting of NATO ministers in Brussels at Norway's request, the alliance urged calm.",
    "A NATO spokeswoman said the meeting was called at the request of Norway.",
])
def test_a_gathering_at_a_states_request_is_its_request_to_the_body(text):
    assert ("REQUEST", "NOR", "NATO") in summary(code(text))


def test_a_request_not_for_a_gathering_keeps_its_own_reading():
    found = summary(code("A NATO spokeswoman said Danish troops were sent to the border at the request of Norway."))
    assert not any(kind == "REQUEST" and target == "NATO" for kind, _, target in found), found
