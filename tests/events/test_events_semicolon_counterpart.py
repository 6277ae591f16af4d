"""A main clause across a semicolon does not block the story's counterpart (events/semicolon.py
_other_main_clause): "An Eritrean official said its fate would be settled by the commission; Djibouti has asked for
it back" (eval/wire31). Our own pages, built by tests/actors/helpers.py."""
from __future__ import annotations

from tests.actors.helpers import events_of


def test_other_main_clause_across_a_semicolon_does_not_block_the_act():
    """"A Somali official said ...; Kenya has asked for it back": the Somali official says something else, and the
    request is aimed at the story's other side (a page with no mediator: the semicolon rule alone)."""
    text = ("Somali forces seized a Kenyan fishing vessel off Kiunga last month. Kenya protested to Somalia. Somalia "
            "said the boat was fishing illegally. A Somali official said its fate would be settled by the commission; "
            "Kenya has asked for it back.")
    assert ("REQUEST", "KEN", "SOM") in events_of(text, "Fishing boat dispute")


def test_reaction_across_a_semicolon_keeps_the_clause_it_answers():
    """"Somali gunboats fired on the vessel; Kenya protested": the protest answers the firing (wire9's class)."""
    text = ("Somali forces seized a Kenyan fishing vessel off Kiunga last month. Kenya protested to Somalia. Ethiopia "
            "offered to help. Ethiopian officials said the matter should be settled by a court; Kenya protested "
            "again.")
    assert ("PROTEST", "KEN", "ETH") not in events_of(text, "Fishing boat dispute")
