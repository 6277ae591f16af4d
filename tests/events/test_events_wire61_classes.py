"""Classes eval/wire61 showed (session 36, helper pages61), each a general fact of news English, tested on our own
sentences through the whole pipeline:
- withdrawing, revoking, rescinding or dropping one's own decision or an expulsion yields (CONCEDE), it is not the
  expulsion itself (triggers.tsv; w61_02 "withdrew its decision to expel X's ambassador" was coded SANCTION);
- a postponed meeting or visit did not take place (cues.tsv negator `postpone`; eval/README.md's convention, CONSULT
  negated; w61_03 "postponed a planned visit" was coded pending);
- a case taken to a court or a body "if"/"unless" another state acts is a threat aimed at the state the condition
  names (events/recourse.py; w61_07's class, w59_01's court threat);
- a trailing participle of saying that the parser hangs on an 'after' clause whose doer is the participle's own
  object is the main clause's (events/trailing_speech.py; w61_04 "accusing Beijing of ..." coded ACCUSE CHN>-)."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document


def coded(text: str) -> set[tuple]:
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0].events
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in events}


@pytest.mark.parametrize("text, row", [
    ("Chile on Monday withdrew its decision to expel the Peruvian ambassador, the foreign ministry said.",
     ("CONCEDE", "CHL", "PER", "asserted")),
    ("Kenya revoked its decision to ban Ugandan milk imports on Friday.", ("CONCEDE", "KEN", "UGA", "asserted")),
    ("Norway has rescinded its decision to close the border with Finland.", ("CONCEDE", "NOR", "FIN", "asserted")),
])
def test_a_decision_withdrawn_yields(text, row):
    assert row in coded(text)


def test_the_withdrawn_expulsion_is_not_the_expulsion():
    rows = coded("Chile on Monday withdrew its decision to expel the Peruvian ambassador, the foreign ministry said.")
    assert ("SANCTION", "CHL", "PER", "asserted") not in rows


@pytest.mark.parametrize("text", [
    "Chile's president postponed a planned visit to Lima, an aide said on Tuesday.",
    "The Chilean president has postponed his visit to Peru, his office said.",
])
def test_a_postponed_visit_did_not_happen(text):
    assert ("CONSULT", "CHL", "PER", "negated") in coded(text)


@pytest.mark.parametrize("text", [
    "Kenya will take the matter to the UN Security Council if Uganda does not release the fishermen.",
    "Kenya said it would raise the matter at the United Nations if Uganda did not withdraw its troops.",
    "Kenya would take the dispute to the International Court of Justice unless Ugandan troops left the island.",
])
def test_a_conditional_case_is_aimed_at_the_condition_state(text):
    assert ("THREATEN", "KEN", "UGA", "asserted") in coded(text)


def test_a_trailing_charge_is_the_main_speaker_s():
    text = ("Chile demanded an explanation from Peru after a Peruvian patrol boat fired on a trawler, calling the "
            "shooting reckless and accusing Lima of provoking a crisis.")
    assert ("ACCUSE", "CHL", "PER", "asserted") in coded(text)


def test_a_charge_of_the_subordinate_doer_stays_his():
    rows = coded("Kenya protested after Uganda's president spoke at a rally, accusing Kenya of stealing the island.")
    assert ("ACCUSE", "UGA", "KEN", "asserted") in rows
