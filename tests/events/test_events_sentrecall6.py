"""Session 21 sentence-level type classes (sentrecall6), found on eval/sent-dev7 (written blind): wordings of
regional outlets, passive and nominal acts no row read ("handed them over to the police", "concurred with",
"turned a deaf ear to", "froze its participation in", "made representations to", "gifted by", "set up a field
hospital", "suppressed firing positions", "placed export controls on", "chanting slogans", prosecutors who
"raided", "ceasefire violation", "escorted the boats out", "sent the military", "approved the deployment",
"agreed sanctions", "registered an FIR against", "the use of water cannon", a minister "sworn in", hostages
"rescued"). Our own sentences, each class with a near miss that keeps its old reading or stays uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya handed over to Uganda a former minister wanted for fraud.", ("COOPERATE", "KEN", "UGA")),
    ("Kenyan officials detained six men and handed them over to Ugandan police.", ("COOPERATE", "KEN")),
    ("Kenya concurred with Uganda's position on the fishing quotas.", ("AGREE", "KEN", "UGA")),
    ("The Kenyan junta turned a deaf ear to Uganda's calls for elections.", ("REJECT", "KEN")),
    ("Kenya has frozen its participation in the regional bloc.", ("REJECT", "KEN")),
    ("Norway made representations to the Chilean side over the jailed reporter.", ("ACCUSE", "NOR", "CHL")),
    ("Chile received 500 tonnes of wheat gifted by Norway.", ("AID", "NOR")),
    ("Norwegian medical teams set up a field hospital in Chile.", ("AID", "NOR", "CHL")),
    ("Kenyan artillery suppressed firing positions of Ugandan units.", ("ASSAULT", "KEN", "UGA")),
    ("Kenya placed export controls on tea sold to Uganda.", ("SANCTION", "KEN")),
    ("Kenya imposed export controls on Ugandan coffee.", ("SANCTION", "KEN")),
    ("Students gathered outside the Kenyan embassy in Kampala, chanting slogans.", ("PROTEST",)),
    ("Kenyan prosecutors raided the offices of the election board.", ("COERCE",)),
    ("Kenya protested over a ceasefire violation by Ugandan troops.", ("ASSAULT", "UGA", "KEN")),
    ("The Kenyan navy escorted two Ugandan boats out of its waters.", ("COERCE", "KEN", "UGA")),
    ("The Kenyan government sent the military to clear the roadblocks.", ("MOBILIZE", "KEN")),
    ("Kenya's senate approved the deployment of troops to Somalia.", ("MOBILIZE", "KEN")),
    ("Norway's ministers agreed a package of sanctions against Chile.", ("SANCTION", "NOR", "CHL")),
    ("Kenyan police registered an FIR against the opposition leader.", ("ACCUSE", "KEN")),
    ("Kenya protested Uganda's use of water cannon against a Kenyan ferry.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya protested Uganda's use of water cannon against a Kenyan ferry.", ("COERCE", "UGA", "KEN")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a handover with no police, authority or warrant named stays the concession
    ("Kenya handed over the disputed island to Uganda.", "COOPERATE"),
    # a state's own officers handed to their police are released (wire21), not extradited
    ("Two Kenyan officers were handed over to the Kenyan police at the bridge.", "COOPERATE"),
    # an ear that is not deaf, participation that was not frozen, representation in parliament
    ("Kenya turned its attention to Uganda.", "REJECT"),
    ("Kenya froze the accounts of Ugandan firms.", "REJECT"),
    ("Kenyan lawyers made representations to the court on behalf of the company.", "ACCUSE"),
    # a minister sworn in pledges nothing to another side; troops rescuing hostages give no relief
    ("Kenya's new foreign minister was sworn in on Monday.", "AGREE"),
    ("Kenyan troops rescued 20 hostages during an operation near the border.", "AID"),
    # a border post suppressed nothing; soldiers who raided a camp attacked it
    ("Kenya suppressed the report on the border dispute.", "ASSAULT"),
    ("Kenyan soldiers raided a Ugandan rebel camp.", "COERCE"),
    # a company that placed an order, a case of cholera registered
    ("Kenya placed an order for Ugandan sugar.", "SANCTION"),
    ("Kenyan health officials registered a case of cholera in the district.", "ACCUSE"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found
