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
