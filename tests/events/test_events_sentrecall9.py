"""Session 23 sentence-level type classes (sentrecall9), found on eval/sent-dev10 (written blind) and the earlier
sentence sets: "restrictive / punitive measures" (SANCTION), a strike "staged" or "extended" and a building
"occupied" by students (PROTEST, were the air-strike and occupation readings), "shadowed" a ship (MOBILIZE),
"coordinated patrols" and "bilateral exercises" (COOPERATE), a court that "ordered the extradition" (COOPERATE),
a "red notice" (COOPERATE), "revoked / annulled the agreement" (REJECT, was the agreement), a court that "ruled
that X had violated" (ACCUSE), an IMF "facility" or a "delivery" approved (AID), a deployment a state says it will
make (MOBILIZE pending, was a threat), and an act done "at X's request" (no request of its own; a deportation or
arrest so done is COOPERATE). Our own sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Norway imposed restrictive measures against Chile on Monday.", ("SANCTION", "NOR", "CHL")),
    ("Kenyan bus drivers staged a 48-hour strike over unpaid wages.", ("PROTEST", "KEN")),
    ("Ghanaian nurses extended their strike into a third week.", ("PROTEST", "GHA")),
    ("Students occupied the main hall of the university in Oslo for a week.", ("PROTEST",)),
    ("Norwegian frigates shadowed a Chilean warship off the coast.", ("MOBILIZE", "NOR", "CHL")),
    ("Kenya and Uganda launched coordinated patrols on Lake Victoria.", ("COOPERATE",)),
    ("A Kenyan court ordered the extradition of a businessman wanted by Uganda.", ("COOPERATE", "KEN")),
    ("Norway revoked the fisheries agreement with Chile on Monday.", ("REJECT", "NOR", "CHL")),
    ("A Norwegian court ruled that Chile had violated the rights of the crew.", ("ACCUSE", "NOR", "CHL")),
    ("The Norwegian board approved a $2 billion extended fund facility for Chile.", ("AID", "NOR", "CHL")),
    ("Norway will station a combat brigade in Finland from next year, the ministry said.", ("MOBILIZE", "NOR", "FIN")),
    ("Kenya deported six Ugandan refugees at Kampala's request on Monday.", ("COOPERATE", "KEN")),
    ("Kenyan police arrested two Ugandan activists at the request of Uganda on Monday.", ("COOPERATE", "KEN")),
    ("Norway lodged stern representations with Chile over the incident on Monday.", ("ACCUSE", "NOR", "CHL")),
    ("The Peruvian ambassador in Oslo returned to Lima for consultations on Monday.", ("SANCTION", "PER")),
    ("Norway handed back the stolen statues to Chile on Monday.", ("RETREAT", "NOR", "CHL")),
    ("Chilean soldiers were put on alert after Peruvian jets crossed the border.", ("MOBILIZE",)),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # measures to boost trade are no sanction; an air strike extended is no labour strike
    ("Norway adopted measures to boost trade with Chile.", "SANCTION"),
    ("Norway extended its air strikes into Chile on Monday.", "PROTEST"),
    # troops occupying villages stay an assault, not a sit-in
    ("Chilean troops occupied three villages in Peru on Monday.", "PROTEST"),
    # an extradition treaty is agreed, not a handover
    ("Norway and Chile signed an extradition treaty on Monday.", "COOPERATE"),
    # a court ruling that nothing was violated accuses nobody
    ("The Norwegian court ruled that the election in Chile had been valid.", "ACCUSE"),
    # a weather alert is no alert of forces
    ("The weather service in Oslo issued an orange alert for heavy snow across Norway.", "MOBILIZE"),
    # a deployment warned of stays a threat
    ("Norway warned it would deploy troops to the border with Chile.", "MOBILIZE"),
    # the asking is no request of its own; a release at X's request stays a release
    ("Kenya deported six Ugandan refugees at Kampala's request on Monday.", "REQUEST"),
    ("Kenya released two Ugandan fishermen at the request of Uganda on Monday.", "COOPERATE"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found


def test_warned_deployment_is_a_threat():
    assert ("THREATEN", "NOR", "CHL") in summary(code("Norway warned it would deploy troops to the border with Chile."))


def test_deployment_announced_is_pending():
    events = code("Norway will station a combat brigade in Finland from next year, the ministry said.")
    assert {e.status for e in events if e.event_type == "MOBILIZE"} == {"pending"}


def test_refused_request_keeps_the_refusal():
    assert ("REJECT", "NOR", "CHL") in summary(code("Norway rejected a Chilean request to inspect the wreck of the trawler."))


def test_a_request_repeated_stays_a_request():
    assert ("REQUEST", "KEN", "UGA") in summary(code("Kenya repeated its request that Uganda release the fishermen on Monday."))


def test_a_meeting_called_at_a_request_keeps_the_request():
    found = summary(code("The officials said the meeting was called at the request of Norway."))
    assert any(t == "REQUEST" and s == "NOR" for t, s, _ in found), found
