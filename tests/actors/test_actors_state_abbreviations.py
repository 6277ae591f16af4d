"""Press abbreviations of state names (countries.tsv: "PNG", "BiH", "St Vincent"). A class from the blind pages of
session 20 (eval/wire22: "the sixty PNG soldiers"); every sentence is our own."""
from __future__ import annotations

from helpers import events_of, mentions_of


def test_png_names_papua_new_guinea():
    assert ("PNG", "PNG") in {(m.text, m.country) for m in mentions_of("PNG recalled its ambassador from Jakarta.")}
    events = events_of("The sixty PNG soldiers sent to the border were withdrawn on Monday.")
    assert any(kind == "RETREAT" and source == "PNG" for kind, source, _ in events)


def test_bih_and_st_vincent_name_their_states():
    found = {m.text: m.country for m in mentions_of("BiH summoned the Serbian ambassador.")}
    assert found["BiH"] == "BIH"
    found = {m.text: m.country for m in mentions_of("St Vincent protested to Venezuela.")}
    assert found["St Vincent"] == "VCT"


def test_lower_case_png_is_no_state():
    assert not any(m.country == "PNG" for m in mentions_of("The rebels posted a png file of the map."))

