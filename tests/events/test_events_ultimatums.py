"""Threats without the word "threaten" (triggers.tsv, session 7): an ultimatum given as a span of time to
act, and retaliation announced as awaiting the other side; each on our own invented sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, expected", [
    ("Norway on Sunday gave the Finnish junta one week to cede power.", ("THREATEN", "NOR", "FIN")),
    ("Chile gave Peru 48 hours to withdraw its troops from the border.", ("THREATEN", "CHL", "PER")),
    ("Kenya gave Uganda three days to hand over the suspects, officials said.", ("THREATEN", "KEN", "UGA")),
])
def test_a_span_of_time_to_act_is_an_ultimatum(text, expected):
    assert expected in summary(code(text))


def test_an_envoy_given_hours_to_leave_is_still_expelled():
    found = summary(code("Chile gave the Peruvian ambassador 72 hours to leave the country."))
    assert ("SANCTION", "CHL", "PER") in found and not any(t == "THREATEN" for t, _, _ in found)


@pytest.mark.parametrize("text", [
    "Chile gave Peru weapons last week to defend the border.",  # a time word without a count: no deadline
    "Norway gave Finland two billion crowns to rebuild the bridge.",  # no span of time at all
])
def test_no_ultimatum_without_a_counted_span(text):
    assert not any(e.event_type == "THREATEN" for e in code(text))


@pytest.mark.parametrize("text, expected", [
    ("Finland's president responded on Friday, declaring that a harsh revenge awaits Norway.", ("THREATEN", "FIN", "NOR")),
    ("The Chilean leader said severe retaliation awaits Peru.", ("THREATEN", "CHL", "PER")),
])
def test_retaliation_said_to_await_the_other_side_is_a_threat(text, expected):
    assert expected in summary(code(text))


def test_a_past_revenge_told_is_no_threat():
    assert not any(e.event_type == "THREATEN" for e in code("The Chilean leader said the raid was revenge for an earlier attack."))


def test_the_prefilter_keeps_an_ultimatum_and_skips_a_bare_span():
    from detente.events.prefilter import mentions_trigger
    assert mentions_trigger("Norway gave Finland one week to withdraw its troops.")
    assert not mentions_trigger("Officials gave the committee two weeks.")
