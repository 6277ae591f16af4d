"""Classes the blind development pages of session 20 (eval/wire22) showed in the actors stage, with our own
sentences: a pronoun subject of a clause coordinated with a reported clause is the reporter's; "the country" as
the subject of a reported clause is the reporter's state, not the place the reporter spoke in."""
from __future__ import annotations

from helpers import events_of, mentions_of


def test_it_in_a_second_reported_clause_is_the_reporter():
    events = events_of("The Foreign Ministry in Jakarta said on Friday that it had received Papua New Guinea's "
                       "diplomatic note and that it rejected the allegation.")
    assert any(kind == "REJECT" and source == "IDN" for kind, source, _ in events)
    assert not any(source == "PNG" for _, source, _ in events)


def test_it_after_another_subject_in_the_first_clause_keeps_that_subject():
    events = events_of("Kenya said Uganda had shelled the post and it would pay for the damage.")
    assert any(kind == "ASSAULT" and source == "UGA" for kind, source, _ in events)


def test_the_country_in_a_reported_clause_is_the_reporters_state():
    found = {m.text: m.country for m in mentions_of(
        "An Indonesian diplomat in Suva said the country appreciated the Forum's support.")}
    assert found["country"] == "IDN"
    events = events_of("An Indonesian diplomat in Suva said the country appreciated the Forum's support.")
    assert not any(source == "FJI" for _, source, _ in events)
