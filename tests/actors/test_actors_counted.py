"""Counted plural roles ("the two officials", "both border guards") name the story's states (actors/counted.py)."""
from __future__ import annotations

from helpers import events_of, mentions_of

PAIR = ("Chile and Peru have quarrelled over fishing rights for years. The governor of Arica met the prefect "
        "of Tacna on Monday to discuss the border crossing. ")


def _mention(body: str, text: str):
    return next(m for m in mentions_of(body) if m.text.lower() == text)


def test_the_two_officials_are_both_states_of_the_story():
    body = PAIR + "The two officials agreed to keep the crossing open at night."
    officials = _mention(body, "the two officials")
    assert officials.kind == "group" and set(officials.entity.split("+")) == {"CHL", "PER"}
    assert {frozenset((s, t)) for k, s, t in events_of(body) if k == "AGREE"} == {frozenset(("CHL", "PER"))}


def test_both_with_a_modifier_is_officials_of_both_states():
    body = PAIR + "Both chief negotiators agreed to meet again in Arica."
    negotiators = _mention(body, "both chief negotiators")
    assert negotiators.kind == "group" and set(negotiators.entity.split("+")) == {"CHL", "PER"}


def test_counted_vessels_and_diplomats_stay_one_states():
    body = PAIR + "Peru seized the three vessels on Monday and expelled the two diplomats a day later."
    found = [m for m in mentions_of(body) if m.sentence == 2]
    assert not any(m.kind == "group" for m in found), [(m.text, m.kind) for m in found]


def test_a_count_without_the_is_people_of_one_state():
    body = PAIR + "Two officials in Lima said the crossing would stay open."
    officials = [m for m in mentions_of(body) if "officials" in m.text.lower()]
    assert officials and all(m.kind != "group" for m in officials)


def test_a_counted_role_with_its_own_owner_keeps_it():
    body = "Bolivia and Brazil met in La Paz. The two officials from Chile and Peru agreed to meet again."
    found = [m for m in mentions_of(body) if "officials" in m.text.lower()]
    assert found and not any(m.kind == "group" and "BOL" in m.entity for m in found)


def test_a_bare_count_after_two_callers_is_both_their_states():
    body = ("The Chilean foreign minister, Ana Torres, telephoned her Peruvian counterpart, Luis Vargas, on Monday "
            "and the two agreed to reopen the crossing at night.")
    two = _mention(body, "the two")
    assert two.kind == "group" and set(two.entity.split("+")) == {"CHL", "PER"}
    assert {frozenset((s, t)) for k, s, t in events_of(body) if k == "AGREE"} == {frozenset(("CHL", "PER"))}


def test_a_bare_count_in_the_next_sentence_names_the_two_just_named():
    body = ("The Chilean foreign minister met his Peruvian counterpart in Arica on Monday. "
            "The two agreed that the border commission would meet next month.")
    two = _mention(body, "the two")
    assert two.kind == "group" and set(two.entity.split("+")) == {"CHL", "PER"}


def test_a_bare_count_with_no_two_states_just_named_is_no_actor():
    body = "Chile detained two Peruvian fishermen on Monday. The two denied any wrongdoing."
    assert not any(m.text.lower() == "the two" for m in mentions_of(body))
    assert all(s is not None for k, s, t in events_of(body))


def test_a_bare_count_as_passive_subject_is_left_alone():
    body = ("The Chilean foreign minister met his Peruvian counterpart in Arica on Monday. "
            "The two were received by the mayor on Tuesday.")
    assert not any(m.text.lower() == "the two" for m in mentions_of(body))
