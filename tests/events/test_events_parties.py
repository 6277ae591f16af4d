"""Parties acting together: on what they share (their border), and agreeing with each other."""
from __future__ import annotations

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


def test_an_active_clash_keeps_its_subject():
    found = summary(code("Peruvian troops clashed with Chilean troops on Monday."))
    assert ("ASSAULT", "PER", "CHL") in found


def test_a_mediator_consults_each_side():
    found = summary(code("Norway mediated talks between Chile and Peru on Monday."))
    assert {("CONSULT", "NOR", "CHL"), ("CONSULT", "NOR", "PER")} <= found
