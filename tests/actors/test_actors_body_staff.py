"""A role "at" an international body is the body's own staff; a state's envoys there are the state's."""
from __future__ import annotations

from helpers import mentions_of


def _first(body: str, word: str):
    return next(m for m in mentions_of(body) if m.text.lower().startswith(word))


def test_prosecutors_at_a_court_act_for_the_court():
    found = _first("Prosecutors at the International Criminal Court opened an inquiry into Peru's police.",
                   "prosecutors")
    assert found.country == "IGO"


def test_officials_at_an_agency_act_for_the_agency():
    found = _first("Officials at the IAEA accused Chile of hiding a reactor.", "officials")
    assert found.country == "IGO"


def test_an_ambassador_at_the_un_is_not_the_uns():
    found = _first("Peru's ambassador at the United Nations accused Chile of piracy.", "peru's ambassador")
    assert found.country == "PER"
    found = _first("Diplomats at the United Nations said Chile would veto the plan.", "diplomats")
    assert found.country not in ("UNO", "IGO")


# Session 17 (envoys): a person set off by a body's role acts for the body (wire15: a former minister of one state
# sent as a regional body's envoy was read as that state); a state's own envoy to a body stays the state's.
def test_a_former_minister_set_off_as_a_bodys_envoy_acts_for_the_body():
    text = ("Former Peruvian foreign minister Ana Quispe, the OAS envoy, arrived in Quito on Monday. "
            "Quispe met the Ecuadorian president.")
    found = _first(text, "peruvian foreign minister")
    assert found.country == "IGO"
    later = next(m for m in mentions_of(text) if m.text == "Quispe")
    assert later.country == "IGO"


def test_a_state_role_set_off_after_a_name_keeps_the_state():
    text = "Peruvian diplomat Ana Quispe, the Peruvian envoy, arrived in Quito on Monday. Quispe met the president."
    assert _first(text, "peruvian diplomat").country == "PER"
    assert _first("Peru's envoy to the OAS met the Ecuadorian president.", "peru's envoy").country == "PER"


def test_the_arab_maghreb_union_is_a_body():
    assert _first("The Arab Maghreb Union called for calm.", "arab maghreb union").country == "IGO"
