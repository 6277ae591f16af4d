"""Classes of eval/wire28 (session 22): a capital's paper prints its dateline at the head of its first paragraph
("LOME – The Ministry ...") and names its own state, not its capital, as the headline's subject; its foreign
minister, named with his title and no country, is that state's (actors/home_voice.dateline_capital_state).
Our own text."""
from __future__ import annotations

from helpers import events_of_parts

LEAD = ("LOME – The Ministry of Foreign Affairs on Tuesday called in the ambassador of Benin over the "
        "detention of two Togolese customs officers by Beninese gendarmes near Hilla-Condji.")
BODY = ("Beninese gendarmes stopped the two officers on Sunday, Beninese radio said. Benin's interior ministry "
        "said the officers had entered Benin without papers, and Benin's army said Benin would keep them until "
        "Benin's courts had heard the case. Foreign Minister Kodjo Amewuame Sessi received Ambassador Codjo "
        "Houngbedji in the afternoon. Sessi demanded the immediate release of the two men.")


def _events(title: str, lead: str = LEAD) -> set[tuple]:
    return events_of_parts([(title, "title"), (lead, "body"), (BODY, "body")], "2015-04-14")


def test_a_headline_led_by_the_datelines_state_gives_its_minister_that_state():
    found = _events("Togo summons Beninese envoy over detained customs officers")
    assert ("REQUEST", "TGO", "BEN") in found
    assert not any(kind == "REQUEST" and source == "BEN" for kind, source, _ in found)


def test_a_headline_led_by_the_other_state_says_nothing():
    found = _events("Benin holds two Togolese customs officers")
    assert ("REQUEST", "TGO", "BEN") not in found


def test_a_lead_without_an_upper_case_dateline_says_nothing():
    found = _events("Togo summons Beninese envoy over detained customs officers", LEAD.replace("LOME – ", ""))
    assert ("REQUEST", "TGO", "BEN") not in found


def test_a_headline_led_by_a_pair_of_states_says_nothing():
    found = _events("Togo, Benin trade charges over detained customs officers")
    assert ("REQUEST", "TGO", "BEN") not in found


def test_a_headline_led_by_a_hyphenated_pair_says_nothing():
    # a wire bulletin's slug "TOGO-BENIN:" names both states (eval/dates-dev: the home-state reading gave the
    # other state's president to the dateline's state)
    assert ("REQUEST", "TGO", "BEN") not in _events("TOGO-BENIN: ENVOY CALLED IN OVER DETAINED CUSTOMS OFFICERS")
    assert ("REQUEST", "TGO", "BEN") not in _events("Togo/Benin: envoy called in over detained customs officers")
