"""A coalition's joint act on an outside state is no agreement among its members (events/coalition.py; wire38)."""
from __future__ import annotations

import pytest

from detente.events.coalition import COALITION_SIZE, bloc_acts_on_outsider
from detente.records import Actor
from events_kit import code, summary


def _agree_among(found: set[tuple], members: set[str]) -> set[tuple]:
    return {f for f in found if f[0] == "AGREE" and {f[1], f[2]} <= members}


@pytest.mark.parametrize("text", [
    "Chile, Peru and Bolivia agreed to give Norway 48 more hours.",
    "Chile, Peru, Bolivia and Denmark agreed to give Kenya two more weeks to reply.",
    "Chile, Peru and Bolivia agreed on Monday to ask Norway for a meeting of the fisheries council.",
])
def test_three_or_more_states_acting_on_a_fourth_do_not_agree_with_each_other(text):
    found = summary(code(text))
    assert not _agree_among(found, {"CHL", "PER", "BOL", "DNK"}), found


def test_two_parties_acting_on_a_third_still_agree_with_each_other():
    found = summary(code("Chile and Peru agreed to give Norway 48 more hours."))
    assert _agree_among(found, {"CHL", "PER"}), found


def test_a_bloc_agreeing_on_an_act_of_its_own_still_agrees():
    found = summary(code("Chile, Peru and Bolivia agreed to set up a joint commission on the border."))
    assert _agree_among(found, {"CHL", "PER", "BOL"}), found


def test_the_outsider_must_be_a_state_not_a_body():
    own = {"CHL", "PER", "BOL"}
    assert COALITION_SIZE == 3
    assert bloc_acts_on_outsider(own, [Actor("Norway", "NOR", "GOV")])
    assert not bloc_acts_on_outsider(own, [Actor("the UN", "UNO", "IGO")])
    assert not bloc_acts_on_outsider(own, [Actor("Peru", "PER", "GOV")])
    assert not bloc_acts_on_outsider({"CHL", "PER"}, [Actor("Norway", "NOR", "GOV")])
