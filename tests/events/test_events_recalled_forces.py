"""A state's own boats, battalions or troops sent out or called back in an agentless passive were moved by that
state: they are the act's source, not its target (events/parties.moved_forces, wire20: "The two <State> police
boats sent to the islands last week were recalled" gave the recalled boats' state as the target of a doer-less
withdrawal). Released officers or crews are not moved forces: they were held by the other state
(events/released.py). Session 20 whoacts6; every sentence here is our own."""
from __future__ import annotations

from detente.actors import read_actors
from detente.events import code_events
from events_kit import parsed, summary

LEAD = "Papua New Guinea and the Solomon Islands traded protests over a shooting near the maritime border. "


def coded(text: str) -> set[tuple]:
    art, sentences = parsed(text, "body")
    cast = read_actors(art, sentences)
    return summary(code_events(art, sentences, cast.mentions, cast.named_states))


def test_recalled_boats_of_a_state_were_recalled_by_it():
    events = coded(LEAD + "The two Solomon Islands police boats sent to the islands last week were recalled to "
                          "Gizo on Monday.")
    retreats = {(s, t) for kind, s, t in events if kind == "RETREAT"}
    assert retreats and all(s == "SLB" and t != "SLB" for s, t in retreats)


def test_battalions_sent_in_a_passive_are_sent_by_their_state():
    events = coded(LEAD + "Two Papua New Guinea army battalions were sent to the border on Monday.")
    assert any(kind == "MOBILIZE" and s == "PNG" for kind, s, t in events)


def test_released_officers_are_not_moved_by_their_own_state():
    events = coded("Austria and the Czech Republic disputed the arrest of two Czech police officers near the "
                   "border. The two Czech police officers were released on Friday morning.")
    assert not any(s == "CZE" for kind, s, t in events if kind in ("RETREAT", "CONCEDE"))


def test_listed_object_reads_the_entry_requirement():
    from detente.events.parties import listed_object
    from detente.events.triggers import find_hits

    _, sentences = parsed("The two patrol boats were recalled to port on Monday.", "body")
    sentence = sentences[0]
    hits = [h for h in find_hits(sentence) if h.entry.event_type == "RETREAT"]
    assert hits and any(listed_object(h.entry, sentence, h.token) for h in hits)
