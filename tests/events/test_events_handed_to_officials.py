"""Captives handed to the other side's officials, consular staff or officers, with no 'over' or 'back', are released
to it: RETREAT (triggers.tsv hand prep:to&obj:...; wire28 "the three Liberian immigration officers ... were handed to
Liberian officials at the bridge" and wire36 "handed the two officials ... to Guyanese consular staff" were missed:
every RETREAT entry of 'hand' asked for a particle). Objects that are no captives stay uncoded. Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

PASSIVE = ("Mali detained three Senegalese customs officers last week. The three officers were handed to Senegalese "
           "officials at the border on Friday.")
ACTIVE = ("Kenya held two Ugandan fishermen for a week. On Monday Kenya handed the two fishermen to Ugandan consular "
          "staff in Nairobi.")
CREW = "Ghana seized a Togolese patrol boat. On Sunday Ghana handed its crew to Togolese naval officers at Aflao."
DOCUMENTS = "Bolivia handed the documents to Peruvian officials on Monday."
NOTE = "Peru handed a protest note to the Chilean ambassador on Monday."


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([PASSIVE, ACTIVE, CREW, DOCUMENTS, NOTE])


@pytest.mark.parametrize("text,pair", [(PASSIVE, ("MLI", "SEN")), (ACTIVE, ("KEN", "UGA")), (CREW, ("GHA", "TGO"))])
def test_captives_handed_to_the_other_side_s_officials_are_released(found, text, pair):
    assert ("RETREAT", *pair) in found[text], found[text]


def test_documents_handed_to_officials_are_no_release(found):
    assert not any(t == "RETREAT" for t, *_ in found[DOCUMENTS]), found[DOCUMENTS]


def test_a_protest_note_handed_to_an_envoy_stays_a_protest(found):
    assert ("ACCUSE", "PER", "CHL") in found[NOTE] and not any(t == "RETREAT" for t, *_ in found[NOTE]), found[NOTE]
