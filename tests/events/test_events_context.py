"""Implicit targets and common news wordings: document counterpart, border partners, carried cargo,
object control, coordinated complements (our own sentences)."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def test_counterpart_fills_an_implicit_target_of_a_two_state_story():
    text = ("Ghana accused Togo of shelling border villages. Togo denied the charge. "
            "Ghana refused to withdraw.")
    refusal = [e for e in code(text) if e.event_type == "REJECT" and e.source.country == "GHA"]
    assert [(e.target.country, "document-counterpart" in e.rule) for e in refusal] == [("TGO", True)]
    # A target guessed from the story is less sure than the same act's named object. (Not compared with
    # "refused to withdraw from Togo": a target found inside a nested clause is itself wrong more often on
    # the development corpora, and the session-9 refit weighs it below a counterpart.)
    guessed, named = ([e for e in code(text.replace("refused to withdraw.", last)) if e.event_type == "REJECT"
                       and e.source.country == "GHA"] for last in ("rejected the demand.", "rejected Togo's demand."))
    assert ["document-counterpart" in e.rule for e in guessed + named] == [True, False]
    assert guessed[0].confidence < named[0].confidence


def test_no_counterpart_when_a_third_state_is_as_prominent():
    text = ("Ghana accused Togo of shelling villages. Kenya backed Togo. Kenya and Ghana traded charges. "
            "Ghana refused to withdraw.")
    refusal = [e for e in code(text) if e.event_type == "REJECT" and e.source.country == "GHA"]
    assert all(e.target is None or e.target.country is None for e in refusal)


def test_no_counterpart_for_a_warning_about_weather():
    text = "Ghana accused Togo of raids. Togo denied it. Ghana warned of flooding along the coast."
    assert not any(e.event_type == "THREATEN" and e.target and e.target.country for e in code(text))


def test_counterpart_skips_a_clause_with_its_own_state_only_in_a_coordinated_clause():
    text = ("Norway accused Finland of spying. Finland denied it. "
            "Norway accused Finland of a new incursion and ordered 500 more soldiers to the frontier.")
    assert ("MOBILIZE", "NOR", "FIN") in summary(code(text))


@pytest.mark.parametrize("text, expected", [
    ("Norway withdrew troops from positions near its border with Finland.", ("RETREAT", "NOR", "FIN")),
    ("Bolivia asked Chile and Peru to send helicopters.", ("REQUEST", "BOL", "CHL")),
    ("Bolivia asked Chile and Peru to send helicopters.", ("REQUEST", "BOL", "PER")),
    ("Norway sent two planes carrying 30 tonnes of medicine to Bolivia.", ("AID", "NOR", "BOL")),
    ("Chilean patrol ships blocked a Peruvian fishing boat.", ("COERCE", "CHL", "PER")),
    ("Chilean coast guard ships used water cannon on a Peruvian boat.", ("COERCE", "CHL", "PER")),
    ("Finland ordered 500 more soldiers to its border with Norway.", ("MOBILIZE", "FIN", "NOR")),
    ("Togo denied that its jets had entered Ghanaian airspace.", ("REJECT", "TGO", "GHA")),
])
def test_common_wordings(text, expected):
    assert expected in summary(code(text))


def test_relief_cargo_is_aid_not_a_troop_movement():
    found = summary(code("Norway sent two air force planes carrying food and medicine to Bolivia."))
    assert ("AID", "NOR", "BOL") in found and ("MOBILIZE", "NOR", "BOL") not in found


def test_weather_freezing_is_no_sanction():
    assert not any(e.event_type == "SANCTION" for e in code("Temperatures in Norway dropped below freezing."))


def test_coordinated_demands_are_one_request():
    found = summary(code("Kenya demanded that Uganda halt its raids and withdraw its troops."))
    assert ("REQUEST", "KEN", "UGA") in found
    assert not any(t == "RETREAT" for t, _, _ in found)


def test_coordinated_acts_in_the_main_clause_stay_separate():
    found = summary(code("Kenya signed a trade deal with Uganda and withdrew troops from Uganda."))
    assert ("RETREAT", "KEN", "UGA") in found


def test_a_threat_of_force_without_addressee_is_aimed_at_the_counterpart_named_beside_it():
    text = ("Ghana accused Togo of shelling border villages. Togo denied the charge. "
            "Ghana closed its border with Togo, warning that it did not rule out the use of force.")
    threats = [e for e in code(text) if e.event_type == "THREATEN" and e.source.country == "GHA"]
    assert [(e.target.country, "document-counterpart" in e.rule) for e in threats] == [("TGO", True)]


def test_a_threat_of_force_gets_no_counterpart_the_sentence_does_not_name():
    text = ("Ghana accused Togo of shelling border villages. Togo denied the charge. "
            "Ghana's leaders met on Monday, warning of reprisals.")
    assert not any(e.event_type == "THREATEN" and e.target and e.target.country for e in code(text))


def test_the_threatener_naming_force_in_its_own_title_is_no_threat_of_force():
    text = ("Ghana accused Togo of shelling border villages. Togo denied the charge. "
            "The commander of Ghana's naval forces warned of storms off the coast of Togo.")
    assert not any(e.event_type == "THREATEN" and e.target and e.target.country for e in code(text))


def test_an_international_body_named_most_is_no_counterpart_state():
    from collections import Counter

    from detente.events.counterpart import counterpart_of
    assert counterpart_of(Counter({"GHA": 5, "UNO": 4, "TGO": 2}), "GHA") == "TGO"
    assert counterpart_of(Counter({"GHA": 5, "EUR": 4, "IGO": 3}), "GHA") is None
    text = ("The United Nations said Ghana and Togo signed the fishing deal. The United Nations hailed it. "
            "The United Nations thanked Togo. Ghana later suspended the deal.")
    suspended = [e for e in code(text) if e.source.country == "GHA" and "document-counterpart" in e.rule]
    assert [e.target.country for e in suspended] == ["TGO"]


def test_a_request_studied_by_a_state_is_not_that_states_request():
    text = "Ghana asked Togo for two rescue helicopters. Togo is studying the request."
    requests = [(e.source.country if e.source else None) for e in code(text) if e.event_type == "REQUEST"]
    assert "TGO" not in requests and "GHA" in requests


STORY = "Ghana accused Togo of shelling border villages. Togo denied the charge. Togo detained two Ghanaian fishermen. "


@pytest.mark.parametrize("threat", [
    "The Ghanaian foreign minister warned that unless the fishermen were freed, Ghana would not take part in the "
    "joint fisheries commission.",
    "The Ghanaian trade minister warned that Ghana would halt imports of cement if the fishermen were not freed.",
    "Ghana threatened to leave the joint fisheries commission unless the fishermen were freed.",
])
def test_a_conditional_threat_of_ones_own_act_is_aimed_at_the_counterpart(threat):
    threats = [e for e in code(STORY + threat) if e.event_type == "THREATEN" and e.source.country == "GHA"]
    assert [e.target.country for e in threats] == ["TGO"]


def test_a_conditional_threat_names_its_counterpart_two_words_deep():
    threat = "The Ghanaian trade minister warned that Ghana would halt imports of Togolese cement if the fishermen stayed."
    assert ("THREATEN", "GHA", "TGO") in summary(code(STORY + threat))


@pytest.mark.parametrize("threat", [
    # another doer: a threat against people at home
    "The Ghanaian president warned that the opposition would be banned if it kept protesting.",
    # no condition: a plain forecast names no addressee
    "The Ghanaian foreign minister warned that Ghana would not take part in the joint fisheries commission.",
    # a third state in the clause is not the story's counterpart
    "The Ghanaian trade minister warned that Ghana would halt imports of Nigerian cement if Nigeria did not cut tariffs.",
])
def test_no_counterpart_for_a_threat_that_is_not_a_conditional_one_of_ones_own_act(threat):
    assert not any(e.event_type == "THREATEN" and e.target and e.target.country == "TGO"
                   for e in code(STORY + threat))
