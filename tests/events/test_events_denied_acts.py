"""Session 30 (issue #11): a denial wrapped around the act gives the act, negated, beside the denial's REJECT
(events/denials.py, status.py, counterpart.py). The development golds code the denied act, negated, for a denied
clause whose doer is named ("denied that Eritrean sailors had opened fire": wire31, wire36, wire20), for a gerund
("denies using drones": wire22, wire26, wire32), for an unnamed force or a pronoun ("denied claims that sailors had
fired", "denied reports that it had sent troops": wire22, wire26, wire33) and for "rejected reports that ..."
(wire33, wire38, wire40). Our own sentences; near misses keep their old reading."""
from __future__ import annotations

import pytest

from events_kit import code
from detente.events.lexicon import cue_words


def _negated(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in code(text) if e.status == "negated"}


@pytest.mark.parametrize("text,expected", [
    # a doer named by a nationality adjective
    ("Kenya denied that Kenyan artillery had shelled Ugandan villages.", ("ASSAULT", "KEN", "UGA")),
    # a gerund complement: the denier's own act
    ("Kenya's army denied firing on Ugandan villages.", ("ASSAULT", "KEN", "UGA")),
    # a force with no owner named is the denier's own (cues.tsv answerable)
    ("Kenya's ministry denied that the patrol boat had rammed the Ugandan trawler.", ("ASSAULT", "KEN", "UGA")),
    # a pronoun subject is the denier
    ("Kenya rejected claims that it had closed the border with Uganda.", ("SANCTION", "KEN", "UGA")),
    # a verb of rejecting with a claim noun's that-clause (cues.tsv claimnoun)
    ("Kenya's ministry rejected reports that the patrol boat had rammed the Ugandan trawler.", ("ASSAULT", "KEN", "UGA")),
    ("Kenya's minister rejected reports in the Ugandan press that Kenyan troops had fired on Ugandan villages.",
     ("ASSAULT", "KEN", "UGA")),
])
def test_a_denied_act_is_coded_negated(text, expected):
    assert expected in _negated(text)


@pytest.mark.parametrize("text", [
    "Kenya denied that Kenyan artillery had shelled Ugandan villages.",
    "Kenya's ministry rejected reports that the patrol boat had rammed the Ugandan trawler.",
])
def test_the_denial_keeps_its_reject(text):
    assert any(e.event_type == "REJECT" and e.source.country == "KEN" and e.status == "asserted" for e in code(text))


@pytest.mark.parametrize("text,absent", [
    # a rejected demand is a refusal of a request, not a denial that its content happened
    ("Kenya rejected Uganda's demand that Kenyan troops withdraw from the island.", "RETREAT"),
    # a rejected protest names no claim
    ("Kenya rejected the protest that Uganda had lodged over the detention.", "ACCUSE"),
])
def test_no_denied_act_without_a_claim(text, absent):
    assert not any(e.event_type == absent and e.status == "negated" for e in code(text))


def test_the_new_cue_kinds_load():
    assert {"soldier", "sailor", "boat", "navy"} <= set(cue_words("answerable"))
    assert {"report", "claim", "suggestion"} <= set(cue_words("claimnoun"))
    assert "accusation" not in cue_words("claimnoun")  # a charge keeps its REJECT of the accuser (wire41)
    assert "demand" not in cue_words("claimnoun")
