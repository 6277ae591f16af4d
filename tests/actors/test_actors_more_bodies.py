"""Regional bodies added in session 12 (precision2): their officers act for the body, not for the state
the page is about (wire10: a Caribbean Community officer's welcome was given the page's main state)."""
from __future__ import annotations

import pytest

from helpers import mentions_of


@pytest.mark.parametrize("text, name", [
    ("CARICOM leaders met in Kingston on Monday.", "CARICOM"),
    ("The Pacific Islands Forum urged both sides to talk.", "Pacific Islands Forum"),
    ("The East African Community sent observers.", "East African Community"),
    ("ECCAS called an extraordinary summit.", "ECCAS"),
    ("CELAC leaders met in Havana.", "CELAC"),
])
def test_a_regional_body_is_an_igo(text, name):
    found = [m for m in mentions_of(text) if name in m.text]
    assert found and all(m.country == "IGO" for m in found), found


@pytest.mark.parametrize("text, name", [
    ("Ghana asked the International Court of Justice to rule on the dispute.", "International Court of Justice"),
    ("Kenya went to the ICJ over the maritime boundary.", "ICJ"),
])
def test_the_world_court_is_a_un_organ(text, name):
    # session 21 (precision11): the ICJ is the UN's principal judicial organ; the golds code it UNO (wire9, sent-dev6)
    found = [m for m in mentions_of(text) if name in m.text]
    assert found and all(m.country == "UNO" for m in found), found
