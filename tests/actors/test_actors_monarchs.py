"""Reigning monarchs are heads of state: "King Harald", "Emperor Akihito" (data/leaders.tsv)."""
from __future__ import annotations

import pytest

from helpers import mentions_of


@pytest.mark.parametrize("body,date,code", [
    ("King Harald received the Danish envoy in Oslo on Monday.", "2012-03-04", "NOR"),
    ("Emperor Akihito expressed deep remorse over the war during a visit to Beijing.", "1992-10-23", "JPN"),
    ("King Felipe urged the Moroccan delegation to resume the talks.", "2019-02-13", "ESP"),
])
def test_a_reigning_monarch_by_title_and_name_is_the_head_of_state(body, date, code):
    # sent-dev: a king named by title and given name alone had no state (monarchs were missing from leaders.tsv)
    found = [m for m in mentions_of(body, date=date) if m.kind == "person"]
    assert found and found[0].country == code and found[0].sector == "GOV", found
