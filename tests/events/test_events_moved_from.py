"""Forces moved in an agentless passive out of one state's town were moved by that state, whoever reports it
(events/parties.moved_from; wire16: "The General Staff said an armoured battalion had been moved from <a
Turkish town> to the border" was given the page's main state, guessed for the General Staff). Our own sentences."""
from __future__ import annotations

from detente.actors import read_actors
from detente.events import code_events
from events_kit import parsed, summary


def mobilizations(text: str) -> set[tuple]:
    """(source, target) of the MOBILIZE events, with the actors stage's own cast (as the pipeline runs it:
    the page-side turns need the page's named states)."""
    art, sentences = parsed(text, "body")
    cast = read_actors(art, sentences)
    events = code_events(art, sentences, cast.mentions, cast.named_states)
    return {(s, g) for t, s, g in summary(events) if t == "MOBILIZE"}


PAGE = "Damascus, Monday. Syria protested to Turkey over the shelling of a Syrian village. "


def test_a_battalion_moved_from_a_town_of_the_other_state_is_that_states():
    got = mobilizations(PAGE + "The army spokesman said an armoured battalion had been moved from Mardin to the border.")
    assert got and all(source == "TUR" for source, _ in got), got


def test_the_reporters_state_does_not_win_over_the_town():
    got = mobilizations(PAGE + "The Syrian defence ministry said an armoured battalion had been moved from Mardin "
                        "to the border.")
    assert got and all(source == "TUR" for source, _ in got), got


def test_no_town_leaves_the_reporter_as_the_doer():
    got = mobilizations(PAGE + "The army spokesman said an armoured battalion had been moved from the capital to "
                        "the border.")
    assert all(source != "TUR" for source, _ in got), got


def test_a_named_mover_keeps_its_state():
    got = mobilizations(PAGE + "Syria moved an armoured battalion from Aleppo to the border.")
    assert got and all(source == "SYR" for source, _ in got), got


def test_forces_sent_from_a_town_under_another_trigger_are_that_towns_states():
    # wire17: "the police had been reinforced with launches sent from <town>" (the origin is on the nested 'sent')
    got = mobilizations("Cairo, Monday. Egypt protested to Sudan over the Sudanese boats fishing in the lake. The "
                        "Egyptian minister said the border guard had been reinforced with four patrol launches sent "
                        "from Port Sudan on Tuesday.")
    assert got and all(source == "SDN" for source, _ in got), got
