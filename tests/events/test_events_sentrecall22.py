"""Session 36 sentence-level classes (sentrecall22), found on eval/sent-dev23 (written blind): fire exchanged
"with" another state's forces (ASSAULT both ways, as coordinated subjects), troops that scuffle or skirmish
(ASSAULT, as clash), forces reinforced or moved up to "the X border" (MOBILIZE aimed at X, as troops massed there;
not when moved back), asset freezes imposed and visa-free entry ended (SANCTION), striking or hitting back on a
condition (THREATEN, as "would retaliate if"), another state's doctors ordered out (SANCTION), and people barred
or ordered out of a state in an agentless passive (that state is the doer), and jets crossing a median line
(MOBILIZE). Our own sentences, read through the
whole pipeline (the real actors stage), each class with a near miss."""
from __future__ import annotations

from events_kit import coded_pages, whole_pipeline_tests

FOUND = [
    ("Ghanaian troops exchanged fire with Togolese soldiers near the border post.", ("ASSAULT", "TGO", "GHA")),
    ("Ghanaian troops exchanged fire with Togolese soldiers near the border post.", ("ASSAULT", "GHA", "TGO")),
    ("Peruvian and Chilean soldiers scuffled at the frontier on Sunday.", ("ASSAULT", "CHL", "PER")),
    ("Kenya reinforced its troops along the Ugandan border.", ("MOBILIZE", "KEN", "UGA")),
    ("Chile moved tanks up to the Bolivian border last week.", ("MOBILIZE", "CHL", "BOL")),
    ("The EU imposed asset freezes on two Nicaraguan generals over the crackdown.", ("SANCTION", "EUR", None)),
    ("Chile ended visa-free entry for Peruvian citizens.", ("SANCTION", "CHL", "PER")),
    ("Kenya said it would hit back at Uganda if its boats were seized again.", ("THREATEN", "KEN", "UGA")),
    ("Cuban nurses were ordered out of Ecuador by the new government.", ("SANCTION", "ECU", "CUB")),
    ("The EU's election observers were barred from Nicaragua.", ("REJECT", "NIC", "EUR")),
    ("Chinese warships crossed the median line of the Taiwan Strait on Friday.", ("MOBILIZE", "CHN", "TWN")),
]
ABSENT = [
    ("Fans of the two clubs scuffled outside the stadium.", "ASSAULT"),  # a fight of fans, no states
    ("Chilean activists scuffled with Peruvian villagers at the disputed well.", "ASSAULT"),  # no state's forces
    ("Chile ended its visa programme for students.", "SANCTION"),  # no free entry ended
    ("The court ordered the doctors to testify.", "SANCTION"),  # no one sent out
    ("Kenya hit back at Uganda's remarks, saying they were false.", "THREATEN"),  # a retort, no condition
]

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)


def test_forces_moved_back_from_a_border_are_aimed_at_nobody():
    """The border owner is the target of forces massed or moved up to it, not of forces moved back from it."""
    text = "Chile moved its tanks back from the Bolivian border."
    assert ("MOBILIZE", "CHL", "BOL") not in coded_pages([text])[text]


def test_fire_exchanged_with_people_of_no_state_has_no_reverse():
    """"with militants in X": X is the place, not who fired back."""
    text = "Pakistani troops exchanged fire with militants in Afghanistan."
    assert ("ASSAULT", "AFG", "PAK") not in coded_pages([text])[text]
