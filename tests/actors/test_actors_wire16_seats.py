"""Foreign ministries named by their own names or buildings, with no state in the sentence (seats.tsv rows added in
session 18; wire16: "The Federal Political Department called in France's ambassador" had no actor). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers import mentions_of

NEW_SEATS = [("Federal Department of Foreign Affairs", "CHE"), ("Federal Political Department", "CHE"),
             ("Auswärtiges Amt", "DEU"), ("Ballhausplatz", "AUT"), ("Czernin Palace", "CZE"),
             ("Smolenskaya Square", "RUS"), ("Kasumigaseki", "JPN"), ("Moncloa", "ESP"), ("Palazzo Chigi", "ITA")]


@pytest.mark.parametrize("seat,code", NEW_SEATS)
def test_a_foreign_ministry_named_alone_is_its_states_organ(seat, code):
    mentions = mentions_of(f"The {seat} protested on Monday against the arrest of two Nigerian sailors.")
    assert [m.country for m in mentions if m.text.endswith(seat)] == [code], [(m.text, m.country) for m in mentions]
