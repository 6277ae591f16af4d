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
