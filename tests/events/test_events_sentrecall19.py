"""Session 33 sentence-level classes (sentrecall19), found on eval/sent-dev20 (written blind) in wordings of general
news English: people "handed over" in exchange for others are a swap, both sides coded (events/swaps.py); an extradition or
hand-over refused with "will not" is a refusal (REJECT, events/intent.py); "X will face consequences if it ...,
Y said" is Y's warning to X (events/warned_subjects.py); an envoy "was recalled from" a capital with no doer named
is his own state's recall (events/recalled_envoys.py); election observers arriving in a state (COOPERATE), visas
scrapped or abolished for another state's people (CONCEDE), lending frozen (SANCTION): triggers.tsv block "Session 33
(sentrecall19)". Our own sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, coded_pages, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Ghana handed over three Togolese soldiers in exchange for two Ghanaian servicemen.", ("CONCEDE", "TGO", "GHA")),
    ("Peru will not extradite the former Chilean general, its justice minister said.", ("REJECT", "PER", "CHL")),
    ("Kenya will not hand over the Ugandan fugitive to Kampala.", ("REJECT", "KEN", "UGA")),
    ("Ghanaian election observers arrived in Togo ahead of the presidential vote.", ("COOPERATE", "GHA", "TGO")),
    ("Kenya scrapped visas for Ugandan students.", ("CONCEDE", "KEN", "UGA")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a concession other than a hand-over "in exchange for" people has no mirror
    ("Kenya lifted its ban on Ugandan sugar in exchange for the release of two Kenyan traders.", ("UGA", "KEN")),
    # an extradition that did not happen, told in the past, is no refusal
    ("Peru did not extradite the Chilean general last year.", "REJECT"),
    # a state's own envoy recalled with his doer named keeps the doer
    ("Kenya recalled Uganda's ambassador.", "CONCEDE"),
    # inspectors arriving are no election observers
    ("Kenyan weapons inspectors arrived in Uganda on Monday.", "COOPERATE"),
])
def test_sentence_near_misses(sentence, absent):
    found = summary(code(sentence))
    if isinstance(absent, tuple):
        assert not any((s, g) == absent and t in ("CONCEDE", "RETREAT") for t, s, g in found), found
    else:
        assert absent not in {t for t, _, _ in found}, found


def test_warned_states_own_minister_is_no_threat():
    # hardship a state may face, told by its own minister, names no other state
    found = summary(code("Uganda could face consequences if it closes the border, its minister said."))
    assert not any(t == "THREATEN" and s and s != "UGA" for t, s, _ in found), found


def test_passive_recall_and_frozen_lending_through_the_actors_stage():
    # the envoy's state and the body are resolved by the real actors stage
    recalled = "The Kenyan ambassador was recalled from Kampala for consultations."
    frozen = "The IMF froze new lending to Ghana."
    kept = "Kenya recalled its ambassador from Uganda."
    found = coded_pages([recalled, frozen, kept])
    assert ("SANCTION", "KEN", "UGA") in found[recalled], found[recalled]
    assert ("SANCTION", "IGO", "GHA") in found[frozen], found[frozen]
    assert ("SANCTION", "KEN", "UGA") in found[kept], found[kept]


def test_warning_told_from_the_warned_side_through_the_actors_stage():
    # "it" in the condition is the warned state itself (the real coreference reads it so): the sayer warns
    warned = "Uganda will face consequences if it closes the border again, Kenya's foreign minister said."
    assert ("THREATEN", "KEN", "UGA") in coded_pages([warned])[warned]
