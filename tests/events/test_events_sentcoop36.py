"""Session 36 sentence-level classes of the cooperative and verbal types (sentcoop36, issue #11), counted over the
development sentence sets: ties restored (COOPERATE, as every gold codes it, not SUPPORT), an agreement "signed in
<place>" or "on <day>" that something is done under (AGREE: the signing is news, not a cited deal), a gathering a
party did not attend or send a delegation to (REJECT, told as done), election observers not invited (REJECT), and two
states' police acting together (COOPERATE). Our own sentences, read through the whole pipeline (the real actors
stage), each class with a near miss."""
from __future__ import annotations

from events_kit import whole_pipeline_tests

FOUND = [
    ("Ghana and Togo restored diplomatic relations last week.", ("COOPERATE", "GHA", "TGO")),
    ("Chile will build a port in northern Peru under an agreement signed in Lima on Friday.", ("AGREE", "CHL", None)),
    ("Kenya did not attend the summit in Kampala.", ("REJECT", "KEN", "UGA")),
    ("Norway did not send a delegation to the fisheries summit in Helsinki.", ("REJECT", "NOR", "FIN")),
    ("Togo did not invite African Union observers to the vote.", ("REJECT", "TGO", "IGO")),
    ("Danish and Finnish police arrested a smuggling gang together.", ("COOPERATE", "DNK", "FIN")),
    ("Chilean and Peruvian police dismantled a cocaine ring.", ("COOPERATE", "CHL", "PER")),
]
ABSENT = [
    ("Ghana and Togo restored diplomatic relations last week.", "SUPPORT"),  # the old reading of the row
    ("Peru withdrew its troops from the border under the 1998 accord.", "AGREE"),  # a deal only cited
    ("Kenya could not attend the summit in Kampala because of the storm.", "REJECT"),  # inability, no snub
    ("Kenya and Uganda did not meet in Kampala.", "REJECT"),  # no meeting took place: nobody stayed away
    ("Togo invited African Union observers to the vote.", "REJECT"),  # an invitation sent
    ("Danish police arrested two Finnish smugglers.", "COOPERATE"),  # one state's police
    ("Kenya and Uganda dismantled their border posts.", "COOPERATE"),  # posts taken down: the RETREAT row
]

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)
