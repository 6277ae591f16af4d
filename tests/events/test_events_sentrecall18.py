"""Session 32 sentence-level classes (sentrecall18), found on eval/sent-dev19 (written blind) in wordings of general
news English: election observers sent or monitoring another state's vote (COOPERATE); police or troops arriving in
a named place (MOBILIZE, as the land row); taking part, participating, joining or extending a waiver refused with
"will not" (REJECT by the refusal reading); changing a constitution or law refused (REJECT); visa-free entry
introduced for another state's people (CONCEDE); a foreign ship ordered to
leave (REQUEST); a state given vessels (AID, as the other equipment of the provide-with row); a deployment a state
plans (MOBILIZE pending, as one it says it will make); a headline's envoy "summoned in <capital>" (the capital's
state summons, events/roles.py passive-place); a verbless headline's parties "in talks" (CONSULT,
events/verbless_talks.py); a foreign media bureau closed (SANCTION); a headline series "X expels ..., accuses Y of ..." (both acts, events/headline_series.py); exports or links cut by drought or floods, and drugs seized by the kilogram, are no
interstate act. Our own sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya will send observers to Uganda's presidential election.", ("COOPERATE", "KEN", "UGA")),
    ("Kenyan observers will monitor Uganda's parliamentary elections.", ("COOPERATE", "KEN", "UGA")),
    ("Ghanaian police officers arrived in Lomé on Sunday to join a regional security mission.",
     ("MOBILIZE", "GHA", "TGO")),
    ("Chile will not take part in the naval exercises with Peru, its navy said.", ("REJECT", "CHL")),
    ("Ghana will not participate in the drills with Togo.", ("REJECT", "GHA")),
    ("Kenya will not join the regional payment system, its central bank said.", ("REJECT", "KEN")),
    ("Peru will not extend the fishing waiver for Chilean boats beyond June.", ("REJECT", "PER")),
    ("Ghana will not change its constitution under pressure from Togo.", ("REJECT", "GHA")),
    ("Kenya introduced visa-free entry for Ugandan citizens.", ("CONCEDE", "KEN", "UGA")),
    ("Ghana ordered a Togolese fishing vessel to leave its waters.", ("REQUEST", "GHA", "TGO")),
    ("Norway provided Ghana with two patrol vessels last year.", ("AID", "NOR", "GHA")),
    ("Kenya plans to deploy troops to Uganda next year.", ("MOBILIZE", "KEN", "UGA")),
    ("Chilean ambassador summoned in Lima over border remarks", ("ACCUSE", "PER", "CHL")),
    ("Kenya closed the bureau of Uganda's state broadcaster.", ("SANCTION", "KEN", "UGA")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # inspectors sent stay an inquiry, no cooperation row
    ("Kenya sent inspectors to Uganda's border posts.", "COOPERATE"),
    # aid workers arriving are no deployment
    ("Kenyan aid workers arrived in Kampala on Tuesday.", "MOBILIZE"),
    # a deployment of peacekeepers arriving stays the peacekeeping aid of the deployment noun
    ("The first deployment of Kenyan peacekeeping troops arrived in Uganda.", "MOBILIZE"),
    # taking part told in the past, with no refusal, is no REJECT
    ("Chile did not take part in the exercises last year.", "REJECT"),
    # a state's own warships ordered home are no demand on another
    ("Ghana ordered its warships to leave the port of Lomé.", "REQUEST"),
    # exports or links cut by the weather are no state's embargo
    ("Drought has cut Kenya's maize exports to Uganda by half, traders said.", "SANCTION"),
    ("Floods cut the rail link between Kenya and Uganda.", "SANCTION"),
    # a drug haul counted by weight is police work, no coercion of a state
    ("Kenyan police seized 300 kilograms of heroin near the Ugandan border.", "COERCE"),
    # a deployment warned of on a condition stays a threat, not a planned deployment
    ("Kenya warned it would deploy troops to the border if Uganda moved its artillery.", "MOBILIZE"),
])
def test_sentence_near_misses(sentence, absent):
    assert absent not in {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("headline", [
    "Kenya, Uganda in talks over fishing rights",
    "Kenya and Uganda in talks on rail link",
    "Kenya in talks with Uganda on rail link",
])
def test_verbless_headline_parties_in_talks(headline):
    found = summary(code(headline, "title"))
    assert any(t == "CONSULT" and {s, g} == {"KEN", "UGA"} for t, s, g in found), found


def test_talks_with_a_verb_keep_their_subject():
    # a headline with its verb names the parties through the verb, as before
    found = summary(code("Kenya holds talks with Uganda on rail link", "title"))
    assert any(t == "CONSULT" and (s, g) == ("KEN", "UGA") for t, s, g in found), found


def test_a_summoned_envoy_of_the_capital_state_is_no_summoner():
    # the capital named is the envoy's own: no place gives a summoner other than the envoy's state
    found = summary(code("Kenyan ambassador summoned in Nairobi over remarks", "title"))
    assert ("ACCUSE", "KEN", "KEN") not in found, found


def test_a_headline_series_keeps_both_acts_of_one_doer():
    # the second verb has no subject: the first clause is a main clause of its own, not its report
    found = summary(code("Chile expels two Peruvian diplomats, accuses Lima of sheltering rebel commanders", "title"))
    assert {("SANCTION", "CHL", "PER"), ("ACCUSE", "CHL", "PER")} <= found, found


def test_a_reported_clause_with_its_sayer_stays_one_act():
    # "minister says" has its own subject: a report of the expulsion, no second act
    found = summary(code("Kenya expels two Ugandan diplomats, minister says", "title"))
    assert found == {("SANCTION", "KEN", "UGA")}, found


def test_a_detained_participle_names_no_jailer_by_its_place():
    # only a summons is read from a bare participle's place; "fishermen detained in X" keeps the parser's reading
    found = summary(code("Kenyan fishermen detained in Uganda were freed on Monday."))
    assert ("COERCE", "UGA", "KEN") not in found, found
