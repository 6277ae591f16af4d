"""Classes the blind development pages of session 21 (eval/wire24) showed in the events stage, told with our own
sentences: a coordinated passive clause with a subject of its own does not borrow the doer of the clause before it;
a journey's starting point is not the visit's target; a condition the parser hung on a participle of the object
still conditions the verb; a request joined to the copula of a reported clause is the reporter's own act; a quarrel
raised at the United Nations on a condition is a threat (wire22)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


def test_a_passive_conjunct_does_not_borrow_the_first_clauses_doer():
    events = events_of("The Samoan boats left the harbour at dawn, and the Tongan patrol vessel was recalled to "
                       "Nuku'alofa.")
    assert not any(kind == "RETREAT" and source == "WSM" for kind, source, _ in events)
    assert any(kind == "RETREAT" and source == "TON" for kind, source, _ in events)


def test_a_journeys_starting_point_is_not_the_visits_target():
    events = events_of("A Japanese envoy travelled from Manila to Hanoi for talks with Vietnamese officials.")
    assert ("CONSULT", "JPN", "VNM") in events
    assert ("CONSULT", "JPN", "PHL") not in events


def test_a_condition_hung_on_the_objects_participle_makes_a_threat():
    events = events_of("Malawi would suspend the lake agreement signed in 2012 unless the two officers were freed "
                       "by Monday, the minister said.")
    assert any(kind == "THREATEN" and source == "MWI" for kind, source, _ in events)


def test_a_request_joined_to_a_reported_copula_is_the_reporters():
    events = events_of("Laos said the detention was unlawful and demanded the release of the surveyors by Cambodia.")
    assert ("REQUEST", "LAO", "KHM") in events


def test_a_quarrel_raised_at_the_united_nations_on_a_condition_is_a_threat():
    events = events_of("Mr Phiri said that if the two surveyors were not returned by Friday, Zambia would raise the "
                       "matter at the United Nations.")
    assert any(kind == "THREATEN" and source == "ZMB" for kind, source, _ in events)
    events = events_of("Zambia would take the dispute to the United Nations unless the surveyors were freed.")
    assert any(kind == "THREATEN" and source == "ZMB" for kind, source, _ in events)


def test_the_united_nations_asked_for_help_is_no_venue():
    events = events_of("Zambia asked the United Nations to send observers to the border.")
    assert not any(kind in ("THREATEN", "ACCUSE") for kind, _, _ in events)
