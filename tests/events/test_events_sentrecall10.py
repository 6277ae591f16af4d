"""Session 24 sentence-level type classes (sentrecall10), found on eval/sent-dev11 (written blind) and recurring
on sent-dev9/sent-dev10: a verb read as its object's adjective ("scrambled fighter jets", "massed troops":
nlp/participle_verbs.py), coordinated modifiers of a sent team ("search-and-rescue teams"), forces "positioned",
a gas transit halted or a pipeline shut (SANCTION), inspectors or observers
"denied access / entry" (REJECT, was SANCTION), a court that "authorised the extradition" (COOPERATE), a
"coordinated search" (COOPERATE), people "forced across the border" (COERCE), parties
"dissolved" (COERCE), a "dialogue" resumed (CONSULT), a debt "holiday" sought (REQUEST), "hit back at ...,
saying" (ACCUSE), "will respond militarily if" (THREATEN), fighters that "scrambled" (MOBILIZE). Our own sentences, each
class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary, whole_pipeline_tests


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya sent search-and-rescue teams to Uganda after the floods.", ("AID", "KEN", "UGA")),
    ("Norway sent search and rescue teams to Chile after the earthquake.", ("AID", "NOR", "CHL")),
    ("The Norwegian navy has positioned two frigates off the coast of Chile.", ("MOBILIZE", "NOR")),
    ("Norway halted the transit of Chilean gas through its pipelines on Monday.", ("SANCTION", "NOR", "CHL")),
    ("Peru shut the gas pipeline to Chile on Monday.", ("SANCTION", "PER", "CHL")),
    ("Inspectors from Norway were denied access to the site by Chile.", ("REJECT",)),
    ("A Kenyan court authorised the extradition of a businessman wanted by Uganda.", ("COOPERATE", "KEN")),
    ("Kenyan and Ugandan police carried out a joint search for the missing boat.", ("COOPERATE",)),
    ("Hundreds of Ugandan families were forced across the border by Kenyan police.", ("COERCE", "KEN", "UGA")),
    ("Ghana's military government dissolved forty political parties on Monday.", ("COERCE", "GHA")),
    ("Norwegian and Chilean negotiators resumed their dialogue in Lima.", ("CONSULT",)),
    ("Peru sought a debt repayment holiday from Chile on Monday.", ("REQUEST", "PER", "CHL")),
    ("The Chilean embassy hit back at the Peruvian minister, saying his remarks were false.", ("ACCUSE", "CHL", "PER")),
    ("Norway will respond militarily if Chile enters its waters, the minister said.", ("THREATEN", "NOR", "CHL")),
    ("Chilean fighter jets scrambled after Peruvian bombers entered the zone.", ("MOBILIZE", "CHL")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a search party that is no joint one, a parliament or a customs union dissolved, a pipeline built
    ("Kenyan police carried out a search of the house on Monday.", "COOPERATE"),

    ("The Kenyan president dissolved parliament and called elections.", "COERCE"),
    ("Peru and Chile opened a new gas pipeline on Monday.", "SANCTION"),
    ("Peru and Chile dissolved their customs union in 1950.", "COERCE"),
    # a dialogue urged is no meeting; police experts sent in a delegation to talks are no force
    ("Norway urged restraint and dialogue on Monday.", "CONSULT"),
    ("Norway will send a delegation of customs and police experts to Chile to discuss cooperation.", "MOBILIZE"),
    # hitting back with strikes is no rebuttal in words
    ("Peru hit back at Chile with air strikes on Sunday, saying the shelling had to stop.", "ACCUSE"),
    # a minister who "positioned" his country as a mediator moves no forces
    ("Norway has positioned itself as a mediator between Peru and Chile.", "MOBILIZE"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found


def test_a_state_officials_denied_entry_stay_the_sanction():
    assert ("SANCTION", "NOR", "CHL") in summary(code("Norway denied entry to two Chilean officials on Monday."))


full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [("Seoul scrambled fighter jets after Chinese military aircraft entered its air defence zone.", ("MOBILIZE", "KOR", None)),
     ("Azerbaijan massed troops and armour along the line of contact, Armenia said.", ("MOBILIZE", "AZE", None)),
     ("A team of election observers from ECOWAS was denied entry at the airport in Conakry.", ("REJECT", None, "IGO"))],
    [("Kenyan armed forces paraded in Nairobi on Monday.", "MOBILIZE")],
)
