"""Session 27 sentence-level type classes (sentrecall13), found on eval/sent-dev14 (written blind) and recurring
on sent-dev7, sent-dev12 or sent-dev3/4 in other wordings: visa rules eased and tariffs dropped (CONCEDE, tariffs
dropped were SANCTION from the tariff noun); export controls tightened and visa issuance halted (SANCTION); a treaty
"struck down" (REJECT, was AGREE); a body quit (REJECT); negotiations "concluded" (AGREE, was CONSULT); warships
a ship searched (COERCE); a waiver granted (CONCEDE, was AID);
joint drills (COOPERATE, announced ones were THREATEN); crimes "committed" (no AGREE); a request of lawyers or of
the defence (no REQUEST); "would target any ... aircraft" and "would respond decisively to any ... move" (THREATEN). Our own sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary, whole_pipeline_tests


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya eases visa rules for Ugandan students", ("CONCEDE", "KEN")),
    ("Norway dropped its tariffs on Chilean salmon.", ("CONCEDE", "NOR")),
    ("Kenya tightened export controls on maize to Uganda.", ("SANCTION", "KEN")),
    ("Chile halted the issuance of visas to Peruvians.", ("SANCTION", "CHL")),
    ("Kenya's high court struck down the border agreement with Uganda.", ("REJECT", "KEN")),
    ("Peru formally quit the Andean Community.", ("REJECT", "PER")),
    ("Kenya and Uganda concluded negotiations on a fisheries accord.", ("AGREE", "KEN", "UGA")),
    ("A Kenyan frigate stopped and searched a Ugandan cargo ship off Mombasa.", ("COERCE", "KEN")),
    ("Norway granted a waiver allowing Kenya to keep buying Ugandan power.", ("CONCEDE", "NOR")),
    ("Kenya will hold joint air drills with Uganda next week.", ("COOPERATE", "KEN", "UGA")),
    ("Kenyan troops will take part in joint drills with Ugandan forces in May.", ("COOPERATE", "KEN")),
    ("Kenya tightened the blockade of the Ugandan port.", ("SANCTION", "KEN")),
    # a warned strike on aircraft, and a decisive answer to any move, are threats (sent-dev14, sent-dev12)
    ("Kenya said it would target any aircraft supplying the rebels from Ugandan airfields.", ("THREATEN",)),
    ("Kenya would respond decisively to any Ugandan provocation on the border, the minister said.",
     ("THREATEN", "KEN", "UGA")),
    ("Kenyan jets targeted a Ugandan supply plane near the border.", ("ASSAULT", "KEN", "UGA")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # tariffs dropped are eased, not imposed
    ("Norway dropped its tariffs on Chilean salmon.", "SANCTION"),
    # a treaty struck down is no deal struck
    ("Kenya's high court struck down the border agreement with Uganda.", "AGREE"),
    # concluded negotiations are no more talks
    ("Kenya and Uganda concluded negotiations on a fisheries accord.", "CONSULT"),
    # controls on smuggling name no export or import
    ("Kenya tightened controls on charcoal smuggling along the border.", "SANCTION"),
    # a search for a missing boat is a rescue, not an interdiction
    ("The Kenyan navy searched for the missing Ugandan fishing boat for three days.", "COERCE"),
    # a waiver granted is no aid
    ("Norway granted a waiver allowing Kenya to keep buying Ugandan power.", "AID"),
    # joint drills announced are no threat
    ("Kenya will hold joint air drills with Uganda next week.", "THREATEN"),
    # a decisive answer to a crisis or a defeat names no attack to answer
    ("The Kenyan coach said his team would respond decisively after the defeat by Uganda.", "THREATEN"),
    ("Kenya responded decisively to the floods by sending aid to Uganda.", "ASSAULT"),
    # crimes committed are no commitment
    ("UN experts said Chilean troops had committed crimes against civilians in Peru.", "AGREE"),
    # a court that acts at the request of lawyers or the defence answers no state's request
    ("The court adjourned the case at the request of the defence lawyers for the Kenyan officer.", "REQUEST"),
    ("The tribunal postponed the hearing at the request of both parties' lawyers.", "REQUEST"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found


@pytest.mark.parametrize("sentence,expected", [
    # the readings the new rows must leave alone
    ("Kenya committed to ending support for rebels in Uganda.", ()),
    ("Norway committed 5 million euros to Kenya for flood relief.", ("AID", "NOR", "KEN")),
    ("Chile and Peru committed in a joint declaration not to use force against each other.", ("AGREE",)),
    ("Interpol issued a red notice at the request of Kenya.", ("COOPERATE",)),
    ("Kenya asked Uganda to extradite the suspect, and the request was granted.", ("REQUEST", "KEN", "UGA")),
    ("Norway imposed tariffs on Chilean salmon.", ("SANCTION", "NOR")),
])
def test_other_readings_stay(sentence, expected):
    found = summary(code(sentence))
    assert not expected or any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


# The same classes through the whole pipeline (the real actors stage).
full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    found=[
        ("Japan tightened export controls on graphite to South Korea.", ("SANCTION", "JPN", "KOR")),
        ("Iraq's supreme court struck down the maritime agreement with Kuwait.", ("REJECT", "IRQ", "KWT")),
    ],
    absent=[
        ("The hearing was adjourned until May at the request of the Kenyan officer's lawyers.", "REQUEST"),
    ])
