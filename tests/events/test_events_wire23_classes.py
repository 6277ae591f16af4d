"""Classes the blind development pages of session 21 (eval/wire23) showed in the events stage, told with our own
sentences: a passive without its 'were' after "after" in a headline, or a participle the parser made the verb of
a clause whose real verb is finite with an object of its own, tells what its subject suffered, not what it did."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


def test_a_headline_passive_after_after_is_suffered():
    events = events_of("Tallinn recalls envoy after three Estonian customs officers detained near Narva",
                       title="")
    assert not any(kind == "COERCE" and source == "EST" for kind, source, _ in events)


def test_a_participle_before_a_finite_verb_is_suffered():
    events = events_of("The three Estonian customs officers detained near Narva on Monday crossed the line by "
                       "mistake, the Russian border service said on Tuesday.")
    assert not any(kind == "COERCE" and source == "EST" for kind, source, _ in events)


def test_an_active_detention_keeps_its_doer():
    events = events_of("Russian border guards detained three Estonian customs officers near Narva on Monday.")
    assert ("COERCE", "RUS", "EST") in events
    events = events_of("Tallinn recalls envoy after Russia detained three Estonian customs officers")
    assert ("COERCE", "RUS", "EST") in events


def test_a_note_delivered_in_a_relative_clause_is_no_aid():
    events = events_of("The ministry in Tallinn said it had rejected the protest note that Russia delivered to the "
                       "Estonian charge d'affaires in Moscow on Monday.")
    assert not any(kind == "AID" for kind, _, _ in events)
    assert any(kind == "REJECT" and source == "EST" for kind, source, _ in events)
