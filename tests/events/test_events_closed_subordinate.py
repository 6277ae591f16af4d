"""A verb after ", and" joined by the parser to a closed "after"/"when" clause is the main clause's act
(events/nesting.split_conjunct)."""
from __future__ import annotations

from events_kit import code, summary


def test_a_verb_after_a_closed_after_clause_is_the_main_subjects():
    found = summary(code("Norway summoned the Chilean ambassador on Monday, a day after rockets wounded two "
                         "fishermen, and sent a frigate to the area near Chile."))
    assert ("MOBILIZE", "NOR", "CHL") in found, found


def test_without_the_comma_the_verb_stays_in_the_after_clause():
    found = summary(code("Norway protested after Chilean troops seized the island and burned two Norwegian huts."))
    assert not any(s == "NOR" for k, s, t in found if k == "ASSAULT"), found
