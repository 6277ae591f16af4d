"""Session 18 (speech7): a state saying that another's boats or troops were in its waters or territory charges
it with trespass; its own boats, a denial, a hedge or a return home charge nobody."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, pair", [
    ("Kenyan officials have said the Ugandan boats were fishing in Kenyan waters without licences.",
     ("ACCUSE", "KEN", "UGA")),
    ("Norway said the Finnish boat had been found three hundred metres inside Norwegian waters with nets on board.",
     ("ACCUSE", "NOR", "FIN")),
    ("Kenya said Ugandan troops were inside Kenyan territory.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya said the Ugandan men's pirogue had been well inside Kenyan waters.", ("ACCUSE", "KEN", "UGA")),
])
def test_a_state_saying_another_was_in_its_waters_accuses_it(text, pair):
    assert pair in summary(code(text))


@pytest.mark.parametrize("text", [
    "Kenya said its boats were fishing in Kenyan waters.",  # the speaker's own boats
    "Kenya said the Ugandan boats were not in Kenyan waters.",  # a denial
    "Kenya said the Ugandan boats may have been in Kenyan waters.",  # a hedge
    "Kenya said the freed fishermen were back in Kenyan waters.",  # a return home
    "Kenya said the Ugandan boats were fishing in the lake.",  # a place of nobody's named
    "Kenya said the Ugandan boats were in Ugandan waters.",  # at home
    "Kenya said the kidnapped tourists were still in Kenyan territory.",  # nobody's trespass
])
def test_no_charge_of_trespass(text):
    assert not any(e.event_type == "ACCUSE" for e in code(text))


def test_an_act_told_in_the_clause_stays_its_own_event():
    # the seizure is the act told; a charge of trespass over the clause would absorb it
    events = summary(code("Kenya said the Ugandan boats were in Kenyan waters when Kenyan police seized them."))
    assert any(kind == "COERCE" for kind, _, _ in events)


def test_an_unnamed_trespasser_is_the_story_counterpart_candidate():
    # "the boats" name no state: the charge keeps the speaker and waits for the page's other state
    events = code("Kenyan officials have said the boats were fishing in Kenyan waters without licences.")
    assert [(e.event_type, e.source.country) for e in events] == [("ACCUSE", "KEN")]
