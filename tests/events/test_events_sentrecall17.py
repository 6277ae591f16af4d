"""Session 31 sentence-level classes (sentrecall17), found on eval/sent-dev18 (written blind) in wordings of general
news English: visa requirements or sanctions reimposed and visa requirements imposed (SANCTION); a yielding, a
readmission or help to a named state refused with "will not" ("will not give up", "would not take back", "will not
help X"; REJECT by the refusal reading); a walkout with no talks named (PROTEST); aircraft handed to a named state
(AID); visa fees scrapped (CONCEDE); air links restored (COOPERATE); military personnel or crews leaving a named
country (RETREAT); a mission ordered to leave (REQUEST); a pronoun object of an explaining participle ("expelled
X's envoy, accusing him of ...") taken from the main verb's object; a comma-set relative clause on the object is no
receiver; a state removed from a list (CONCEDE); a host of centres or camps is no broker of talks; the other side
of a release "in exchange for" people held by the other state (RETREAT, events/swaps.py); troops or police landing
in a named place (MOBILIZE). Our own sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Ghana reimposed visa requirements on Togolese citizens on Monday.", ("SANCTION", "GHA", "TGO")),
    ("Kenya imposed visa requirements on Ugandan traders last week.", ("SANCTION", "KEN", "UGA")),
    ("Chile will not give up the islands, the foreign minister said.", ("REJECT", "CHL")),
    ("Ghana said it would not take back migrants deported from Togo.", ("REJECT",)),
    ("Kenya will not help Uganda build the pipeline, its energy minister said.", ("REJECT", "KEN")),
    ("The Chilean and Peruvian delegations walked out as Bolivia's president addressed the assembly.",
     ("PROTEST", "CHL")),
    ("Norway handed two maritime patrol aircraft to Ghana on Monday.", ("AID", "NOR", "GHA")),
    ("Ghana scrapped visa fees for visitors from Togo.", ("CONCEDE", "GHA", "TGO")),
    ("Ghana and Togo restored air links on Friday.", ("COOPERATE", "GHA", "TGO")),
    ("Kenyan military personnel began leaving Uganda on Sunday.", ("RETREAT", "KEN", "UGA")),
    ("Ghana ordered the NATO monitoring mission to leave within a week.", ("REQUEST", "GHA", "NATO")),
    ("Norway removed Ghana from its list of states that sponsor terrorism.", ("CONCEDE", "NOR", "GHA")),
    ("Kenyan police officers landed in Uganda on Tuesday to lead a security mission.", ("MOBILIZE", "KEN", "UGA")),
    ("Ghana freed two Togolese fishermen in exchange for a Ghanaian trader jailed in Togo.", ("RETREAT", "TGO", "GHA")),
    ("Ghana expelled Togo's ambassador, accusing him of spying.", ("ACCUSE", "GHA", "TGO")),
    ("Kenya expelled two Ugandan diplomats, accusing them of spying.", ("ACCUSE", "KEN", "UGA")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # reimposing a curfew at home is no penalty on another state
    ("Kenya reimposed a curfew in Mombasa after the riots.", "SANCTION"),
    # giving up a thing told in the past, with no refusal, is no REJECT
    ("Ghana gave up its claim to the islands in 1990.", "REJECT"),
    # walking out of talks stays the refusal of the talks, no demonstration
    ("Ghana's delegation walked out of the talks with Togo.", "PROTEST"),
    # a visa fee raised is no concession
    ("Ghana raised visa fees for visitors from Togo.", "CONCEDE"),
    # aid workers landing are no deployment
    ("Kenyan aid workers landed in Uganda on Tuesday.", "MOBILIZE"),
    # a thing taken off a list is no state's penalty eased
    ("Norway removed the drug from its list of approved medicines.", "CONCEDE"),
    # centres hosted for another state's migrants are no hosting of talks
    ("Ghana agreed to host two reception centres for migrants rescued by Togolese ships.", "CONSULT"),
    # a mission's own staff ordered home by their own capital is no demand on another
    ("Ghana ordered its trade mission staff to return home.", "REQUEST"),
])
def test_sentence_near_misses(sentence, absent):
    assert absent not in {t for t, _, _ in summary(code(sentence))}


def test_comma_set_relative_clause_is_no_receiver():
    # the US is named only in a clause describing the island, not as the party refused
    found = summary(code("Britain will not give up the island, whose airbase it leases to the United States, "
                         "a minister said."))
    assert ("REJECT", "GBR", "USA") not in found, found


def test_a_release_for_money_is_no_swap():
    # nobody is freed in return, so Togo frees nobody
    found = summary(code("Ghana freed two Togolese fishermen in exchange for a fine."))
    assert ("RETREAT", "TGO", "GHA") not in found and ("RETREAT", "GHA", "TGO") in found, found
