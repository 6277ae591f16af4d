"""Plural phrases that name the two parties of a story ("the two leaders", "the leaders")."""
from __future__ import annotations

from helpers import events_of, mentions_of

PAIR = ("Chilean President Ana Ruiz flew to Lima on Monday for talks with Peru's president. "
        "Chile and Peru have quarrelled over fishing rights for years, and Peru recalled its ambassador "
        "from Chile last spring. ")


def _pairs(events: set[tuple], kind: str) -> set[frozenset]:
    return {frozenset((s, t)) for k, s, t in events if k == kind}


def test_the_two_leaders_are_both_states_of_the_story():
    found = events_of(PAIR + "The two leaders agreed to reopen the border crossing.")
    assert frozenset(("CHL", "PER")) in _pairs(found, "AGREE")


def test_both_foreign_ministers_meet_as_the_two_states():
    found = events_of(PAIR + "Later both foreign ministers met in a hotel near the port.")
    assert frozenset(("CHL", "PER")) in _pairs(found, "CONSULT")


def test_the_leaders_name_the_leading_pair():
    found = events_of(PAIR + "The leaders agreed to set up a joint fisheries commission.")
    assert frozenset(("CHL", "PER")) in _pairs(found, "AGREE")


def test_the_leaders_of_a_summit_without_a_clear_pair_stay_unresolved():
    body = ("Ghana, Togo, Benin and Niger sent delegations to the summit in Accra. "
            "The leaders agreed to set up a joint fisheries commission.")
    leaders = [m for m in mentions_of(body) if m.text.lower() == "the leaders"]
    assert leaders and all(m.country is None and m.entity == "" for m in leaders)


def test_the_two_leaders_are_the_two_people_just_named_not_the_story_pair():
    body = (PAIR + "On Tuesday the Chilean president spoke by telephone with the Argentine president. "
            "The two leaders agreed to hold a summit on the fishing dispute.")
    assert frozenset(("CHL", "ARG")) in _pairs(events_of(body), "AGREE")


def test_a_host_of_the_two_heads_of_state_is_not_one_of_them():
    body = (PAIR + "Diplomats said the Ecuadorian president will host the two heads of state in Quito next week.")
    leaders = [m for m in mentions_of(body) if m.text.lower() == "the two heads of state"]
    assert leaders and leaders[0].entity.split("+") == ["CHL", "PER"]


def test_parties_agree_with_each_other_not_with_the_object_of_the_agreed_act():
    body = ("The Chilean president spoke by telephone with the Argentine president on Tuesday. "
            "The two leaders agreed to call for an emergency meeting of the UN Security Council.")
    found = events_of(body)
    assert frozenset(("CHL", "ARG")) in _pairs(found, "AGREE")
    assert not {t for k, s, t in found if k == "AGREE"} & {"UNO"}


def test_both_armies_are_the_two_states_and_they_after_them_too():
    # wire10: "Both armies said … that they had started pulling back": a group, and "they" is that group
    body = PAIR + "Both armies said on Friday that they had started pulling back the extra troops from the border."
    groups = [m for m in mentions_of(body) if m.kind == "group" and m.text.lower() in ("both armies", "they")]
    assert {m.text.lower() for m in groups} == {"both armies", "they"}
    assert all(set(m.entity.split("+")) == {"CHL", "PER"} for m in groups)


def test_they_after_a_group_of_states_is_that_group():
    body = PAIR + "The two governments said on Friday that they would withdraw their warships."
    they = [m for m in mentions_of(body) if m.text == "they"]
    assert they and they[0].kind == "group" and set(they[0].entity.split("+")) == {"CHL", "PER"}


def test_the_army_chiefs_of_two_states_are_both_states():
    # sent-dev: "the army chiefs of A and B" matched only "army", which took the page's main country
    for phrase in ("army chiefs", "defence chiefs", "military chiefs"):
        found = events_of(f"The {phrase} of Chile and Peru met in Quito on Monday.")
        assert frozenset(("CHL", "PER")) in _pairs(found, "CONSULT"), phrase
