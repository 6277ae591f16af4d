"""Session 28 sentence-level type classes (sentrecall14), found on eval/sent-dev15 (written blind) in wordings
whose class recurs elsewhere: an envoy that is a High Commissioner recalled (SANCTION, was CONSULT from "for
consultations"); consular or embassy staff ordered to leave (SANCTION); a limit or cap imposed on another state's
traffic (SANCTION); a vote cast against a text (REJECT); "could face consequences if" (THREATEN); answering "with
all means" on a condition (THREATEN); strikes "inside" a state on a condition (THREATEN); a state said to be behind the sabotage of a cable (ACCUSE); a round of a joint
committee held (CONSULT); an activist handed over to a named state (COOPERATE, was CONCEDE); firefighting aircraft
sent to help a state (AID); patrolling alongside another state's police
(COOPERATE); flights cancelled because of the weather (no SANCTION). Our own sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya recalled its high commissioner from Kampala for consultations.", ("SANCTION", "KEN")),
    ("Uganda ordered three Kenyan embassy officials to leave the country within 72 hours.", ("SANCTION", "UGA")),
    ("Kenya imposed a 14-day limit on the stay of Ugandan lorries.", ("SANCTION", "KEN")),
    ("Chile cast the only vote against the draft resolution on Bolivian sea access.", ("REJECT", "CHL")),
    ("Uganda could face consequences if it lets the rebels use its airstrips, the Kenyan minister said.",
     ("THREATEN",)),
    ("Kenya would respond with all means at its disposal if Ugandan boats entered its waters again.",
     ("THREATEN", "KEN")),
    ("If Kampala fails to act, Kenya will carry out strikes inside Uganda, the minister said.",
     ("THREATEN", "KEN", "UGA")),
    ("Kenya said Uganda was behind the sabotage of a power cable under Lake Victoria.", ("ACCUSE", "KEN", "UGA")),
    ("Officials from Kenya and Uganda held the fourth round of their joint boundary commission in Busia.",
     ("CONSULT", "KEN", "UGA")),
    ("Kenya handed over a Ugandan opposition activist to Kampala, rights groups said.", ("COOPERATE", "KEN", "UGA")),
    ("Peru sent firefighting aircraft to help Chile contain the fires near Valparaiso.", ("AID", "PER", "CHL")),
    ("Kenyan police began patrolling the border town alongside Ugandan police.", ("COOPERATE", "KEN")),
    ("Kenya cancelled all flights to Uganda after the attack.", ("SANCTION", "KEN", "UGA")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a recalled commissioner of police is no envoy
    ("Kenya recalled its police commissioner from leave.", "SANCTION"),
    # one's own officials told to leave a flooded building are not expelled
    ("Kenya ordered its officials to leave the flooded ministry building.", "SANCTION"),
    # a limit with nothing it is imposed on
    ("The league imposed a salary limit this season.", "SANCTION"),
    # a vote against corruption names no text
    ("The Chilean minister cast a vote against corruption in the party primary.", "REJECT"),
    # consequences faced in the past are no warning
    ("Uganda faced the consequences of the drought last year.", "THREATEN"),
    # a labour strike across a country is no attack
    ("Kenyan teachers began strikes in Nairobi over pay.", "ASSAULT"),
    # sabotage of a match is no attack on a state
    ("The coach said the referee's sabotage of the match was shameful.", "ASSAULT"),
    # a round of golf is no meeting
    ("The Kenyan and Ugandan presidents held a round of golf.", "CONSULT"),
    # firefighting aircraft sent to a fire at home help no state
    ("Kenya sent firefighting aircraft to the fire on Mount Kenya.", "AID"),
    # flights cancelled because of the weather are no measure
    ("Kenya Airways cancelled flights to Uganda because of bad weather.", "SANCTION"),
])
def test_near_misses_stay_off(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found
