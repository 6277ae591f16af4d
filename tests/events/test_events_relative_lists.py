"""A list that goes on after a relative clause (events/relative_lists.py): "the ministers of X, which mediated the
talks, Y and Z" puts Y and Z beside X, not among what X mediated.

Every sentence here is written for these tests."""
from __future__ import annotations

from events_kit import code, summary


def test_list_mates_after_a_relative_clause_are_no_targets():
    coded = summary(code("Chile and Peru signed the accord in Lima before the foreign ministers of Norway, "
                         "which mediated the talks, Kenya and Ghana."))
    assert ("CONSULT", "NOR", "KEN") not in coded and ("CONSULT", "NOR", "GHA") not in coded, coded
    assert {("CONSULT", "NOR", "CHL"), ("CONSULT", "NOR", "PER")} <= coded, coded


def test_the_list_goes_on_after_a_prepositional_object_too():
    coded = summary(code("Chile and Peru signed the accord before Norway, which mediated talks on the border, "
                         "Kenya and Ghana."))
    assert not {("CONSULT", "NOR", "KEN"), ("CONSULT", "NOR", "GHA")} & coded, coded


def test_states_listed_inside_the_clause_stay_its_objects():
    coded = summary(code("Norway, which hosted Kenya, Uganda and Ghana, called for calm."))
    assert {("CONSULT", "NOR", "KEN"), ("CONSULT", "NOR", "UGA"), ("CONSULT", "NOR", "GHA")} <= coded, coded
