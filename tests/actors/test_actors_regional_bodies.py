"""A regional body's members named by region ("West African leaders") and word-like acronyms ("Nato")."""
from __future__ import annotations

from helpers import mentions_of
from detente.actors.short_names import region_words, short_nouns


def _find(body: str, text: str):
    return next((m for m in mentions_of(body) if m.text == text), None)


def test_every_region_belongs_to_a_listed_body():
    assert region_words() and set(region_words().values()) <= set(short_nouns())


def test_region_leaders_are_the_body_named_later_in_the_document():
    body = ("West African leaders on Monday gave the junta in Benin a week to step down. The Economic "
            "Community of West African States said it would meet again in Accra.")
    found = _find(body, "West African leaders")
    assert found is not None and found.country == "IGO" and found.entity == "ECOWAS"


def test_region_words_without_the_body_in_the_document_stay_unresolved():
    body = "West African leaders on Monday gave the junta in Benin a week to step down."
    assert _find(body, "West African leaders") is None


def test_the_longer_region_wins_and_a_counted_group_is_not_the_body():
    body = ("The African Union and ECOWAS both met on Monday. Southern African leaders stayed away, and "
            "the two West African nations traded blame.")
    assert _find(body, "West African nations") is None and _find(body, "African nations") is None


def test_the_regional_bloc_refers_back_to_a_regional_body():
    body = "ASEAN foreign ministers met in Jakarta. The regional bloc said it would send an envoy."
    found = next(m for m in mentions_of(body) if m.text.lower().endswith("regional bloc"))
    assert found.country == "IGO" and found.entity == "ASEAN"


def test_word_like_acronyms_in_initial_capitals():
    body = "Nato will hold an emergency session, and Ecowas leaders will meet in Abuja."
    assert _find(body, "Nato").country == "NATO"
    leaders = _find(body, "Ecowas leaders")
    assert leaders is not None and leaders.country == "IGO" and leaders.entity == "ECOWAS"
