"""Session 26 sentence-level type classes (sentrecall12), found on eval/sent-dev13 (written blind) and recurring on
sent-dev9, sent-dev11 or sent-dev12: a mandate extended or renewed (SUPPORT, was AGREE); inspectors or observers
barred (REJECT); a dialogue, commission or working meal "held" (CONSULT); a treaty put "in abeyance" (REJECT); an
extradition approved (COOPERATE, was AGREE); "will not stand idle / sit idly by" (THREATEN); "hits back at X over Y"
(ACCUSE); arms "delivered" beside a 'despite ... warnings' phrase (AID); a quoted label of "termed X's statements
'...'" (ACCUSE); an army or party "chief" travelling to a state (CONSULT); a checkpoint or corridor closed (SANCTION); "would
regard X as a target if/unless" (THREATEN, sent-dev11); "no information to offer" (no AGREE); and rescues after a boat sank or capsized, passengers evacuated from a ferry (no AID). Our own
sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary, whole_pipeline_tests


@pytest.mark.parametrize("sentence,expected", [
    ("Norway extended the mandate of the Chilean observer mission for another year.", ("SUPPORT", "NOR")),
    ("Norway renewed the mandate of the Chilean observer mission on Friday.", ("SUPPORT", "NOR")),
    ("Kenya barred observers from Uganda from monitoring the vote.", ("REJECT", "KEN")),
    ("Kenya has barred two Ugandan inspectors from the country.", ("REJECT", "KEN")),
    ("The Kenyan and Ugandan ministers held a joint commission in Nairobi on Monday.", ("CONSULT", "KEN", "UGA")),
    ("The Chilean minister held a working breakfast with the Peruvian ambassador on Monday.", ("CONSULT", "CHL", "PER")),
    ("The Chilean and Peruvian ministers held a video conference on the floods.", ("CONSULT",)),
    ("Kenya has put its water treaty with Uganda in abeyance.", ("REJECT", "KEN")),
    ("A Chilean court approved the extradition of a Peruvian banker to Norway.", ("COOPERATE", "CHL")),
    ("Kenya will not stand idle if its nationals in Uganda are attacked, the minister said.", ("THREATEN", "KEN")),
    ("Kenya would not sit idly by if Uganda moved troops to the border.", ("THREATEN", "KEN")),
    ("Lima hits back at Santiago over fishing ban", ("ACCUSE",)),
    ("Norway delivered missile components to Kenya despite Ugandan warnings.", ("AID", "NOR", "KEN")),
    ("The Chilean government termed Peru's statements \"unacceptable interference\".", ("ACCUSE", "CHL", "PER")),
    ("The Kenyan army chief will travel to Uganda next week.", ("CONSULT", "KEN", "UGA")),
    ("Kenya closed the Malaba corridor checkpoint to Ugandan traffic.", ("SANCTION", "KEN", "UGA")),
    ("Kenya would regard Ugandan bases as targets unless the troops left.", ("THREATEN", "KEN", "UGA")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a mandate extended is backed, not agreed; a lease renewed stays agreed
    ("Norway extended the mandate of the Chilean observer mission for another year.", "AGREE"),
    # a press conference of one side is no meeting (a commission's meeting one side is ready to hold is that
    # meeting, pending, as wire34's gold codes it: tests/events/test_events_precision22.py)
    ("The Chilean minister held a press conference in Lima on Monday.", "CONSULT"),
    # what stood idle in the past threatened nobody
    ("The Kenyan army stood idle as the Ugandan convoy passed.", "THREATEN"),
    # a strike in answer is an attack, not a retort
    ("Kenya hits back at Uganda over the border raid with drone strikes", "ACCUSE"),
    # a warning delivered is no aid
    ("The Kenyan envoy delivered a warning to Uganda.", "AID"),
    # a spokesman with no information to offer promises nothing
    ("Q: Any news from Uganda? A: I have no information to offer at this time.", "AGREE"),
    # a target with no condition named is no warning
    ("Kenya regards the new Ugandan port as a target for investment.", "THREATEN"),
    # a rescue after a boat sank or capsized, and passengers evacuated, are no interstate aid
    ("The Kenyan coast guard rescued 14 Ugandan fishermen after their boat sank in a storm.", "AID"),
    ("A Kenyan ferry capsized off Mombasa; Ugandan coast guards rescued 23 people.", "AID"),
    ("A Norwegian ferry ran aground off Chile; all passengers were evacuated.", "AID"),
    ("The Kenyan court approved the extradition of a Ugandan banker to Norway.", "AGREE"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found


@pytest.mark.parametrize("sentence,expected", [
    # the readings the new rows must leave alone
    ("Kenya and Uganda renewed their lease agreement on the port.", ("AGREE", "KEN")),
    ("Kenya refused to extend the mandate of the Ugandan mission.", ("REJECT", "KEN")),
    ("Kenya barred Ugandan officials from entering the country.", ("SANCTION", "KEN")),
    ("Norway rescued Chilean hostages held by pirates.", ()),
    ("The Kenyan envoy delivered a warning to Uganda.", ("THREATEN", "KEN", "UGA")),
    ("Norway delivered 40 tonnes of food to Kenya.", ("AID", "NOR", "KEN")),
    ("Kenya offered ships and helicopters to Uganda.", ("AID", "KEN", "UGA")),
    # help offered is the help, pending, as "offered assistance" (pending35: sent-dev16 0020's gold AID; was AGREE)
    ("Kenya offered Uganda help with the floods.", ("AID", "KEN", "UGA")),
    # the label read without quotation marks already coded (the parser hangs it as an apposition only with them)
    ("The Chilean government termed Peru's statements unacceptable interference.", ("ACCUSE", "CHL")),
])
def test_other_readings_stay(sentence, expected):
    found = summary(code(sentence))
    assert not expected or any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


# The same classes through the whole pipeline (the real actors stage): bodies and states the test word list lacks.
full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    found=[
        ("The Security Council extended the mandate of the UN mission in Liberia for another year.",
         ("SUPPORT", "UNO", None)),
        ("Tehran has barred IAEA inspectors from the country, the agency said.", ("REJECT", "IRN", "IGO")),
        # both states now own the coast guards (headlines25: the comma read as "and", role_actors._paired_modifiers),
        # so the pair is named in text order, as sent-dev13's gold has it (was PHL→VNM, the venue's state as target)
        ("Vietnam, Philippines coast guards hold first dialogue in Hanoi", ("CONSULT", "VNM", "PHL")),
    ],
    absent=[
        ("The Security Council extended the mandate of the UN mission in Liberia for another year.", "AGREE"),
        ("Twelve Ghanaian crew were rescued by a merchant vessel after their fishing boat capsized off Togo.", "AID"),
    ])
