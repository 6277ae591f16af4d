"""Event locations (events/locations.py): place phrases on the trigger, on the nouns it acts on, inside a
phrase, and the page's dateline; and the places that must not be taken. Sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
from events_kit import code


def placed(text: str, event_type: str) -> tuple[str | None, str | None, str | None]:
    """(location text, its country, precision) of the one event of `event_type` in `text`."""
    found = [e for e in code(text) if e.event_type == event_type]
    assert found, f"no {event_type} coded in {text!r}"
    loc = found[0].location
    return (loc.text, loc.country, loc.geo_precision) if loc else (None, None, None)


@pytest.mark.parametrize("text,event_type,where", [
    # a place on the trigger's object that is posted there (cues.tsv posted)
    ("Peru's foreign ministry summoned the Chilean ambassador in Lima on Monday.", "ACCUSE", ("Lima", "PER", "city")),
    ("Chile expelled a Peruvian diplomat of the embassy in Santiago on Monday.", "SANCTION",
     ("Santiago", "CHL", "city")),
    ("Kenya reopened the border crossings at Mombasa to Ugandan traders on Monday.", "CONCEDE",
     ("Mombasa", "KEN", "city")),
    # a participle or an 'of' phrase of a noun trigger
    ("The agreement, signed in Nairobi on Tuesday by Kenya and Uganda, cuts tariffs on maize.", "AGREE",
     ("Nairobi", "KEN", "city")),
    ("Kenya and Uganda ended a meeting of their joint trade commission in Kisumu on Friday.", "CONSULT",
     ("Kisumu", "KEN", "city")),
    # a place inside the phrase: a region of a named country, a sea beyond a feature, a town of a people
    ("Chilean troops shelled a village in Peru's southern Tacna region on Monday.", "ASSAULT",
     ("Tacna region", "PER", "region")),
    ("Peruvian boats fired on a Chilean patrol vessel near a reef in the Pacific Ocean.", "ASSAULT",
     ("the Pacific Ocean", None, None)),
    ("Chile and Peru will hold talks in the Chilean town of Arica next week.", "CONSULT", ("Arica", "CHL", "city")),
])
def test_places_the_event(text, event_type, where):
    assert placed(text, event_type) == where


@pytest.mark.parametrize("text,event_type", [
    ("Norway condemned the attack in Lima on Monday.", "ACCUSE"),  # the attack's place, not the condemnation's
    ("NATO convened a meeting at the request of Norway.", "CONSULT"),  # a requester is no place
    ("Chile said Peruvian soldiers had attacked Chilean diplomats in Lima.", "ACCUSE"),  # the charge is made in Chile
])
def test_places_that_are_not_the_events(text, event_type):
    assert placed(text, event_type) == (None, None, None)


def test_a_located_act_keeps_its_place_beside_the_charge_about_it():
    events = code("Chile said Peruvian soldiers had attacked Chilean diplomats in Lima.")
    assert {(e.event_type, e.location.text if e.location else None) for e in events} == {("ASSAULT", "Lima"),
                                                                                          ("ACCUSE", None)}


@pytest.mark.parametrize("text,event_type,where", [
    ("LIMA — Peru rejected Chile's proposal on Monday, the foreign ministry said.", "REJECT", "Lima"),
    ("LIMA — Chile rejected Peru's proposal on Monday, the foreign ministry said.", "REJECT", None),  # not its state
    ("LIMA — Peru sent 500 troops to its border with Chile on Monday.", "MOBILIZE", None),  # an act on the ground
    ("LIMA — Peru rejected a proposal that Chile made in Santiago on Monday.", "REJECT", None),  # placed elsewhere
    ("Peru rejected Chile's proposal on Monday.", "REJECT", None),  # no dateline
    # newcomer s16: an act on the border is done there; a charge or a threat about it is made in the capital
    ("LIMA — Peru closed its border with Chile on Monday, the interior ministry said.", "SANCTION", None),
    ("LIMA — Peru accused Chile of shelling its border posts on Monday.", "ACCUSE", "Lima"),
    ("LIMA — Peru threatened to close its border with Chile.", "THREATEN", "Lima"),
    ("LIMA — Peru announced the closure of its frontier with Chile on Monday.", "SANCTION", None),
    ("LIMA — Peruvian troops fired on Chilean positions along the border on Monday.", "ASSAULT", None),
])
def test_a_dateline_places_only_its_own_states_words(text, event_type, where):
    assert placed(text, event_type)[0] == where


@pytest.mark.parametrize("word", sorted(cue_words("posted")))
def test_every_posted_noun_places_an_act_on_it(word):
    text = f"Chile expelled the Peruvian {word} in Lima on Monday."
    assert placed(text, "SANCTION")[:2] == ("Lima", "PER"), word


@pytest.mark.parametrize("word", sorted(cue_words("placenoun")))
def test_every_kind_of_place_is_read_through(word):
    text = f"Chile and Peru will hold talks in the {word} of Tacna next week."
    assert placed(text, "CONSULT")[0] == "Tacna", word


@pytest.mark.parametrize("word", sorted(cue_words("site")))
def test_a_dateline_does_not_place_an_act_on_a_site(word):
    assert placed(f"LIMA — Peru shut the {word} to Chilean lorries on Monday.", "SANCTION")[0] is None, word
    assert placed("LIMA — Peru closed the consulate to Chilean visitors on Monday.", "SANCTION")[0] == "Lima"
