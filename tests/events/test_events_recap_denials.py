"""Session 36 (accuse36, issue #11): a charge and its denial told in one sentence, ", a charge X dismissed". The
relative on the recap noun is the denier's REJECT of the accuser, and a claim told by a verb of saying that the
recap noun frames as a charge is the speaker's ACCUSE of the denier. Our own sentences, through the whole pipeline
(the real actors stage), with near misses: a denial "in the past", a denier that is no state."""
from __future__ import annotations

from events_kit import coded_pages, whole_pipeline_tests

FOUND = [
    ("Ghana accused Togo of arming smugglers on the border, a charge Lome dismissed as a fabrication.",
     ("REJECT", "TGO", "GHA")),
    ("Kenya accused Uganda of moving tanks to the border, an accusation Kampala rejected on Monday.",
     ("REJECT", "UGA", "KEN")),
    ("Peru accused Chile of spying on its navy, a claim Santiago called absurd.", ("REJECT", "CHL", "PER")),
    ("Norway said Finnish trawlers had entered its waters, a claim Helsinki denied.", ("REJECT", "FIN", "NOR")),
    ("Bolivia said Chile was training rebels in the desert, an allegation Santiago denies.",
     ("ACCUSE", "BOL", "CHL")),
]
ABSENT = [
    ("Ghana accused Togo of arming smugglers on the border, a charge its critics in Accra repeated.", "REJECT"),
    ("Norway said Finnish trawlers had entered its waters, a report Helsinki read with interest.", "REJECT"),
]
NO_STATE = "Chile said Peruvian soldiers had crossed the border, a claim their families deny."

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FOUND, ABSENT)


def test_denier_named_by_no_state_rejects_nobody():
    """"a claim their families deny": people, not a state, answer the charge; no state's REJECT is made up."""
    coded = coded_pages([NO_STATE])[NO_STATE]
    assert not any(kind == "REJECT" and source for kind, source, _ in coded), coded
