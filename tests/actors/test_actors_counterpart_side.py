"""A person who calls or meets "his <State> counterpart" is not of that state (actors/counterpart_side.py;
eval/wire42: an Istanbul page's foreign minister, named without his state after a paragraph on Azerbaijan's
Foreign Ministry, was guessed Azerbaijani and his call to his Azerbaijani counterpart lost its other side)."""
from __future__ import annotations

from detente.actors.counterpart_side import OWN_COUNTERPART, counterpart_states, unless_barred
from detente.actors.coref import StateRef
from helpers import events_of, mentions_of


def test_a_minister_after_the_other_states_ministry_is_not_guessed_its_national():
    body = ("Turkey and Armenia signed two protocols on Saturday. Azerbaijan's Foreign Ministry said in a statement "
            "on Sunday that the deal harmed its interests. Foreign Minister Kemal Aydin telephoned his Azerbaijani "
            "counterpart, Rauf Mammadov, on Sunday evening to explain the accord.")
    assert ("CONSULT", "TUR", "AZE") in events_of(body, date="2009-10-12")
    minister = next(m for m in mentions_of(body, date="2009-10-12") if m.text.endswith("Kemal Aydin"))
    assert minister.country == "TUR", minister.resolution


def test_a_bare_role_meeting_her_counterpart_is_not_the_counterparts_state():
    body = ("Chile and Peru opened talks on the fishing zone. Peru's Foreign Ministry said the talks were useful. "
            "The foreign minister later met her Peruvian counterpart in Lima.")
    found = events_of(body, date="2009-10-12")
    assert not any(e[1] == "PER" and e[0] == "CONSULT" for e in found), found


def test_the_counterpart_itself_keeps_its_nationality():
    body = ("Turkey and Armenia signed two protocols on Saturday. Foreign Minister Kemal Aydin telephoned his "
            "Azerbaijani counterpart, Rauf Mammadov, on Sunday.")
    people = {m.text: m.country for m in mentions_of(body, date="2009-10-12")}
    assert people["Rauf Mammadov"] == "AZE"


def test_the_phrase_and_the_states_inside_it():
    assert OWN_COUNTERPART.search("telephoned his Azerbaijani counterpart, Y")
    assert OWN_COUNTERPART.search("met her Greek and Turkish counterparts")
    assert not OWN_COUNTERPART.search("the counterpart fund of Japan")
    text = "X met his Greek counterpart. Greece said"
    states = [StateRef(0, 11, "GRC", "demonym", "Greek"), StateRef(0, 29, "GRC", "country", "Greece")]
    assert counterpart_states(states, text, 0, 0) == {"GRC"}
    assert counterpart_states(states[1:], text, 0, 0) == frozenset()  # a state named outside the phrase
    assert counterpart_states(states, text, 0, 20) == frozenset()  # the phrase comes before the person
    assert unless_barred("GRC", frozenset({"GRC"})) is None and unless_barred("TUR", frozenset({"GRC"})) == "TUR"
